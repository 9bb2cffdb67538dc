// The small XML scanner the workbook reader runs over each part while the zip guard inflates it. SpreadsheetML
// parts are flat and regular: a scanner that finds tags with indexOf and hands on names and attribute text does
// all the reader needs, keeps nothing but what the caller keeps, and runs at a million cells a second. Namespace
// prefixes (`x:c`, written by some generators) are dropped from tag and attribute names. Browser-safe.

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const QUOTE = 34;
const APOSTROPHE = 39;
/** the longest tag, comment, CDATA section or text waited for across pieces */
const MAX_TAG = 1024 * 1024;

/** The name without its namespace prefix (`x:c` -> `c`). */
const local = (name: string) => {
  const k = name.indexOf(':');
  return k < 0 ? name : name.slice(k + 1);
};

/** The end of a tag's name, which starts at `from`: the first blank, or `end`. */
function nameEnd(text: string, from: number, end: number): number {
  for (let k = from; k < end; k++) if (isBlank(text.charCodeAt(k))) return k;
  return end;
}

/**
 * A part's XML, fed in pieces (PartText cuts them before a `<`, so a piece usually ends on a whole tag; a tag,
 * comment, CDATA section or wanted text cut by a piece's end waits for the next). Tags go to the subclass; character data
 * (entities decoded, CDATA as is) only while it sets `capturing`; comments, processing instructions and doctype
 * are skipped. `wellFormed` tells, once the last piece is in, whether every tag was whole and every element
 * opened was closed.
 */
export abstract class XmlPart {
  /** set by the subclass while it wants the text between tags */
  protected capturing = false;
  private depth = 0;
  private elements = 0;
  private broken = false;
  /** the start of a tag, comment or CDATA section the last piece cut off */
  private pending = '';

  feed(piece: string): void {
    if (this.broken) return;
    const text = this.pending ? this.pending + piece : piece;
    this.pending = '';
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (text.charCodeAt(i) !== LT) {
        const next = text.indexOf('<', i);
        // text runs to the next tag: text cut off by the piece's end (an entity, maybe) waits for the rest
        if (next < 0) return this.capturing ? this.wait(text, i) : undefined;
        if (this.capturing) this.text(decodeEntities(text.slice(i, next)));
        i = next;
        continue;
      }
      const c1 = text.charCodeAt(i + 1);
      if (c1 === BANG || c1 === QUESTION) {
        const end = this.skipSpecial(text, i);
        if (end < 0) return this.wait(text, i);
        i = end;
        continue;
      }
      // the tag's end: the first `>` outside a quoted attribute value
      let k = i + 1;
      let quote = 0;
      for (; k < n; k++) {
        const ch = text.charCodeAt(k);
        if (quote) {
          if (ch === quote) quote = 0;
        } else if (ch === QUOTE || ch === APOSTROPHE) quote = ch;
        else if (ch === GT) break;
      }
      if (k >= n) return this.wait(text, i);
      if (c1 === SLASH) {
        this.depth--;
        this.close(local(text.slice(i + 2, k).trim()));
      } else {
        const selfClosing = text.charCodeAt(k - 1) === SLASH;
        const bodyEnd = selfClosing ? k - 1 : k;
        const e = nameEnd(text, i + 1, bodyEnd);
        const name = local(text.slice(i + 1, e));
        if (!name) {
          this.broken = true;
          return;
        }
        this.elements++;
        if (!selfClosing) this.depth++;
        this.open(name, e < bodyEnd ? text.slice(e, bodyEnd) : '', selfClosing);
      }
      i = k + 1;
    }
  }

  /** Keeps what the piece's end cut off for the next piece; no tag or cell text is a megabyte long: past that the XML is broken. */
  private wait(text: string, i: number): void {
    if (text.length - i > MAX_TAG) this.broken = true;
    else this.pending = text.slice(i);
  }

  /** Past a comment, CDATA section (its text captured), processing instruction or doctype at `i`; -1 when cut. */
  private skipSpecial(text: string, i: number): number {
    if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i);
      if (end < 0) return -1;
      if (this.capturing) this.text(text.slice(i + 9, end));
      return end + 3;
    }
    const close = text.startsWith('<!--', i) ? '-->' : '>';
    const end = text.indexOf(close, i);
    return end < 0 ? -1 : end + close.length;
  }

  get wellFormed(): boolean {
    return !this.broken && !this.pending && this.depth === 0 && this.elements > 0;
  }

  abstract open(name: string, attrs: string, selfClosing: boolean): void;
  abstract close(name: string): void;
  /** character data between two tags while `capturing`, entities decoded */
  abstract text(text: string): void;
}

/**
 * One attribute's decoded value, or undefined. The name is the local one: `r:id` is asked for as `id`. Found by
 * searching the tag's attribute text, not by a regular expression: this runs for every cell.
 */
export function attr(attrs: string, name: string): string | undefined {
  for (let k = attrs.indexOf(name); k >= 0; k = attrs.indexOf(name, k + 1)) {
    const before = k === 0 ? 32 : attrs.charCodeAt(k - 1);
    if (before !== 32 && before !== 58 && before !== 9 && before !== 10 && before !== 13) continue;
    let e = k + name.length;
    while (isBlank(attrs.charCodeAt(e))) e++;
    if (attrs.charCodeAt(e) !== 61) continue;
    e++;
    while (isBlank(attrs.charCodeAt(e))) e++;
    const q = attrs.charCodeAt(e);
    if (q !== QUOTE && q !== APOSTROPHE) continue;
    const end = attrs.indexOf(q === QUOTE ? '"' : "'", e + 1);
    if (end < 0) return undefined;
    return decodeEntities(attrs.slice(e + 1, end));
  }
  return undefined;
}

const isBlank = (ch: number) => ch === 32 || ch === 9 || ch === 10 || ch === 13;

const ATTR = /(?:[\w.-]+:)?([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** All attributes of a tag by local name (a prefixed and an unprefixed one of the same name: the last wins). */
export function attrs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(text); m; m = ATTR.exec(text)) out[m[1]] = decodeEntities(m[2] ?? m[3]);
  return out;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, e: string) => {
    if (e[0] !== '#') return NAMED[e] ?? all;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** Excel's escapes for characters XML cannot hold (`_x000D_`), as shared strings use them. */
export function decodeExcelEscapes(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

/**
 * A part's text fed in inflated chunks and handed on in pieces that end just before a `<`, so every piece holds
 * whole tags (a `<` cannot occur inside a tag or attribute value). Decodes UTF-8 once for every consumer.
 */
// A cell holds at most 32,767 characters; text running for millions of characters without a tag is no cell of a
// real workbook, and is cut rather than held (the structure budgets refuse such files' other excesses)
const MAX_CARRY = 4 * 1024 * 1024;
const KEEP_OF_RUNAWAY = 65_536;

export class PartText {
  private readonly decoder = new TextDecoder('utf-8');
  private carry = '';

  constructor(private readonly consumers: ((text: string) => void)[]) {}

  push(chunk: Uint8Array): void {
    const text = this.carry + this.decoder.decode(chunk, { stream: true });
    const cut = text.lastIndexOf('<');
    if (cut <= 0) {
      this.carry = text.length > MAX_CARRY ? text.slice(0, KEEP_OF_RUNAWAY) : text;
      return;
    }
    this.emit(text.slice(0, cut));
    const rest = text.slice(cut);
    this.carry = rest.length > MAX_CARRY ? rest.slice(0, KEEP_OF_RUNAWAY) : rest;
  }

  end(): void {
    this.emit(this.carry + this.decoder.decode());
    this.carry = '';
  }

  private emit(text: string): void {
    for (const c of this.consumers) c(text);
  }
}
