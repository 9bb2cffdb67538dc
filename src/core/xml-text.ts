// Text as an .xlsx file can hold it. XML 1.0 forbids most control characters, U+FFFE, U+FFFF and unpaired
// surrogates; Excel writes such characters as its own escape `_xHHHH_` (and a literal `_xHHHH_` typed by someone
// as `_x005F_xHHHH_`), and a cell holds at most 32,767 characters. The merge reports what it finds on the
// source cell (textTrouble), the writer escapes every string once (excelXmlText).

/** Excel's limit on the characters in one cell. */
export const EXCEL_MAX_TEXT = 32767;

// (ES5 regular expressions only: the task pane's bundle runs in IE 11, which has no lookbehind)
// C0 controls other than tab, line feed and carriage return; DEL (valid XML, but exceljs drops it); C1 controls
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/g;
/** characters that must not appear in an XML 1.0 document, or that exceljs would drop; surrogates are checked by pairs */
const UNWRITABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]?|[\uDC00-\uDFFF]/g;
const LITERAL_ESCAPE = /_x[0-9A-Fa-f]{4}_/g;

/** A match of UNWRITABLE that is a proper surrogate pair (a character outside the BMP) is fine. */
const isPair = (m: string) => m.length === 2;

/** Each match of a global expression, until `f` returns false (a plain loop: the pane's bundle is ES5, no matchAll). */
export function eachMatch(re: RegExp, s: string, f: (m: RegExpExecArray) => boolean | void): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) if (f(m) === false) return;
}

const hex4 = (c: number) => c.toString(16).toUpperCase().padStart(4, '0');

export interface TextTrouble {
  /** control or non-XML characters found, as U+XXXX */
  chars: string[];
  /** longer than a cell can hold: the length found */
  tooLong?: number;
}

/** What is wrong with a text for a cell of an .xlsx file, or undefined when nothing is. */
export function textTrouble(s: string): TextTrouble | undefined {
  const found = new Set<string>();
  for (const re of [CONTROL, UNWRITABLE]) eachMatch(re, s, ([m]) => void (isPair(m) || found.add(`U+${hex4(m.charCodeAt(0))}`)));
  const tooLong = s.length > EXCEL_MAX_TEXT ? s.length : undefined;
  if (found.size === 0 && tooLong === undefined) return undefined;
  return { chars: [...found].sort(), ...(tooLong === undefined ? {} : { tooLong }) };
}

/** The text cut to what a cell holds, without splitting a surrogate pair. */
export function cutToCell(s: string): string {
  if (s.length <= EXCEL_MAX_TEXT) return s;
  const end = /[\uD800-\uDBFF]/.test(s[EXCEL_MAX_TEXT - 1]) ? EXCEL_MAX_TEXT - 1 : EXCEL_MAX_TEXT;
  return s.slice(0, end);
}

/**
 * The text as it is to be written into the XML of an .xlsx file, so that Excel reads back exactly `s` (cut to a
 * cell's limit): literal `_xHHHH_` sequences protected, unwritable characters as `_xHHHH_`, an unpaired
 * surrogate (no character at all) as U+FFFD.
 */
export function excelXmlText(s: string): string {
  const cut = cutToCell(s);
  if (!cut.includes('_x') && !hasUnwritable(cut)) return cut;
  return cut
    .replace(LITERAL_ESCAPE, (m) => `_x005F${m}`)
    .replace(UNWRITABLE, (ch) => (isPair(ch) ? ch : /[\uD800-\uDFFF]/.test(ch) ? '\uFFFD' : `_x${hex4(ch.charCodeAt(0))}_`));
}

function hasUnwritable(s: string): boolean {
  let found = false;
  eachMatch(UNWRITABLE, s, ([m]) => !(found = !isPair(m)));
  return found;
}

/** True when the text holds no character XML 1.0 forbids (the writer's own check of what it wrote). */
export function isXmlText(s: string): boolean {
  let ok = true;
  eachMatch(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]?|[\uDC00-\uDFFF]/g, s, ([m]) => (ok = isPair(m)));
  return ok;
}

/**
 * A formula as the XML of an .xlsx file can hold it. Formulas have no escape of their own; the merge's formulas
 * hold names only inside COUNTIFS/SUMIFS criteria, where `?` matches any one character: each unwritable character
 * (or control character, which exceljs drops) becomes `?`, and the criterion still matches the escaped cell.
 */
export function formulaXmlText(f: string): string {
  return f.replace(UNWRITABLE, (m) => (isPair(m) ? m : '?'));
}
