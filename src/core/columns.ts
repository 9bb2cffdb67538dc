/** 1 -> A, 27 -> AA */
export function columnLetter(index1: number): string {
  let n = index1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A -> 1, AA -> 27 */
export function columnIndex(letter: string): number {
  let n = 0;
  for (const ch of letter.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `B7` -> { column: 'B', row: 7 }; undefined for anything that is not one cell's address. */
export function splitCellAddress(address: string | undefined): { column: string; row: number } | undefined {
  const m = address ? /^([A-Z]+)(\d+)$/.exec(address) : null;
  return m ? { column: m[1], row: Number(m[2]) } : undefined;
}
