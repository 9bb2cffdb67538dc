// A worksheet part read as it is inflated: each cell kept as its raw XML pieces (value text, type, style index,
// formula), resolved into a value only when the reader asks for it (sheet-grid.ts). Merged ranges and hyperlinks
// are kept by reference. Browser-safe.

import { columnLetter } from '../../core/columns';
import { attr, XmlPart } from './xml-scan';

export interface RawCell {
  /** the `t` attribute: s, str, inlineStr, b, e, n, d */
  t?: string;
  /** index into the workbook's cell formats (0 when absent) */
  s: number;
  /** text of `<v>` */
  v?: string;
  f?: string;
  /** `<f t="shared" si="…">`: the group, and the master's range (only the master has one) */
  si?: string;
  sharedRef?: string;
  /** an inline string: plain text or rich-text runs */
  inline?: string | { text: string }[];
  /** the value worked out from the above, once asked for (sheet-grid.ts) */
  resolved?: true;
  value?: unknown;
}

export interface RawRow {
  /** by 1-based column; holes where the row has no cell */
  cells: (RawCell | undefined)[];
}

export interface RawHyperlink {
  ref: string;
  /** relationship id of an external target */
  rid?: string;
}

/** 1-based column of an A1 reference's letters (`BC12` -> 55), 0 when it has none. */
export function refColumn(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
  }
  return n;
}

const enum Capture {
  None,
  Value,
  Formula,
  InlineText,
}

export class SheetPart extends XmlPart {
  /** by 1-based row number */
  readonly rows: (RawRow | undefined)[] = [];
  readonly merges: string[] = [];
  readonly hyperlinks: RawHyperlink[] = [];
  /** shared-formula group -> its master's address */
  readonly sharedMasters = new Map<string, string>();

  private rowNo = 0;
  private row: RawRow | undefined;
  private col = 0;
  private cell: RawCell | undefined;
  private capture = Capture.None;
  private inRun = false;
  private inPhonetic = false;
  private runs: { text: string }[] | undefined;
  private runText = '';

  private setCapture(c: Capture): void {
    this.capture = c;
    this.capturing = c !== Capture.None;
  }

  open(name: string, attrs: string, selfClosing: boolean): void {
    switch (name) {
      case 'row': {
        const r = attr(attrs, 'r');
        this.rowNo = r ? parseInt(r, 10) : this.rowNo + 1;
        this.col = 0;
        this.row = this.rows[this.rowNo] ??= { cells: [] };
        return;
      }
      case 'c': {
        const ref = attr(attrs, 'r');
        this.col = (ref && refColumn(ref)) || this.col + 1;
        const s = attr(attrs, 's');
        const cell: RawCell = { s: s ? parseInt(s, 10) || 0 : 0 };
        const t = attr(attrs, 't');
        if (t) cell.t = t;
        if (!this.row) this.row = this.rows[++this.rowNo] ??= { cells: [] };
        this.row.cells[this.col] = cell;
        this.cell = selfClosing ? undefined : cell;
        return;
      }
      case 'v':
        if (this.cell && !selfClosing) this.setCapture(Capture.Value);
        return;
      case 'f':
        if (!this.cell) return;
        if (attr(attrs, 't') === 'shared') {
          this.cell.si = attr(attrs, 'si') ?? '';
          const ref = attr(attrs, 'ref');
          if (ref) {
            this.cell.sharedRef = ref;
            this.sharedMasters.set(this.cell.si, `${columnLetter(this.col)}${this.rowNo}`);
          }
        }
        if (!selfClosing) this.setCapture(Capture.Formula);
        return;
      case 'is':
        this.runs = undefined;
        this.runText = '';
        return;
      case 'r':
        if (this.cell && !this.inPhonetic) {
          this.inRun = true;
          this.runs ??= [];
          this.runs.push({ text: '' });
        }
        return;
      case 'rPh':
        this.inPhonetic = !selfClosing;
        return;
      case 't':
        if (this.cell && !this.inPhonetic && !selfClosing) this.setCapture(Capture.InlineText);
        return;
      case 'mergeCell': {
        const ref = attr(attrs, 'ref');
        if (ref) this.merges.push(ref);
        return;
      }
      case 'hyperlink': {
        const ref = attr(attrs, 'ref');
        if (ref) this.hyperlinks.push({ ref, rid: attr(attrs, 'id') });
        return;
      }
      default:
    }
  }

  text(text: string): void {
    const cell = this.cell;
    switch (this.capture) {
      case Capture.Value:
        cell!.v = cell!.v === undefined ? text : cell!.v + text;
        return;
      case Capture.Formula:
        cell!.f = cell!.f === undefined ? text : cell!.f + text;
        return;
      case Capture.InlineText:
        if (this.inRun) this.runs![this.runs!.length - 1].text += text;
        else this.runText += text;
        return;
      default:
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
      case 'f':
      case 't':
        this.setCapture(Capture.None);
        return;
      case 'r':
        this.inRun = false;
        return;
      case 'rPh':
        this.inPhonetic = false;
        return;
      case 'is':
        if (this.cell) this.cell.inline = this.runs ?? this.runText;
        return;
      case 'c':
        this.cell = undefined;
        this.setCapture(Capture.None);
        return;
      case 'row':
        this.row = undefined;
        return;
      default:
    }
  }
}

