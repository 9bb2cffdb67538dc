// One official table laid out as a sheet plan: title, name line, header, data rows, 合计, footer.
import type { ColumnDef, TableDef } from '../types';
import { addr, range } from './a1';
import { columnLetter } from '../columns';
import {
  DEFAULT_DATA_ROWS, FIRST_DATA_ROW, FOOTER_ITEMS, HEADER_ROW, NAME_ROW, PAGE_FOOTER, TITLE_ROW, TOTAL_LABEL, UNIT_NOTE, YES,
} from './constants';
import { ListRegistry } from './lists';
import type { PlannedCell, PlannedValidation, SheetPlan } from './plan-types';
import * as S from './styles';
import { validationFor } from './validations';

export interface TablePlanOptions {
  /** empty data rows (default 200) */
  dataRows?: number;
  /** values for the name line: the base/cluster name and the data year */
  appName?: string;
  dataYear?: string | number;
  /** shared across the workbook so equal long lists share one named range */
  lists?: ListRegistry;
}

const DEFAULT_WIDTH = 12;

/** The header as printed: the name with its unit in brackets, e.g. `总收入（万元）`. */
export function headerText(col: ColumnDef): string {
  return col.unit ? `${col.header}（${col.unit}）` : col.header;
}

export function buildTablePlan(def: TableDef, opts: TablePlanOptions = {}): SheetPlan {
  const n = def.columns.length;
  const dataRows = opts.dataRows ?? DEFAULT_DATA_ROWS;
  if (!Number.isInteger(dataRows) || dataRows < 1) throw new Error(`dataRows must be a positive whole number, got ${dataRows}`);
  const lists = opts.lists ?? new ListRegistry();
  const lastData = FIRST_DATA_ROW + dataRows - 1;
  const totalRow = lastData + 1;

  const cells: PlannedCell[] = [];
  const merges: string[] = [];
  const validations: PlannedValidation[] = [];
  const columns: Record<string, string> = {};

  cells.push({ address: addr(1, TITLE_ROW), value: def.title, style: S.TITLE });
  merges.push(range(1, TITLE_ROW, n, TITLE_ROW));

  const nameLine = planNameLine(def, n, opts);
  cells.push(...nameLine.cells);
  merges.push(...nameLine.merges);

  const rangeStyles = def.columns.map((col, i) => {
    const c = i + 1;
    const letter = columnLetter(c);
    columns[col.key] = letter;
    cells.push({ address: addr(c, HEADER_ROW), value: headerText(col), style: S.HEADER });
    const dataRange = range(c, FIRST_DATA_ROW, c, lastData);
    const v = validationFor(col, dataRange, lists);
    if (v) validations.push(v);
    return { range: dataRange, style: S.dataStyle(col) };
  });

  cells.push(...planTotalRow(def, totalRow, merges));
  cells.push(...planFooter(n, totalRow + 2, merges));

  return {
    name: def.shortName,
    kind: 'table',
    tableId: def.id,
    widths: def.columns.map((c) => c.width ?? DEFAULT_WIDTH),
    cells,
    rangeStyles,
    merges,
    rowHeights: { [TITLE_ROW]: 36, [NAME_ROW]: 24, [HEADER_ROW]: 45, [totalRow]: 22, [totalRow + 2]: 24, [totalRow + 3]: 24 },
    validations,
    freeze: { row: FIRST_DATA_ROW, column: nameColumn(def) + 1 },
    print: { landscape: true, fitToWidth: true, repeatRows: [TITLE_ROW, HEADER_ROW], paper: 'A4', footer: PAGE_FOOTER },
    visibility: 'visible',
    layout: {
      titleRow: TITLE_ROW,
      nameRow: NAME_ROW,
      headerRow: HEADER_ROW,
      firstDataRow: FIRST_DATA_ROW,
      lastDataRow: lastData,
      totalRow,
      columns,
      nameCell: nameLine.nameCell,
      yearCell: nameLine.yearCell,
    },
  };
}

/** 1-based column of the unit-name column (合计 is written across the columns up to it). */
function nameColumn(def: TableDef): number {
  const i = def.columns.findIndex((c) => c.key === def.nameKey);
  return i >= 0 ? i + 1 : 1;
}

/** Row 2: `基地名称:` [value] `数据年度:` [value] … unit note, right-aligned at the far end. */
function planNameLine(def: TableDef, n: number, opts: TablePlanOptions) {
  const row = NAME_ROW;
  const cells: PlannedCell[] = [];
  const merges: string[] = [];
  const label = `${def.nameLabel}:`;
  if (n < 8) {
    // too narrow for separate cells: one line of text
    cells.push({ address: addr(1, row), value: `${label}${opts.appName ?? ''}    数据年度：${opts.dataYear ?? ''}    ${unitNote(def)}`, style: S.FOOTER });
    merges.push(range(1, row, n, row));
    return { cells, merges, nameCell: undefined, yearCell: undefined };
  }
  const nameCell = addr(3, row);
  const yearCell = addr(7, row);
  cells.push({ address: addr(1, row), value: label, style: S.LABEL });
  merges.push(range(1, row, 2, row));
  cells.push({ address: nameCell, ...(opts.appName !== undefined ? { value: opts.appName } : {}), style: S.NAME_VALUE });
  merges.push(range(3, row, 4, row));
  cells.push({ address: addr(5, row), value: '数据年度：', style: S.LABEL });
  merges.push(range(5, row, 6, row));
  cells.push({ address: yearCell, ...(opts.dataYear !== undefined ? { value: opts.dataYear } : {}), style: { ...S.NAME_VALUE, numFmt: '0' } });
  cells.push({ address: addr(8, row), value: unitNote(def), style: S.NOTE });
  merges.push(range(8, row, n, row));
  return { cells, merges, nameCell, yearCell };
}

/** The official unit note; the exports part only where the table has a 万美元 column. */
export function unitNote(def: TableDef): string {
  return def.columns.some((c) => c.unit === '万美元') ? UNIT_NOTE : UNIT_NOTE.split('；')[0];
}

/** 合计: sums of numeric columns and counts of 是 over the data rows. */
function planTotalRow(def: TableDef, row: number, merges: string[]): PlannedCell[] {
  const labelSpan = nameColumn(def);
  const cells: PlannedCell[] = [{ address: addr(1, row), value: TOTAL_LABEL, style: S.TOTAL_LABEL_STYLE }];
  if (labelSpan > 1) merges.push(range(1, row, labelSpan, row));
  def.columns.forEach((col, i) => {
    const c = i + 1;
    if (c <= labelSpan) {
      if (c > 1) cells.push({ address: addr(c, row), style: S.TOTAL_LABEL_STYLE });
      return;
    }
    const data = range(c, FIRST_DATA_ROW, c, row - 1);
    const style = S.totalStyle(col);
    if (S.isNumeric(col)) cells.push({ address: addr(c, row), formula: `SUM(${data})`, style });
    else if (col.type === 'yesno') cells.push({ address: addr(c, row), formula: `COUNTIF(${data},"${YES}")`, style });
    else cells.push({ address: addr(c, row), style });
  });
  return cells;
}

/** Footer lines: 填表人 / 联系电话, then 填报单位(盖章) / 填报日期. */
function planFooter(n: number, firstRow: number, merges: string[]): PlannedCell[] {
  const cells: PlannedCell[] = [];
  const second = Math.max(3, Math.ceil(n / 2) + 1);
  FOOTER_ITEMS.forEach(([left, right], i) => {
    const row = firstRow + i;
    cells.push({ address: addr(1, row), value: left, style: S.FOOTER });
    merges.push(range(1, row, Math.min(2, second - 1), row));
    cells.push({ address: addr(second, row), value: right, style: S.FOOTER });
    if (n > second) merges.push(range(second, row, n, row));
  });
  return cells;
}
