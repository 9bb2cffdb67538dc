// Tiny DOM helpers kept to what Internet Explorer 11 supports (no append(), closest(), classList.toggle(x, force)).

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`task pane element #${id} is missing`);
  return e as T;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function clear(e: HTMLElement): void {
  while (e.firstChild) e.removeChild(e.firstChild);
}

export function setHidden(e: HTMLElement, hidden: boolean): void {
  if (hidden) e.setAttribute('hidden', '');
  else e.removeAttribute('hidden');
}

export function setClass(e: HTMLElement, name: string, on: boolean): void {
  const names = e.className.split(/\s+/).filter((n) => n && n !== name);
  if (on) names.push(name);
  e.className = names.join(' ');
}
