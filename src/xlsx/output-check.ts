// The writer's own check of what it wrote: every XML part of the .xlsx must be UTF-8, hold only characters
// XML 1.0 allows, and be well-formed (tags nested and closed, attributes quoted, entities known). One bad
// character in sharedStrings.xml makes Excel repair the file and other readers drop rows, so a failure here
// stops the write. Browser-safe.

import { message } from '../core/messages';
import { isXmlText } from '../core/xml-text';
import { inspectZip } from './zip-guard';
import { inflateChunks } from './zip-guard-inflate';

export class OutputCheckError extends Error {
  constructor(readonly part: string, readonly detail: string) {
    super(message('merge/output-invalid', { part, detail }));
    this.name = 'OutputCheckError';
  }
}

async function partText(bytes: Uint8Array, e: { method: number; dataOffset: number; compressedSize: number; uncompressedSize: number }): Promise<string> {
  const data = bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  if (e.method === 0) return decoder.decode(data);
  const parts: string[] = [];
  const size = await inflateChunks(data, e.uncompressedSize, (chunk) => {
    parts.push(decoder.decode(chunk, { stream: true }));
  });
  if (typeof size !== 'number') throw new Error(size);
  parts.push(decoder.decode());
  return parts.join('');
}

const NAME = /^[A-Za-z_:][\w.:-]*/;
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);)/;

/** Why `xml` is not well-formed, or undefined. A small checker, not a validating parser. */
export function xmlProblem(xml: string): string | undefined {
  if (!isXmlText(xml)) return 'character not allowed in XML 1.0';
  const stack: string[] = [];
  let i = 0;
  let roots = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (ENTITY.test(text)) return `bad entity near offset ${i}`;
    if (stack.length === 0 && text.trim()) return `text outside the root element at offset ${i}`;
    if (lt < 0) break;
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt);
      if (end < 0) return 'unclosed processing instruction';
      i = end + 2;
    } else if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      if (end < 0) return 'unclosed comment';
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end < 0) return 'unclosed CDATA';
      i = end + 3;
    } else {
      const end = tagEnd(xml, lt);
      if (end < 0) return `unclosed tag at offset ${lt}`;
      const tag = xml.slice(lt + 1, end);
      if (tag.startsWith('/')) {
        const name = tag.slice(1).trim();
        if (stack.pop() !== name) return `mismatched </${name}> at offset ${lt}`;
      } else {
        const name = NAME.exec(tag)?.[0];
        if (!name) return `bad tag at offset ${lt}`;
        if (ENTITY.test(tag)) return `bad entity in <${name}> at offset ${lt}`;
        if (stack.length === 0) roots++;
        if (!tag.endsWith('/')) stack.push(name);
      }
      i = end + 1;
    }
  }
  if (stack.length) return `<${stack[stack.length - 1]}> not closed`;
  if (roots !== 1) return `${roots} root elements`;
  return undefined;
}

/** The `>` closing the tag that starts at `lt`, skipping `>` inside quoted attribute values. */
function tagEnd(xml: string, lt: number): number {
  let quote = '';
  for (let j = lt + 1; j < xml.length; j++) {
    const c = xml[j];
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '<') return -1;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
  }
  return -1;
}

/** Throws OutputCheckError naming the first part that is not well-formed XML. */
export async function checkXmlParts(bytes: Uint8Array): Promise<void> {
  for (const e of inspectZip(bytes, 'output', { maxFileBytes: Number.MAX_SAFE_INTEGER, maxTotalUncompressed: Number.MAX_SAFE_INTEGER, maxRatio: Number.MAX_SAFE_INTEGER })) {
    if (!/\.(xml|rels)$/i.test(e.name)) continue;
    let problem: string | undefined;
    try {
      problem = xmlProblem(await partText(bytes, e));
    } catch (err) {
      problem = `not UTF-8 or not inflatable (${err instanceof Error ? err.message : String(err)})`;
    }
    if (problem) throw new OutputCheckError(e.name, problem);
  }
}
