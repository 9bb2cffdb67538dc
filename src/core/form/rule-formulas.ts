// The engine's cell and row checks of one table written as spreadsheet formulas, one rule per check and column, so
// that a workbook marks mistakes itself (conditional formats) in Excel 2010+, WPS and LibreOffice without the add-in.
// Every rule comes from the table definition: a new column with a type, an enumeration or a length gets its rules
// with no code here. A formula is TRUE where the engine reports one of the rule's issue codes; a formula that works
// out to an error value marks nothing, as a conditional format does, which the formulas rely on where an input is
// not what the rule is about (an error value in the cell, a code with a character outside the alphabet).
// Only functions every target knows: no dynamic arrays, LET or LAMBDA; arrays only inside SUMPRODUCT (conditional
// formats evaluate their formula as an array formula in every host; IFERROR over a range needs that in legacy Excel).
import type { AppRule, ColumnDef, Condition, CoverDef, NotGreaterRule, Severity, TableDef } from '../types';
import { NO, YES } from './constants';
import { columnIndex } from '../columns';
import { stringLiteral as str } from '../rollup-formulas';

/** Defined names the formulas use (see rule-names.ts for what each holds). */
export interface RuleNames {
  /** one cell: the 31 characters of a credit code, in the order of their values */
  usccChars: string;
  /** 18 cells in rows 1–18 of their sheet: the 17 weights and a 0 (ROW of it numbers the positions) */
  usccWeights: string;
  /** the characters a number typed as text may hold: digits, point, comma, signs */
  numberChars: string;
  /** the codes people confirmed on 信用代码确认, when the workbook has that sheet */
  confirmed?: string;
  /** field key -> the name of the cells a `references` rule looks its value up in */
  references?: Record<string, string>;
}

/** Where a table sits: the column letter of each field, and its first and last data rows. */
export interface RuleLayout {
  columns: Record<string, string>;
  firstDataRow: number;
  lastDataRow: number;
}

export interface RuleFormula {
  /** what the rule checks, for people and test messages: 'required', 'number', 'uscc-checksum', … */
  check: string;
  /** the engine's issue codes this rule stands for */
  codes: string[];
  severity: Exclude<Severity, 'notice'>;
  /** the field whose cells the rule marks */
  field: string;
  /** the formula (without '=') for that field's cell in sheet row `row`; relative references move with the cell */
  at(row: number): string;
  /** the same formula in every column (shifted): one conditional format can cover the whole table */
  everyColumn?: boolean;
}

// ---- expressions over one cell reference -------------------------------------------------------------------------

const IDEOGRAPHIC_SPACE = '\u3000';

/** The text as the engine folds it: full-width to half-width (ASC), ideographic spaces as spaces, trimmed. */
const text = (r: string): string => `TRIM(SUBSTITUTE(ASC(${r}),${str(IDEOGRAPHIC_SPACE)}," "))`;
/** Without any spaces: codes, numbers typed as text, names compared as keys. */
const packed = (r: string): string => `SUBSTITUTE(SUBSTITUTE(ASC(${r})," ",""),${str(IDEOGRAPHIC_SPACE)},"")`;
const filled = (r: string): string => `LEN(${text(r)})>0`;
const blank = (r: string): string => `LEN(${text(r)})=0`;
/** A credit code as the engine reads it: without spaces, upper case. */
const code = (r: string): string => `UPPER(${packed(r)})`;
/** A list of words holding the cell's folded text exactly (EXACT: case-sensitive, no wildcards, as the engine). */
const oneOf = (r: string, words: string[]): string => `OR(${words.map((w) => `EXACT(${text(r)},${str(w)})`).join(',')})`;

/**
 * A number, or text the engine reads as one (digits with one sign in front, a point, thousands commas): only those
 * characters, and VALUE can read it (not the empty text). `-` after the first character would make Excel's VALUE
 * read a date (LibreOffice's refuses it anyway).
 */
function isNumber(r: string, names: RuleNames): string {
  const u = packed(r);
  return `OR(ISNUMBER(${r}),AND(SUMPRODUCT(LEN(${u})-LEN(SUBSTITUTE(${u},${names.numberChars},"")))=LEN(${u}),`
    + `ISNUMBER(VALUE(${u})),ISERROR(FIND("-",${u},2))))`;
}
const numberOf = (r: string): string => `IF(ISNUMBER(${r}),${r},VALUE(${packed(r)}))`;

/** Whether the 18 characters of a code are all in the alphabet (FIND fails on any other one). */
const inAlphabet = (s: string, n: RuleNames): string => `ISNUMBER(SUMPRODUCT(FIND(MID(${s},ROW(${n.usccWeights}),1),${n.usccChars})))`;
/** The check character GB 32100-2015 gives the first 17 characters (the 18th weight is 0). */
const checkChar = (s: string, n: RuleNames): string =>
  `MID(${n.usccChars},MOD(-SUMPRODUCT((FIND(MID(${s},ROW(${n.usccWeights}),1),${n.usccChars})-1)*${n.usccWeights}),31)+1,1)`;

/** How many cells of `range` hold the key of `r` (spaces dropped, case ignored as the engine's name keys). */
const countKey = (range: string, r: string): string =>
  `SUMPRODUCT(--(IFERROR(${packed(range)},"")=${packed(r)}))`;

// ---- references --------------------------------------------------------------------------------------------------

const cellRef = (letter: string, row: number, absColumn = false): string => `${absColumn ? '$' : ''}${letter}${row}`;

function columnRuns(letters: string[]): [string, string][] {
  const sorted = [...letters].sort((a, b) => columnIndex(a) - columnIndex(b));
  const runs: [string, string][] = [];
  for (const l of sorted) {
    const last = runs[runs.length - 1];
    if (last && columnIndex(l) === columnIndex(last[1]) + 1) last[1] = l;
    else runs.push([l, l]);
  }
  return runs;
}

/**
 * Whether a row is a data row: something other than 序号 filled in (the engine's blank-row rule). Error values count
 * as filled, as they do for the engine.
 */
function rowFilled(def: TableDef, layout: RuleLayout, row: number): string {
  const letters = def.columns.filter((c) => c.type !== 'serial' && c.key in layout.columns).map((c) => layout.columns[c.key]);
  return columnRuns(letters)
    .map(([a, b]) => `SUMPRODUCT(LEN(IFERROR(${text(`$${a}${row}:$${b}${row}`)},"#")))`)
    .join('+') + '>0';
}

// ---- the rules ---------------------------------------------------------------------------------------------------

type Make = Omit<RuleFormula, 'field' | 'severity'> & { severity?: RuleFormula['severity'] };

/** `dataRow`: the formula telling a table's data row (absent on the cover, where every field is one). */
function cellRules(col: ColumnDef, layout: RuleLayout, names: RuleNames, dataRow?: (row: number) => string): Make[] {
  const L = layout.columns[col.key];
  const r = (row: number) => cellRef(L, row);
  const out: Make[] = [{ check: 'error-value', codes: ['cell/error-value'], at: (row) => `ISERROR(${r(row)})`, everyColumn: true }];
  if (col.required === true) {
    out.push({ check: 'required', codes: ['cell/required'], at: (row) => (dataRow ? `AND(${blank(r(row))},${dataRow(row)})` : blank(r(row))) });
  } else if (col.required && col.required.field in layout.columns) {
    const cond: Condition = col.required;
    const when = (row: number) => oneOf(cellRef(layout.columns[cond.field], row, true), cond.in);
    out.push({ check: 'required', codes: ['cell/required'], at: (row) => `AND(${blank(r(row))},${when(row)})` });
  }
  switch (col.type) {
    case 'serial':
    case 'integer':
    case 'number':
      out.push(...numberRules(col, layout, names, dataRow));
      break;
    case 'uscc':
      out.push(...codeRules(r, names));
      break;
    case 'enum':
    case 'yesno': {
      const words = col.type === 'yesno' ? [YES, NO] : col.enum ?? [];
      out.push({ check: 'enum', codes: ['cell/enum', 'cell/yesno'], at: (row) => `AND(${filled(r(row))},NOT(${oneOf(r(row), words)}))` });
      break;
    }
  }
  if (col.maxLength !== undefined && isText(col)) {
    out.push({ check: 'length', codes: ['cell/length'], at: (row) => `LEN(${text(r(row))})>${col.maxLength}` });
  }
  if (col.unique) {
    const above = (row: number) => `$${L}$${layout.firstDataRow}:${cellRef(L, row)}`;
    out.push({ check: 'duplicate', codes: ['table/duplicate'], at: (row) => `AND(${filled(r(row))},${countKey(above(row), r(row))}>1)` });
  }
  return out;
}

const isText = (col: ColumnDef): boolean => ['text', 'enum', 'yesno', 'phone', 'email'].includes(col.type);

function numberRules(col: ColumnDef, layout: RuleLayout, names: RuleNames, dataRow?: (row: number) => string): Make[] {
  const L = layout.columns[col.key];
  const r = (row: number) => cellRef(L, row);
  // 序号 alone does not make a data row: its rules hold on data rows only
  const guard = (row: number, f: string) => (col.type === 'serial' && dataRow ? `AND(${dataRow(row)},${f})` : f);
  const ifNumber = (row: number, test: string) => guard(row, `IF(${isNumber(r(row), names)},${test})`);
  const out: Make[] = [{
    check: 'number',
    codes: ['cell/not-number', 'cell/unit-in-number'],
    at: (row) => guard(row, `AND(${filled(r(row))},NOT(${isNumber(r(row), names)}))`),
  }];
  if (col.type !== 'number') out.push({ check: 'integer', codes: ['cell/not-integer'], at: (row) => ifNumber(row, `MOD(${numberOf(r(row))},1)<>0`) });
  if (col.min !== undefined) out.push({ check: 'min', codes: ['cell/min'], at: (row) => ifNumber(row, `${numberOf(r(row))}<${col.min}`) });
  if (col.max !== undefined) out.push({ check: 'max', codes: ['cell/max'], at: (row) => ifNumber(row, `${numberOf(r(row))}>${col.max}`) });
  return out;
}

function codeRules(r: (row: number) => string, names: RuleNames): Make[] {
  const s = (row: number) => code(r(row));
  const text18 = (row: number) => `NOT(ISNUMBER(${r(row)})),LEN(${s(row)})=18,${inAlphabet(s(row), names)}`;
  const unconfirmed = (row: number) => (names.confirmed ? `,${countKey(names.confirmed, r(row))}=0` : '');
  return [
    { check: 'uscc-number', codes: ['cell/uscc-as-number'], at: (row) => `ISNUMBER(${r(row)})` },
    {
      check: 'uscc',
      codes: ['cell/uscc'],
      at: (row) => `AND(NOT(ISNUMBER(${r(row)})),LEN(${s(row)})>0,OR(LEN(${s(row)})<>18,NOT(${inAlphabet(s(row), names)})))`,
    },
    {
      check: 'uscc-checksum',
      codes: ['cell/uscc-checksum'],
      at: (row) => `IF(AND(${text18(row)}),AND(${checkChar(s(row), names)}<>RIGHT(${s(row)})${unconfirmed(row)}))`,
    },
  ];
}

function notGreater(rule: NotGreaterRule, layout: RuleLayout, names: RuleNames): Make | undefined {
  const a = layout.columns[rule.field];
  const b = layout.columns[rule.than];
  if (!a || !b || rule.severity === 'notice') return undefined;
  const factor = rule.factor === undefined || rule.factor === 1 ? '' : `*${rule.factor}`;
  return {
    check: `not-greater:${rule.than}`,
    codes: [rule.message ?? 'row/not-greater'],
    severity: rule.severity,
    at: (row) => {
      const [x, y] = [cellRef(a, row, true), cellRef(b, row, true)];
      return `IF(AND(${isNumber(x, names)},${isNumber(y, names)}),${numberOf(x)}${factor}>${numberOf(y)}+1E-9)`;
    },
  };
}

function referenceRule(rule: Extract<AppRule, { kind: 'references' }>, layout: RuleLayout, names: RuleNames): Make | undefined {
  const L = layout.columns[rule.field];
  const target = names.references?.[rule.field];
  if (!L || !target || rule.severity === 'notice') return undefined;
  const r = (row: number) => cellRef(L, row);
  return {
    check: 'reference',
    codes: ['app/unknown-backbone'],
    severity: rule.severity,
    at: (row) => `AND(${filled(r(row))},${countKey(target, r(row))}=0)`,
  };
}

/**
 * The rules of one table: per column its cell checks, then the row rules and the application's `references` rules
 * that start from this table. Warnings among the row rules come along with their severity.
 */
export function ruleFormulas(def: TableDef, layout: RuleLayout, names: RuleNames, appRules: AppRule[] = []): RuleFormula[] {
  const out: RuleFormula[] = [];
  const add = (field: string, m: Make | undefined) => {
    if (m) out.push({ severity: 'error', ...m, field });
  };
  for (const col of def.columns) {
    if (!(col.key in layout.columns)) continue;
    for (const m of cellRules(col, layout, names, (row) => rowFilled(def, layout, row))) add(col.key, m);
  }
  for (const rule of def.rowRules) if (rule.kind === 'not-greater') add(rule.field, notGreater(rule, layout, names));
  for (const rule of appRules) {
    if (rule.kind === 'references' && rule.table === def.id) add(rule.field, referenceRule(rule, layout, names));
  }
  return out;
}

/**
 * The cover's fields (one value cell each, `cells`: field key -> A1): the same cell rules, without a data-row test.
 * Year, phone, e-mail and date formats are left to the engine.
 */
export function coverRuleFormulas(def: CoverDef, cells: Record<string, string>, names: RuleNames): RuleFormula[] {
  const columns = Object.fromEntries(Object.entries(cells).map(([k, a]) => [k, a.replace(/\d+$/, '')]));
  const layout: RuleLayout = { columns, firstDataRow: 0, lastDataRow: 0 };
  return def.fields
    .filter((f) => f.key in cells)
    .flatMap((f) => cellRules(f, layout, names).map((m): RuleFormula => ({ severity: 'error', ...m, field: f.key, everyColumn: false })));
}
