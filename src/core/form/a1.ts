// A1 addressing helpers (pure), on top of the core's column letter conversions.
import { columnIndex, columnLetter } from '../columns';

export const addr = (col: number, row: number): string => `${columnLetter(col)}${row}`;

export const range = (c1: number, r1: number, c2: number, r2: number): string => `${addr(c1, r1)}:${addr(c2, r2)}`;

/** Expand 'A1:C2' into its cell addresses, row by row. */
export function cellsOf(a1Range: string): string[] {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1Range);
  if (!m) throw new Error(`bad range ${a1Range}`);
  const c1 = columnIndex(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  const out: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(addr(c, r));
  return out;
}
