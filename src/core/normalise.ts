// What people really type, made comparable: folding, trimming, numbers stored as text, dates and serials.
// Nothing here decides validity; it only says what a cell holds.

import type { CellInput } from './types';

/** A cell's content after unwrapping host shapes (formulas, rich text, hyperlinks, errors). */
export type CellContent =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'date'; value: Date }
  | { kind: 'error'; text: string }
  | { kind: 'formula-no-result'; formula: string };

const EMPTY: CellContent = { kind: 'empty' };

// invisible format characters (zero-width spaces and joiners, direction marks such as U+200E, soft hyphen, BOM)
// (Unicode category Cf, spelled out: the pane's bundle targets ES5, which has no \p{…})
export const ZERO_WIDTH = /[\u00AD\u0600-\u0605\u061C\u06DD\u070F\u08E2\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|\uDB40[\uDC01\uDC20-\uDC7F]/g;
// Full-width ASCII variants (！ to ～) sit at a fixed offset from ASCII.
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\r\n]+/g;
const DASHES = /[\u2010-\u2015\u2212\uFE63]/g;

// Printable ASCII and CJK ideographs with single inner spaces need no folding: the common case, kept fast.
const ALREADY_FOLDED = /^[\x21-\x7E\u4E00-\u9FFF]+( [\x21-\x7E\u4E00-\u9FFF]+)*$/;

/** Fold full-width characters to half-width, drop zero-width ones, unify spaces and dashes, trim. */
export function foldText(s: string): string {
  if (ALREADY_FOLDED.test(s)) return s;
  return s
    .replace(ZERO_WIDTH, '')
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3008\u3010]/g, '[')
    .replace(/[\u3009\u3011]/g, ']')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** A key for comparing names: folded, without any spaces, letters in upper case. */
export function nameKey(s: string): string {
  return foldText(s).replace(/\s+/g, '').toUpperCase();
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

/** Unwrap what a host hands over into one of a few plain shapes. */
export function unwrapCell(input: CellInput): CellContent {
  if (input === null || input === undefined) return EMPTY;
  if (typeof input === 'string') {
    const text = foldText(input);
    return text === '' ? EMPTY : { kind: 'text', text };
  }
  if (typeof input === 'number') return Number.isFinite(input) ? { kind: 'number', value: input } : { kind: 'error', text: String(input) };
  if (typeof input === 'boolean') return { kind: 'bool', value: input };
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? { kind: 'error', text: 'Invalid Date' } : { kind: 'date', value: input };
  if (!isObject(input)) return { kind: 'text', text: foldText(String(input)) };
  if ('error' in input && typeof input.error === 'string') return { kind: 'error', text: input.error };
  if ('formula' in input || 'sharedFormula' in input) {
    const result = (input as { result?: CellInput }).result;
    if (result === undefined) {
      const f = (input as { formula?: string; sharedFormula?: string });
      return { kind: 'formula-no-result', formula: String(f.formula ?? f.sharedFormula ?? '') };
    }
    return unwrapCell(result);
  }
  if ('richText' in input && Array.isArray(input.richText)) {
    return unwrapCell(input.richText.map((r) => (r && typeof r.text === 'string' ? r.text : '')).join(''));
  }
  if ('text' in input) return unwrapCell(input.text as CellInput);
  return { kind: 'text', text: foldText(JSON.stringify(input)) };
}

/** Plain display text of a cell, for messages and for carrying unknown columns. */
export function contentText(c: CellContent): string {
  switch (c.kind) {
    case 'empty':
      return '';
    case 'text':
      return c.text;
    case 'number':
      return formatNumber(c.value);
    case 'bool':
      return c.value ? 'TRUE' : 'FALSE';
    case 'date':
      return isoDate(c.value);
    case 'error':
      return c.text;
    case 'formula-no-result':
      return '=' + c.formula;
  }
}

export function formatNumber(n: number): string {
  const s = String(n);
  // 15 significant digits is what Excel shows; avoids 0.30000000000000004 in messages (a text of 15 characters
  // or fewer holds no more digits than that: the common case, without the slower toPrecision)
  if (s.length <= 15 || Number.isSafeInteger(n)) return s;
  return String(Number(n.toPrecision(15)));
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export type TextNumber =
  | { kind: 'number'; value: number }
  | { kind: 'unit'; } // a number that carries a unit or word: 2000万, 约100
  | { kind: 'not-number' };

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const HAS_DIGIT = /\d/;

/** Read a number typed as text. Thousands separators are allowed; units and words are not. */
export function parseTextNumber(text: string): TextNumber {
  const t = text.replace(/\s+/g, '');
  if (PLAIN_NUMBER.test(t) || GROUPED_NUMBER.test(t)) return { kind: 'number', value: Number(t.replace(/,/g, '')) };
  if (HAS_DIGIT.test(t)) return { kind: 'unit' };
  return { kind: 'not-number' };
}

// Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is accounted for.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function excelSerialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_MS + Math.round(serial * 86400000));
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** A date typed as text: 2018-06-01, 2018/6/1, 2018.6.1, 2018年6月1日. */
export function parseTextDate(text: string): Date | undefined {
  const m = DATE_TEXT.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}
