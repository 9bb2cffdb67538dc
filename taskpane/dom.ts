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

/** Marks an element as the same control across re-renders, so focus can come back to it. */
export function setFocusKey(e: HTMLElement, key: string): void {
  e.setAttribute('data-focus', key);
}

function focusables(root: HTMLElement): HTMLElement[] {
  const list = root.querySelectorAll('[data-focus]');
  const out: HTMLElement[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i] as HTMLElement);
  return out;
}

/**
 * Re-renders `root` without losing the keyboard: the control that had focus gets it back; when it is gone (an
 * entry confirmed, a file filtered out) the one now in its place does, else `fallback`.
 */
export function keepFocus(root: HTMLElement, render: () => void, fallback?: HTMLElement): void {
  const active = document.activeElement as HTMLElement | null;
  const inside = !!active && active !== root && root.contains(active);
  const key = inside && active ? active.getAttribute('data-focus') : null;
  const index = inside && active ? focusables(root).indexOf(active) : -1;
  render();
  if (!inside) return;
  const now = focusables(root);
  const same = key ? now.filter((e) => e.getAttribute('data-focus') === key)[0] : undefined;
  const next = same ?? (index >= 0 ? now[Math.min(index, now.length - 1)] : undefined) ?? fallback;
  if (next) next.focus();
}

/** a number (0351-4921797, 1,000.5) with its unit (5000 万元, 3 个), or a short quoted value: never broken across lines */
const KEEP_TOGETHER = /(\d[\d.,:\-]*\d?(?:\s?(?:万美元|万元|元|个|处|行|项|件|人|年|月|日|%))?|「[^」]{1,12}」)/;

/** Sets the text so that it wraps as Chinese does, but never inside a number and its unit or a short quoted value. */
export function setText(e: HTMLElement, text: string): void {
  clear(e);
  const parts = text.split(KEEP_TOGETHER);
  for (let i = 0; i < parts.length; i++) {
    if (!parts[i]) continue;
    if (i % 2) e.appendChild(el('span', 'nobr', parts[i]));
    else e.appendChild(document.createTextNode(parts[i]));
  }
}

export function textEl<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
  const e = el(tag, className);
  setText(e, text);
  return e;
}

/**
 * Runs an action that disables its own button while it works (which drops the keyboard focus to the page) and gives
 * the focus back to whatever had it, unless the action moved it somewhere on purpose.
 */
export async function holdFocus<T>(run: () => Promise<T>): Promise<T> {
  const before = document.activeElement as HTMLElement | null;
  try {
    return await run();
  } finally {
    const now = document.activeElement;
    const lost = !now || now === document.body;
    if (lost && before && before !== document.body && document.body.contains(before)) before.focus();
  }
}

/** Says an outcome in a result box (shown; marked as an error or not). */
export function showResult(box: HTMLElement, text: string, error: boolean): void {
  setText(box, text);
  setClass(box, 'error', error);
  setHidden(box, false);
}
