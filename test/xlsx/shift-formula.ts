// Moves a formula from one cell to another as Excel does when it applies a conditional format to the cells of its
// range: relative row and column parts of A1 references shift, `$` parts stay. Text in quotes and names are left alone.
// Enough for the formulas we generate (no quotes inside text, no sheet-qualified references).

const REF = /(^|[^A-Za-z0-9_$.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

function letters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
const index = (l: string): number => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

export function shiftFormula(formula: string, rows: number, columns: number): string {
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(REF, (_m, pre: string, dc: string, col: string, dr: string, row: string) =>
      `${pre}${dc}${dc ? col : letters(index(col) + columns)}${dr}${dr ? row : Number(row) + rows}`)))
    .join('"');
}
