// The writer's own cheap check of what it wrote: every XML part of the .xlsx must be UTF-8 and hold only
// characters XML 1.0 allows, and all but the largest must be well-formed (tags nested and closed, attributes
// quoted, entities known); the tests parse every part with a real parser (xmllint). One bad
// character in sharedStrings.xml makes Excel repair the file and other readers drop rows, so a failure here
// stops the write. Browser-safe.

import { message } from '../core/messages';
import { isXmlText } from '../core/xml-text';
import { inspectZip } from './zip-guard';
import { inflateChunks } from './zip-guard-inflate';

export class OutputCheckError extends Error {
  constructor(readonly part: string, readonly detail: string) {
    super(message('merge/output-invalid', { part, detail }));
    // compiled to ES5 for the pane, a subclass of Error loses its prototype without this
    Object.setPrototypeOf(this, OutputCheckError.prototype);
    this.name = 'OutputCheckError';
  }
}

/** Why one XML part of the zip would break the file, or undefined: its text checked piece by piece as it is inflated. */
async function checkedPart(bytes: Uint8Array, e: { method: number; dataOffset: number; compressedSize: number; uncompressedSize: number }): Promise<string | undefined> {
  const data = bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const check = new PartCheck();
  if (e.method === 0) {
    check.add(decoder.decode(data));
    return check.problem();
  }
  const size = await inflateChunks(data, e.uncompressedSize, (chunk) => {
    check.add(decoder.decode(chunk, { stream: true }));
  });
  if (typeof size !== 'number') throw new Error(size);
  check.add(decoder.decode());
  return check.problem();
}

const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);)/;

/** Why `xml` is not well-formed, or undefined. A small checker (one pass, no tree), not a validating parser. */
export function xmlProblem(xml: string): string | undefined {
  if (!isXmlText(xml)) return 'character not allowed in XML 1.0';
  const bad = ENTITY.exec(xml);
  if (bad) return `bad entity at offset ${bad.index}`;
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (stack.length === 0 && xml.slice(i, lt < 0 ? xml.length : lt).trim()) return `text outside the root element at offset ${i}`;
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 63) i = skipPast(xml, lt, '?>');
    else if (next === 33) i = xml.startsWith('<!--', lt) ? skipPast(xml, lt, '-->') : xml.startsWith('<![CDATA[', lt) ? skipPast(xml, lt, ']]>') : -1;
    else {
      const end = tagEnd(xml, lt);
      const closing = next === 47;
      const name = end < 0 ? '' : tagName(xml, closing ? lt + 2 : lt + 1, end);
      if (!name) return `bad or unclosed tag at offset ${lt}`;
      if (closing) {
        if (stack.pop() !== name) return `mismatched </${name}> at offset ${lt}`;
      } else {
        if (stack.length === 0) roots++;
        if (xml.charCodeAt(end - 1) !== 47) stack.push(name);
      }
      i = end + 1;
    }
    if (i < 0) return 'unclosed comment, CDATA or processing instruction';
  }
  if (stack.length) return `<${stack[stack.length - 1]}> not closed`;
  if (roots !== 1) return `${roots} root elements`;
  return undefined;
}

/** The element name at `from` (letters, digits, _ : . -, not starting with a digit, dot or dash), or ''. */
function tagName(xml: string, from: number, end: number): string {
  let j = from;
  for (; j < end; j++) {
    const c = xml.charCodeAt(j);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c > 127;
    if (!(letter || (j > from && ((c >= 48 && c <= 57) || c === 45 || c === 46)))) break;
  }
  const after = xml.charCodeAt(j);
  return j > from && (j === end || after === 32 || after === 47 || after === 9 || after === 10 || after === 13) ? xml.slice(from, j) : '';
}

/** The offset after `close`, searched from `from`; -1 when it never comes. */
function skipPast(xml: string, from: number, close: string): number {
  const at = xml.indexOf(close, from);
  return at < 0 ? -1 : at + close.length;
}

/** The `>` closing the tag that starts at `lt`, skipping any `>` inside quoted attribute values. */
function tagEnd(xml: string, lt: number): number {
  let end = xml.indexOf('>', lt);
  while (end >= 0 && oddQuotes(xml, lt, end)) end = xml.indexOf('>', end + 1);
  return end;
}

function oddQuotes(xml: string, from: number, to: number): boolean {
  let dq = 0;
  let sq = 0;
  let open = 0;
  for (let j = from; j < to; j++) {
    const c = xml.charCodeAt(j);
    if (c === 34 && open !== 39) {
      dq++;
      open = dq % 2 ? 34 : 0;
    } else if (c === 39 && open !== 34) {
      sq++;
      open = sq % 2 ? 39 : 0;
    }
  }
  return open !== 0;
}

/**
 * Parts up to this size are checked whole; larger ones (the biggest detail sheets: the structural check costs about
 * 70 ms per MB) for their characters only, which is what a return's text can break — the tags are exceljs's own.
 */
const FULL_CHECK_CHARS = 8 * 1024 * 1024;

/**
 * The same check over a part that comes in pieces (workbook-blob.ts checks each part as it is zipped, a big sheet a
 * batch of rows at a time): pieces are held until the part passes the size checked whole, then only their
 * characters are checked. Pieces must not split a surrogate pair.
 */
export class PartCheck {
  private held: string[] | null = [];
  private chars = 0;
  private bad = false;

  add(piece: string): void {
    if (this.held) {
      this.held.push(piece);
      this.chars += piece.length;
      if (this.chars <= FULL_CHECK_CHARS) return;
      this.bad = !this.held.every(isXmlText);
      this.held = null;
    } else if (!this.bad && !isXmlText(piece)) {
      this.bad = true;
    }
  }

  /** Why the part would break the file, or undefined. */
  problem(): string | undefined {
    if (this.held) return partProblem(this.held.join(''));
    return this.bad ? 'character not allowed in XML 1.0' : undefined;
  }
}

/** Why one XML part's text would break the file, or undefined. */
function partProblem(text: string): string | undefined {
  return text.length <= FULL_CHECK_CHARS ? xmlProblem(text) : isXmlText(text) ? undefined : 'character not allowed in XML 1.0';
}

/** Throws OutputCheckError naming the first part that is not well-formed XML. */
export async function checkXmlParts(bytes: Uint8Array): Promise<void> {
  for (const e of inspectZip(bytes, 'output', { maxFileBytes: Number.MAX_SAFE_INTEGER, maxTotalUncompressed: Number.MAX_SAFE_INTEGER, maxRatio: Number.MAX_SAFE_INTEGER })) {
    if (!/\.(xml|rels)$/i.test(e.name)) continue;
    let problem: string | undefined;
    try {
      problem = await checkedPart(bytes, e);
    } catch (err) {
      problem = `not UTF-8 or not inflatable (${err instanceof Error ? err.message : String(err)})`;
    }
    if (problem) throw new OutputCheckError(e.name, problem);
  }
}
