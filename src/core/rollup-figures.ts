// Which roll-up figures exist and which detail rows and columns each one counts or sums.
// The description is data, so the same figures can be computed here in the core and written as
// COUNTIFS/SUMIFS formulas by any host (exceljs for the merged workbook, Office.js in a clerk's workbook).

import type { TableId } from './types';
import { ENTERPRISE_CLASSES, INSTITUTION_CLASSES } from './tables/common';
import { YES } from './form/constants';

/** A detail row counts for a term when every condition holds (text equality on the normalised value). */
export interface FigureCondition {
  field: string;
  equals: string;
}

/** One COUNTIFS (no `field`) or SUMIFS (over `field`) over one table's detail rows. */
export interface FigureTerm {
  table: TableId;
  /** the summed column; absent = the rows are counted */
  field?: string;
  where: FigureCondition[];
}

export interface FigureDef {
  key: string;
  /** column header in summaries */
  label: string;
  unit?: string;
  /** the figure is the sum of its terms */
  terms: FigureTerm[];
}

const isEnterpriseClass = ENTERPRISE_CLASSES.map((c) => ({ field: 'category', equals: c }));

/** Enterprise rows: every 骨干/关联 row, and the cluster rows whose 单位类别 is an enterprise class. */
function overEnterprises(field: string | undefined, tables: TableId[], extra: FigureCondition[] = []): FigureTerm[] {
  const terms: FigureTerm[] = [];
  for (const table of tables) {
    if (table === 'cluster') for (const c of isEnterpriseClass) terms.push({ table, field, where: [c, ...extra] });
    else terms.push({ table, field, where: extra });
  }
  return terms;
}

const ENTERPRISE_TABLES: TableId[] = ['backbone', 'related', 'cluster'];
const hightech = { field: 'hightech', equals: YES };

function sum(key: string, label: string, unit: string, field: string, tables: TableId[] = ENTERPRISE_TABLES): FigureDef {
  return { key, label, unit, terms: overEnterprises(field, tables) };
}

/** Institution rows of one class: the 科技服务机构 table's 机构类别 and the cluster table's 单位类别. */
function institutions(extra: FigureCondition[], classes: string[]): FigureTerm[] {
  return classes.flatMap((c) => [
    { table: 'services' as TableId, where: [{ field: 'category', equals: c }, ...extra] },
    { table: 'cluster' as TableId, where: [{ field: 'category', equals: c }, ...extra] },
  ]);
}

/**
 * The figures of the reference's roll-up rules, in the order summaries show them. Enterprise figures cover
 * 骨干企业, 主要关联企业 and the cluster's enterprises (a table without the column simply adds nothing);
 * institutions are the 科技服务机构 rows and the cluster's institution rows; a row whose class is empty or
 * not on the list is counted in no class (it is reported as an error on its own).
 */
export const FIGURES: FigureDef[] = [
  { key: 'enterprises', label: '企业数', unit: '家', terms: overEnterprises(undefined, ENTERPRISE_TABLES) },
  { key: 'hightech', label: '其中：高新技术企业', unit: '家', terms: overEnterprises(undefined, ENTERPRISE_TABLES, [hightech]) },
  sum('revenue', '总收入（营业收入）', '万元', 'revenue'),
  sum('output', '工业总产值', '万元', 'output', ['backbone']),
  sum('profit', '净利润', '万元', 'profit', ['backbone']),
  sum('tax', '上缴税费', '万元', 'tax', ['backbone']),
  sum('exports', '出口创汇', '万美元', 'exports', ['backbone']),
  sum('staff', '从业人员', '人', 'staff'),
  sum('rdStaff', '研发人员', '人', 'rdStaff', ['backbone']),
  sum('rdSpend', '研发经费（研发投入）', '万元', 'rdSpend', ['backbone', 'cluster']),
  sum('patents', '有效发明专利', '件', 'patents', ['backbone', 'cluster']),
  ...INSTITUTION_CLASSES.map((c, i): FigureDef => ({ key: `institutions${i + 1}`, label: c, unit: '家', terms: institutions([], [c]) })),
  { key: 'institutions', label: '服务机构合计', unit: '家', terms: [
    { table: 'services', where: [] },
    ...INSTITUTION_CLASSES.map((c) => ({ table: 'cluster' as TableId, where: [{ field: 'category', equals: c }] })),
  ] },
  { key: 'national', label: '其中：国家级机构', unit: '家', terms: [
    { table: 'services', where: [{ field: 'national', equals: YES }] },
    ...institutions([{ field: 'national', equals: YES }], INSTITUTION_CLASSES).filter((t) => t.table === 'cluster'),
  ] },
];

export function figureDef(key: string): FigureDef {
  const f = FIGURES.find((d) => d.key === key);
  if (!f) throw new Error(`unknown figure ${key}`);
  return f;
}

/** Header as shown: `总收入（营业收入）（万元）`; counts in 家 keep the bare label. */
export function figureHeader(f: FigureDef): string {
  return f.unit && f.unit !== '家' ? `${f.label}（${f.unit}）` : f.label;
}
