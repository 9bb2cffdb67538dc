// A1 addressing helpers (pure).

/** 1 -> A, 27 -> AA */
export function colLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`bad column number ${n}`);
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A -> 1, AA -> 27 */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export const addr = (col: number, row: number): string => `${colLetter(col)}${row}`;

export const range = (c1: number, r1: number, c2: number, r2: number): string => `${addr(c1, r1)}:${addr(c2, r2)}`;

/** Expand 'A1:C2' into its cell addresses, row by row. */
export function cellsOf(a1Range: string): string[] {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1Range);
  if (!m) throw new Error(`bad range ${a1Range}`);
  const c1 = colNumber(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? colNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  const out: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(addr(c, r));
  return out;
}
