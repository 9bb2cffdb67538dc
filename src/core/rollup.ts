// Roll-up of one application from its normalised rows: the figures of FIGURES, its issue counts and status.
// Used by the province's merge and, later, by a 汇总 sheet inside a clerk's own workbook.

import type { FieldValue, Issue, NormalRow, TableId } from './types';
import type { ValidationResult } from './validate';
import { summariseIssues } from './report';
import { outcomeOfCounts, type ReadOutcome } from './outcome';
import { FIGURES, type FigureDef, type FigureTerm } from './rollup-figures';

export { FIGURES, figureDef, figureHeader, type FigureDef, type FigureTerm, type FigureCondition } from './rollup-figures';

/** figure key -> value */
export type Figures = Record<string, number>;

export type ApplicationStatus = 'pass' | 'warnings' | 'errors';

export const STATUS_LABEL: Record<ApplicationStatus, string> = { pass: '通过', warnings: '有警告', errors: '有错误' };

export interface ApplicationRollup {
  figures: Figures;
  errors: number;
  warnings: number;
  status: ApplicationStatus;
}

/** Rows of one table, as the roll-up needs them. */
export interface RollupTable {
  id: TableId;
  rows: NormalRow[];
}

export function zeroFigures(): Figures {
  return Object.fromEntries(FIGURES.map((f) => [f.key, 0]));
}

function holds(values: Record<string, FieldValue>, term: FigureTerm): boolean {
  return term.where.every((c) => values[c.field] === c.equals);
}

/** Money sums carry float noise (0.1 + 0.2); figures are rounded far below any shown decimal. */
export function roundFigure(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export function termValue(term: FigureTerm, rows: NormalRow[]): number {
  let total = 0;
  for (const r of rows) {
    if (!holds(r.values, term)) continue;
    if (term.field === undefined) total += 1;
    else {
      const v = r.values[term.field];
      if (typeof v === 'number') total += v;
    }
  }
  return total;
}

export function figureValue(f: FigureDef, tables: RollupTable[]): number {
  let total = 0;
  for (const term of f.terms) for (const t of tables) if (t.id === term.table) total += termValue(term, t.rows);
  return roundFigure(total);
}

/** The figures of a set of tables (one application's, or any rows at all). */
export function rollupTables(tables: RollupTable[]): Figures {
  return Object.fromEntries(FIGURES.map((f) => [f.key, figureValue(f, tables)]));
}

const STATUS_OF: Record<ReadOutcome, ApplicationStatus> = { return: 'errors', warn: 'warnings', pass: 'pass' };

/** The outcome (src/core/outcome.ts) under the name the merged workbook and the CLI's JSON use. */
export function statusOf(errors: number, warnings: number): ApplicationStatus {
  return STATUS_OF[outcomeOfCounts({ errors, warnings })];
}

/** One application's roll-up; `extraIssues` are file-level issues found outside the engine (e.g. an inferred cover). */
export function rollupApplication(result: ValidationResult, extraIssues: Issue[] = []): ApplicationRollup {
  const figures = rollupTables(result.tables.map((t) => ({ id: t.def.id, rows: t.rows })));
  const c = summariseIssues([...result.issues, ...extraIssues]);
  return { figures, errors: c.errors, warnings: c.warnings, status: statusOf(c.errors, c.warnings) };
}

export function addFigures(into: Figures, add: Figures): Figures {
  for (const k of Object.keys(add)) into[k] = roundFigure((into[k] ?? 0) + add[k]);
  return into;
}
