// The small XML scanner the workbook reader runs over each part while the zip guard inflates it. SpreadsheetML
// parts are flat and regular; a regular expression over whole tags is many times faster than a general SAX
// parser and keeps nothing but what the caller keeps. Namespace prefixes (`x:c`, written by some generators)
// are dropped from tag and attribute names. Browser-safe.

// a tag (`<name attrs>`, `</name>`, `<name/>`), CDATA, a comment, a processing instruction, or text up to a `<`;
// anything else where a token should start (the next match found further on) shows the XML is broken. Not a
// sticky regular expression: the task pane is compiled for ES5.
const TOKEN = /<(\/?)(?:[\w.-]+:)?([\w.-]+)([^>]*?)(\/?)>|<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<[!?][^>]*>|([^<]+)/g;

/**
 * A part's XML, fed in pieces that hold whole tags only (PartText cuts them before a `<`). Tags, text and CDATA
 * go to the subclass; comments, processing instructions and doctype are skipped. `wellFormed` tells, once the
 * last piece is in, whether every piece scanned and every element opened was closed.
 */
export abstract class XmlPart {
  private depth = 0;
  private elements = 0;
  private broken = false;

  feed(text: string): void {
    if (this.broken) return;
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < text.length) {
      const at = TOKEN.lastIndex;
      const m = TOKEN.exec(text);
      if (!m || m.index !== at) {
        this.broken = true;
        return;
      }
      if (m[2] !== undefined) {
        if (m[1]) {
          this.depth--;
          this.close(m[2]);
        } else {
          this.elements++;
          if (m[4] !== '/') this.depth++;
          this.open(m[2], m[3], m[4] === '/');
        }
      } else if (m[5] !== undefined) this.text(m[5]);
      else if (m[6] !== undefined) this.text(decodeEntities(m[6]));
    }
  }

  get wellFormed(): boolean {
    return !this.broken && this.depth === 0 && this.elements > 0;
  }

  abstract open(name: string, attrs: string, selfClosing: boolean): void;
  abstract close(name: string): void;
  /** character data between two tags, entities already decoded */
  abstract text(text: string): void;
}

const ATTR = /(?:[\w.-]+:)?([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** One attribute's decoded value (prefix ignored: `r:id` is asked for as `id`), or undefined. */
export function attr(attrs: string, name: string): string | undefined {
  if (!attrs.includes(name)) return undefined;
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(attrs); m; m = ATTR.exec(attrs)) {
    if (m[1] === name) return decodeEntities(m[2] ?? m[3]);
  }
  return undefined;
}

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
