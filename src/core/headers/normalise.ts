// Header and label text made comparable: what clerks type into header cells varies in width, spacing,
// line breaks, unit notes and required-field stars; the meaning does not.

import { ZERO_WIDTH } from '../normalise';
import { toSimplified } from './simplified';

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const OPEN = /[\u3008\u3010\u3014\u3016\uFE59\uFE5D]/g; // 〈【〔〖 and small brackets
const CLOSE = /[\u3009\u3011\u3015\u3017\uFE5A\uFE5E]/g;
const COLONS = /[\uFE30\uFE55\u2236]/g;

/** Units that appear in header notes, in a units row, or after a line break under a header. */
const UNITS = [
  '万元', '千元', '亿元', '元', '万美元', '千美元', '美元', '万元人民币', '人民币万元',
  '人', '万人', '人次', '个', '家', '件', '项', '台', '套', '年', '%', '‰', '平方米', '亩',
];
const UNIT_SET = new Set(UNITS);

/** Fold full-width ASCII to half-width, unify brackets and colons, drop zero-width characters. Keeps spaces. */
export function foldWidth(text: string): string {
  return text
    .replace(ZERO_WIDTH, '')
    .replace(/\u3000/g, ' ')
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(OPEN, '[')
    .replace(CLOSE, ']')
    .replace(COLONS, ':');
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** foldWidth, and traditional characters of headers in their simplified form: for comparing, never for display. */
export const foldHeader = (text: string): string => toSimplified(foldWidth(text));

/** The unit a cell's whole text names (`万元`, `(人)`, `单位:万元`, `[万美元]`), else undefined. */
export function unitOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let t = squeeze(foldHeader(text)).replace(/\*/g, '');
  const br = /^[([](.*)[)\]]$/.exec(t);
  if (br) t = br[1];
  t = t.replace(/^单位:?/, '');
  return UNIT_SET.has(t) ? t : undefined;
}

/**
 * Split a header into its name and the unit written with it: `总收入\n(万元)`, `总收入（万元）`,
 * `总收入[单位:万元]`, or a unit alone on the header's last line (`从业人员\n人`).
 * The name is normalised (see normaliseHeader).
 */
export function splitHeaderUnit(text: string | undefined): { name: string; unit?: string } {
  if (!text) return { name: '' };
  const folded = foldHeader(text).replace(/\*/g, '');
  const lines = folded.split(/[\r\n]+/).map((l) => l.trim()).filter((l) => l !== '');
  let unit: string | undefined;
  if (lines.length > 1) {
    unit = unitOf(lines[lines.length - 1]);
    if (unit) lines.pop();
  }
  let name = squeeze(lines.join(''));
  if (!unit) {
    const m = /^(.*)[([]([^()[\]]*)[)\]]$/.exec(name);
    const u = m ? unitOf(m[2]) : undefined;
    if (m && u && m[1] !== '') {
      unit = u;
      name = m[1];
    }
  }
  return { name, unit };
}

/** Texts longer than this are no header: the header memos never keep them. */
const MEMO_MAX_TEXT = 200;
const MEMO_LIMIT = 20_000;

/**
 * `compute` with each distinct text worked out once: findTable tries every scan row against every table
 * definition, and the same header texts recur in every return of a merge. Bounded in entries and in their length:
 * long free text (a remark, a pasted paragraph) is worked out each time, never kept, and a sheet of distinct
 * texts cannot grow the memo without end.
 */
export function memoByText<T>(compute: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    const hit = memo.get(text);
    if (hit !== undefined || memo.has(text)) return hit as T;
    const value = compute(text);
    if (text.length > MEMO_MAX_TEXT) return value;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, value);
    return value;
  };
}

const normalisedKey = memoByText((text) => splitHeaderUnit(text).name.replace(/:+$/, ''));

/**
 * A header as a comparison key: half-width, no whitespace or zero-width characters (line breaks included),
 * no trailing unit in brackets, no `*` required markers, one kind of colon, no trailing colon.
 */
export function normaliseHeader(text: string | undefined): string {
  return text ? normalisedKey(text) : '';
}

/** Variants tried when an exact match fails: without colons, without `其中:`, without a trailing (note) or unit word. */
export function headerVariants(key: string): string[] {
  const out: string[] = [];
  const add = (s: string): void => {
    if (s && s !== key && !out.includes(s)) out.push(s);
  };
  const noColon = key.replace(/:/g, '');
  add(noColon);
  add(key.replace(/^其中:?/, ''));
  const paren = /^(.+?)[([][^()[\]]*[)\]]$/.exec(key);
  if (paren) add(paren[1]);
  for (const u of UNITS) if (key.endsWith(u) && key.length > u.length + 1) add(key.slice(0, -u.length));
  return out;
}

/** Header display text for columns carried as extras: folded, line breaks and runs of spaces removed. */
export function displayHeader(text: string): string {
  return foldWidth(text).replace(/[\r\n]+/g, '').replace(/\s+/g, ' ').trim();
}

/** Text that marks a 合计 row when it starts the row. */
export function isTotalLabel(text: string | undefined): boolean {
  const t = squeeze(foldWidth(text ?? ''));
  return /^(合计|总计|总合计)(:|$|\[|\()/.test(t);
}

/** Text that marks a 小计 row (a subtotal among the data rows) when it starts the row. */
export function isSubtotalLabel(text: string | undefined): boolean {
  const t = squeeze(foldWidth(text ?? ''));
  return /^(其中:?)?(小计|分计)(:|$|\[|\()/.test(t);
}

const FOOTER_ANY = /^(填表人|联系电话|填报单位|填报日期|单位负责人|统计负责人)/;
const FOOTER_LABEL = /^(制表人?|审核人?|负责人|注|说明|备注)(:|$|\d|[([])/;

/** Text that marks the footer under a table (填表人, 联系电话, 注:, ...). */
export function isFooterLabel(text: string | undefined): boolean {
  const t = squeeze(foldWidth(text ?? ''));
  return t !== '' && (FOOTER_ANY.test(t) || FOOTER_LABEL.test(t));
}
