// The workbook-level parts the reader needs, each read as it is inflated: the sheet list (workbook.xml), the
// relationships that say which part is which sheet, the shared strings and the number formats of the cell
// formats (styles.xml: which cells hold dates, which show percentages). Browser-safe.

import { attr, attrs, decodeExcelEscapes, XmlPart } from './xml-scan';

/** A shared string: plain text, or rich text as runs. */
export type SharedString = string | { richText: { text: string }[] };

export class SharedStringsPart extends XmlPart {
  readonly strings: SharedString[] = [];
  private runs: { text: string }[] | undefined;
  private plain = '';
  private inText = false;
  private inRun = false;
  private inPhonetic = false;


  open(name: string, _attrs: string, selfClosing: boolean): void {
    if (name === 'si') {
      this.runs = undefined;
      this.plain = '';
      if (selfClosing) this.strings.push('');
    } else if (name === 'r' && !this.inPhonetic) {
      this.inRun = true;
      (this.runs ??= []).push({ text: '' });
    } else if (name === 'rPh') this.inPhonetic = !selfClosing;
    else if (name === 't' && !this.inPhonetic && !selfClosing) this.inText = this.capturing = true;
  }

  text(text: string): void {
    if (!this.inText) return;
    if (this.inRun) this.runs![this.runs!.length - 1].text += text;
    else this.plain += text;
  }

  close(name: string): void {
    if (name === 't') this.inText = this.capturing = false;
    else if (name === 'r') this.inRun = false;
    else if (name === 'rPh') this.inPhonetic = false;
    else if (name === 'si') {
      this.strings.push(
        this.runs ? { richText: this.runs.map((r) => ({ text: decodeExcelEscapes(r.text) })) } : decodeExcelEscapes(this.plain),
      );
    }
  }
}

/**
 * Excel's built-in number formats as a Chinese Excel shows them (ECMA-376 18.8.30; ids 27–36 and 50–58 are the
 * East Asian date and time formats, here in their zh-CN form; `zh` quotes 年月日时分秒 as Excel writes them).
 */
const zh = (code: string) => code.replace(/[年月日时分秒]/g, (c) => `"${c}"`);

const BUILT_IN_FORMATS: Record<number, string> = {
  1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm',
  21: 'h:mm:ss', 22: 'm/d/yy "h":mm',
  27: zh('yyyy年m月'), 28: zh('m月d日'), 29: zh('m月d日'), 30: 'm-d-yy', 31: zh('yyyy年m月d日'), 32: zh('h时mm分'),
  33: zh('h时mm分ss秒'), 34: zh('上午/下午 h时mm分'), 35: zh('上午/下午 h时mm分ss秒'), 36: zh('yyyy年m月'),
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
  50: zh('yyyy年m月'), 51: zh('m月d日'), 52: zh('yyyy年m月'), 53: zh('m月d日'), 54: zh('m月d日'),
  55: zh('上午/下午 h时mm分'), 56: zh('上午/下午 h时mm分ss秒'), 57: zh('yyyy年m月'), 58: zh('m月d日'),
};

/**
 * True for a number format that shows a date or time: a date or time letter outside quoted text, escapes and
 * [..] sections. Format codes are case-insensitive in Excel (YYYY-MM-DD is a date).
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhsb]/i.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, ''));
}

/** The number format of each cell format (`<cellXfs>` in styles.xml), by the cells' `s` index. */
export class StylesPart extends XmlPart {
  private readonly custom = new Map<number, string>();
  private readonly xfFormatIds: number[] = [];
  private inCellXfs = false;
  private readonly dates: boolean[] = [];


  open(name: string, a: string, selfClosing: boolean): void {
    if (name === 'numFmt') {
      const id = attr(a, 'numFmtId');
      const code = attr(a, 'formatCode');
      if (id !== undefined && code !== undefined) this.custom.set(Number(id), code);
    } else if (name === 'cellXfs') this.inCellXfs = !selfClosing;
    else if (name === 'xf' && this.inCellXfs) this.xfFormatIds.push(Number(attr(a, 'numFmtId') ?? 0) || 0);
  }

  text(): void {}

  close(name: string): void {
    if (name === 'cellXfs') this.inCellXfs = false;
  }

  /** The format code of cell format `s`; undefined for General. */
  format(s: number): string | undefined {
    const id = this.xfFormatIds[s];
    if (!id) return undefined;
    return this.custom.get(id) ?? BUILT_IN_FORMATS[id];
  }

  /** Whether cell format `s` shows a date (asked for every number cell: worked out once per format). */
  isDate(s: number): boolean {
    let d = this.dates[s];
    if (d === undefined) d = this.dates[s] = isDateFormat(this.format(s));
    return d;
  }
}

export interface SheetEntry {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  rid: string;
}

/** workbook.xml: the sheets in tab order, and the 1904 date system. */
export class WorkbookPart extends XmlPart {
  readonly sheets: SheetEntry[] = [];
  date1904 = false;


  open(name: string, a: string): void {
    if (name === 'sheet') {
      const at = attrs(a);
      const state = at.state === 'hidden' || at.state === 'veryHidden' ? at.state : 'visible';
      this.sheets.push({ name: at.name ?? '', state, rid: at.id ?? '' });
    } else if (name === 'workbookPr') {
      const v = attr(a, 'date1904');
      this.date1904 = v === '1' || v === 'true';
    }
  }

  text(): void {}
  close(): void {}
}

export interface Relationship {
  target: string;
  type: string;
}

/** A .rels part: relationship id -> target. */
export class RelsPart extends XmlPart {
  readonly byId = new Map<string, Relationship>();


  open(name: string, a: string): void {
    if (name !== 'Relationship') return;
    const at = attrs(a);
    if (at.Id) this.byId.set(at.Id, { target: at.Target ?? '', type: at.Type ?? '' });
  }

  text(): void {}
  close(): void {}
}

/** The part a relationship in `relsOf` (a part name such as xl/workbook.xml) points to, as a zip entry name. */
export function resolveTarget(relsOf: string, target: string): string {
  // some writers put Windows separators in targets
  const t = target.replace(/\\/g, '/');
  if (t.startsWith('/')) return t.slice(1);
  const parts = relsOf.split('/').slice(0, -1);
  for (const p of t.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}
