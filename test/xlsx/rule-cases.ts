// Rows for the agreement test, generated from the table definitions: a valid row per table, then one row per edge
// case of each column's type (blank, spaces, text in a number, negative, decimal in an integer, wrong word, long
// text, code length/alphabet/checksum, full-width input, error values), duplicates, row-rule violations and the
// cross-table and conditional cases. A new column gets its cases from its type with no change here.
import type ExcelJS from 'exceljs';
import type { ColumnDef, TableDef } from '../../src/core/types';
import { usccCheckChar } from '../../src/core/uscc';

export type Cell = string | number | ExcelJS.CellFormulaValue | null;
export interface CaseRow {
  why: string;
  values: Record<string, Cell>;
  /** what each cell's value is, where the row mixes cases of several columns */
  whys?: Record<string, string>;
}

/** A valid credit code, distinct for each n. */
export function validCode(n: number): string {
  const body = `91140100MA${String(n).padStart(7, '0')}`;
  return body + usccCheckChar(body);
}
/** The same code with a wrong check character. */
export function badChecksum(n: number): string {
  const c = validCode(n);
  const wrong = c[17] === '0' ? '1' : '0';
  return c.slice(0, 17) + wrong;
}
const fullWidth = (s: string): string => s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const NA: Cell = { formula: 'NA()', result: { error: '#N/A' } } as ExcelJS.CellFormulaValue;

/** Fields that a row rule keeps small (the `field` of a not-greater rule): 1, so every ≤ holds on a valid row. */
function smallFields(def: TableDef): Set<string> {
  return new Set(def.rowRules.filter((r) => r.kind === 'not-greater').map((r) => r.field));
}

/** A valid row: every column filled as the definition wants (a column that must be empty under the row's values stays empty). */
export function validRow(def: TableDef, n: number, names: { backbone?: string } = {}): Record<string, Cell> {
  const small = smallFields(def);
  const out: Record<string, Cell> = {};
  for (const col of def.columns) out[col.key] = validValue(col, n, small.has(col.key));
  if ('backbone' in out && names.backbone) out.backbone = names.backbone;
  for (const col of def.columns) {
    const cond = col.emptyWhen;
    if (cond && cond.in.includes(String(out[cond.field]))) out[col.key] = null;
  }
  return out;
}

function validValue(col: ColumnDef, n: number, small: boolean): Cell {
  switch (col.type) {
    case 'serial':
      return n;
    case 'uscc':
      return validCode(n);
    case 'enum':
      return col.enum![0];
    case 'yesno':
      return '是';
    case 'number':
      return small ? 1 : 100 + n;
    case 'integer':
      return small ? 1 : 10 + n;
    default:
      return `${col.header}${n}`.slice(0, col.maxLength ?? 100);
  }
}

/** Edge cases of one column: value and a word on what it is. */
export function columnCases(col: ColumnDef, fresh: () => number): [Cell, string][] {
  const common: [Cell, string][] = [[null, 'blank'], ['   ', 'spaces only'], ['\u3000\u3000', 'ideographic spaces only'], [NA, '#N/A']];
  switch (col.type) {
    case 'serial':
      return [...common, ['a', 'text'], [1.5, 'decimal'], [0, 'below 1'], ['3', 'number as text']];
    case 'integer':
      return [...common, [3, 'integer'], [1.5, 'decimal'], [-2, 'negative'], ['7', 'number as text'], ['2.5', 'decimal as text'],
        ['-4', 'negative as text'], ['x', 'word'], ['十', 'Chinese numeral'], [0, 'zero']];
    case 'number':
      return [...common, [12.5, 'decimal'], [0, 'zero'], [-5, 'negative'], ['1,234.5', 'grouped text'], [' 88 ', 'padded text'],
        ['约100', 'word and number'], ['100万', 'number with unit'], ['abc', 'word'], ['12e3', 'exponent'], ['5%', 'percent'],
        ['1-2', 'dash inside'], ['2018.1.1', 'two points'], ['-3', 'negative as text'], [fullWidth('12'), 'full-width digits'],
        ['+5', 'plus sign'], ['.5', 'leading point'], ['12,34', 'bad grouping'], ['--5', 'two signs'], ['\u300066', 'ideographic space before']];
    case 'uscc': {
      const ok = () => validCode(fresh());
      const [a, b, c, d, e, f, g, h] = [ok(), ok(), ok(), ok(), ok(), ok(), ok(), ok()];
      return [...common, [a.toLowerCase(), 'lower case'], [`${b.slice(0, 6)} ${b.slice(6)}`, 'inner space'],
        [fullWidth(c), 'full-width'], [d.slice(0, 17), '17 characters'], [`${e}1`, '19 characters'],
        [`${f.slice(0, 5)}I${f.slice(6)}`, 'letter I'], [`${g.slice(0, 5)}*${g.slice(6)}`, 'asterisk'],
        [`${h.slice(0, 17)}O`, 'check character O'], [badChecksum(fresh()), 'wrong check character'], [123456789012345, 'a number']];
    }
    case 'enum':
    case 'yesno': {
      const words = col.type === 'yesno' ? ['是', '否'] : col.enum!;
      return [...common, ...words.map((w): [Cell, string] => [w, 'valid word']), [` ${words[0]} `, 'padded word'],
        ['有', 'wrong word'], [words.join(''), 'two words'], [1, 'a number']];
    }
    default: {
      const max = col.maxLength ?? 20;
      return [...common, ['甲'.repeat(max), 'at the length limit'], ['甲'.repeat(max + 1), 'one over the limit'],
        [` ${'乙'.repeat(max)} `, 'padded at the limit'], [12345, 'a number']];
    }
  }
}

/**
 * Every case row of a table, numbered from `first` (the valid rows' n). `backbone` is a 骨干企业 name the
 * 关联骨干企业 column may refer to; `confirmedCode` a wrong-checksum code registered on 信用代码确认.
 * The columns' own cases share rows, each column starting at another case (so a blank in one column sits beside
 * values in the others, and rows mix cases the way real rows do); the cases that need a controlled row follow.
 */
export function caseRows(def: TableDef, first: number, opts: { backbone?: string; confirmedCode?: string } = {}): CaseRow[] {
  let n = first;
  const rows: CaseRow[] = [];
  const base = () => validRow(def, n++, { backbone: opts.backbone });
  for (let i = 0; i < 2; i++) rows.push({ why: 'valid', values: base() });
  const firstValid = rows[0].values;
  const cases = def.columns.map((col) => columnCases(col, () => 9000 + n++));
  const mixed = Math.max(...cases.map((c) => c.length));
  for (let k = 0; k < mixed; k++) {
    const values = base();
    const whys: Record<string, string> = {};
    def.columns.forEach((col, j) => {
      const [v, why] = cases[j][(k + j) % cases[j].length];
      values[col.key] = v;
      whys[col.key] = why;
    });
    rows.push({ why: 'mixed', values, whys });
  }
  // duplicates of the first row, as typed again (spaces, case)
  for (const col of def.columns.filter((c) => c.unique)) {
    const v = String(firstValid[col.key]);
    rows.push({ why: `${col.key}: duplicate`, values: { ...base(), [col.key]: v } });
    rows.push({ why: `${col.key}: duplicate with spaces and lower case`, values: { ...base(), [col.key]: ` ${v.slice(0, 2)} ${v.slice(2).toLowerCase()}` } });
    rows.push({ why: `${col.key}: duplicate in full-width characters`, values: { ...base(), [col.key]: fullWidth(v) } });
  }
  if (opts.confirmedCode && def.columns.some((c) => c.type === 'uscc')) {
    rows.push({ why: 'uscc: confirmed wrong check character', values: { ...base(), uscc: opts.confirmedCode } });
  }
  for (const rule of def.rowRules) {
    if (rule.kind === 'not-greater') {
      const than = 100;
      const over = than / (rule.factor ?? 1) + 1;
      rows.push({ why: `${rule.field} > ${rule.than}`, values: { ...base(), [rule.than]: than, [rule.field]: over } });
      rows.push({ why: `${rule.field} = ${rule.than}`, values: { ...base(), [rule.than]: than, [rule.field]: than / (rule.factor ?? 1) } });
      rows.push({ why: `${rule.field} > ${rule.than}, both as text`, values: { ...base(), [rule.than]: ' 100 ', [rule.field]: String(over) } });
      rows.push({ why: `${rule.field} with a unit, ${rule.than} smaller`, values: { ...base(), [rule.than]: 1, [rule.field]: '200万' } });
    } else {
      rows.push({ why: `${rule.field} against ${rule.when.field}`, values: { ...base(), [rule.when.field]: rule.when.in[0], [rule.field]: '否' } });
    }
  }
  // conditional requirements: the condition on, with the cell blank, for each value that turns it on and one that does not
  for (const col of def.columns) {
    const cond = col.required && typeof col.required === 'object' ? col.required : undefined;
    if (!cond) continue;
    const other = def.columns.find((c) => c.key === cond.field)?.enum?.find((w) => !cond.in.includes(w));
    for (const w of cond.in) rows.push({ why: `${col.key} blank when ${cond.field} is ${w}`, values: { ...base(), [cond.field]: w, [col.key]: null } });
    if (other) rows.push({ why: `${col.key} blank when ${cond.field} is ${other}`, values: { ...base(), [cond.field]: other, [col.key]: null } });
  }
  if ('backbone' in firstValid) {
    rows.push({ why: 'backbone: unknown name', values: { ...base(), backbone: '不存在的企业' } });
    if (opts.backbone) rows.push({ why: 'backbone: known name with spaces', values: { ...base(), backbone: ` ${opts.backbone.slice(0, 2)} ${opts.backbone.slice(2)}` } });
  }
  // a row with only 序号 is no data row; a row with only the last column is one
  const onlySerial: Record<string, Cell> = Object.fromEntries(def.columns.map((c) => [c.key, null]));
  const serial = def.columns.find((c) => c.type === 'serial');
  if (serial) rows.push({ why: 'only 序号, as text', values: { ...onlySerial, [serial.key]: 'abc' } });
  const last = def.columns[def.columns.length - 1];
  rows.push({ why: `only ${last.key}`, values: { ...onlySerial, [last.key]: validValue(last, n++, false) } });
  return rows;
}
