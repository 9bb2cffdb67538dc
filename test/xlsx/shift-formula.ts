// Moves a formula from one cell to another as Excel does when it applies a conditional format to the cells of its
// range: relative row and column parts of A1 references shift, `$` parts stay. Text in quotes and names are left alone.
// Enough for the formulas we generate (no quotes inside text, no sheet-qualified references).

import { columnIndex, columnLetter } from '../../src/core/columns';

const REF = /(^|[^A-Za-z0-9_$.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;


export function shiftFormula(formula: string, rows: number, columns: number): string {
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(REF, (_m, pre: string, dc: string, col: string, dr: string, row: string) =>
      `${pre}${dc}${dc ? col : columnLetter(columnIndex(col) + columns)}${dr}${dr ? row : Number(row) + rows}`)))
    .join('"');
}
