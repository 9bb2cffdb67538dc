// examples/expected.json, computed from the data the generator writes (never by reading the files back).
import { cover as coverDef, tableDef } from '../../src/core/tables';
import type { Severity, TableId } from '../../src/core/types';
import { engineNumber, excelSum } from './excel-sum';
import type { SampleReturn, SampleValue } from './model';
import type { Placement } from './placement';
import { round } from './prng';

export interface ExpectedMistake {
  sheet?: string;
  /** A1 address; absent for mistakes of the whole workbook */
  cell?: string;
  row?: number;
  column?: string;
  field: string;
  code: string;
  severity: Severity;
  value?: string;
  note: string;
}

export interface ExpectedTable {
  sheet: string;
  headerRow: number;
  totalRow?: number;
  /** data rows (blank rows not counted) */
  rows: number;
  /** column sums as the checker reads the cells: text numbers count, a number with a unit counts as empty */
  sums: Record<string, number>;
}

export interface ExpectedFile {
  file: string;
  layout: 'template' | 'hand';
  appType: string;
  city: string;
  appName: string;
  hasCover: boolean;
  /** 填报日期 as yyyy-mm-dd, from the cover */
  date: string | null;
  tables: Partial<Record<TableId, ExpectedTable>>;
  mistakes: ExpectedMistake[];
  notes: string[];
}

export interface CrossDuplicate {
  uscc: string;
  occurrences: { file: string; sheet: string; row: number; name: string }[];
}

export interface Expected {
  generatedBy: string;
  files: ExpectedFile[];
  resubmissions: { superseded: string; by: string }[];
  crossDuplicates: CrossDuplicate[];
}

const SUMMED = ['revenue', 'staff'];

function isoDate(v: SampleValue | undefined): string | null {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const m = typeof v === 'string' ? /^(\d{4})\D+(\d{1,2})\D+(\d{1,2})/.exec(v) : null;
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
}

function display(v: SampleValue | undefined): string | undefined {
  if (v === null || v === undefined) return undefined;
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
}

export function expectedFile(r: SampleReturn, p: Placement): ExpectedFile {
  const tables: ExpectedFile['tables'] = {};
  for (const t of r.tables) {
    const place = p.tables[t.id]!;
    const sums: Record<string, number> = {};
    for (const key of SUMMED) {
      if (!tableDef(t.id).columns.some((c) => c.key === key)) continue;
      sums[key] = round(t.rows.reduce((s, row) => s + (engineNumber(row[key] ?? null) ?? 0), 0), 4);
    }
    tables[t.id] = { sheet: place.sheet, headerRow: place.headerRow, totalRow: place.totalRow, rows: t.rows.length, sums };
  }
  return {
    file: r.file,
    layout: r.layout,
    appType: r.appType,
    city: r.city,
    appName: r.appName,
    hasCover: r.cover !== undefined,
    date: isoDate(r.cover?.date),
    tables,
    mistakes: r.mistakes.map((m) => placeMistake(r, p, m)),
    notes: r.notes ?? [],
  };
}

function placeMistake(r: SampleReturn, p: Placement, m: SampleReturn['mistakes'][number]): ExpectedMistake {
  const base = { code: m.code, severity: m.severity, note: m.note };
  if (m.table) {
    const place = p.tables[m.table]!;
    const column = place.columns[m.field];
    const row = m.total ? place.totalRow! : place.rows[m.rowIndex!];
    if (!column || !row) throw new Error(`${r.file}: mistake on ${m.table}.${m.field} has no cell`);
    const header = tableDef(m.table).columns.find((c) => c.key === m.field)!.header;
    const t = r.tables.find((x) => x.id === m.table)!;
    // a 合计 cell shows the number typed over the formula, or the result Excel saved for it
    const value = m.total ? t.totalOverrides?.[m.field] ?? excelSum(t.rows.map((x) => x[m.field] ?? null)) : t.rows[m.rowIndex!][m.field];
    const shown = display(typeof value === 'number' || typeof value === 'string' || value instanceof Date ? value : undefined);
    return { sheet: place.sheet, cell: `${column}${row}`, row, column, field: header, ...(shown !== undefined ? { value: shown } : {}), ...base };
  }
  if (m.coverField) {
    const cell = p.cover!.cells[m.coverField];
    const header = coverDef.fields.find((f) => f.key === m.coverField)!.header;
    return { sheet: p.cover!.sheet, cell, row: Number(cell.slice(1)), column: cell[0], field: header, ...base };
  }
  return { field: m.field, ...base };
}

/** Applications sent more than once (same city, type and name): the latest 填报日期 wins. */
export function resubmissions(files: ExpectedFile[]): Expected['resubmissions'] {
  const groups = new Map<string, ExpectedFile[]>();
  for (const f of files) {
    const key = `${f.city}|${f.appType}|${f.appName}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const out: Expected['resubmissions'] = [];
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const sorted = [...g].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    const latest = sorted[sorted.length - 1];
    for (const f of sorted.slice(0, -1)) out.push({ superseded: f.file, by: latest.file });
  }
  return out;
}

/** Credit codes found in more than one application (superseded files left out). */
export function crossDuplicates(returns: SampleReturn[], placements: Map<string, Placement>, superseded: Set<string>): CrossDuplicate[] {
  const byCode = new Map<string, { app: string; file: string; sheet: string; row: number; name: string }[]>();
  for (const r of returns) {
    if (superseded.has(r.file)) continue;
    for (const t of r.tables) {
      const place = placements.get(r.file)!.tables[t.id]!;
      t.rows.forEach((row, i) => {
        const code = String(row.uscc);
        const list = byCode.get(code) ?? [];
        list.push({ app: `${r.city}|${r.appType}|${r.appName}`, file: r.file, sheet: place.sheet, row: place.rows[i], name: String(row.name) });
        byCode.set(code, list);
      });
    }
  }
  return [...byCode.entries()]
    .filter(([, list]) => new Set(list.map((o) => o.app)).size > 1)
    .map(([uscc, list]) => ({ uscc, occurrences: list.map(({ file, sheet, row, name }) => ({ file, sheet, row, name })) }))
    .sort((a, b) => a.uscc.localeCompare(b.uscc));
}
