// (a) cells per second for validating 10,000 backbone rows in memory, against a baseline loop over the same cells.

import { TableChecker } from '../src/core/checks/table-checker';
import { backbone } from '../src/core/tables';
import { columnLetter } from '../src/core/columns';
import { backboneInputs, BACKBONE_CELLS_PER_ROW } from './rows';
import { best, bestMeasured, elapsedMs } from './timing';

export function benchValidateMemory(rows = 10_000): string[] {
  const inputs = backboneInputs(rows);
  const columns: Record<string, string> = {};
  backbone.columns.forEach((c, i) => (columns[c.key] = columnLetter(i + 1)));
  const layout = { sheet: '骨干企业情况表', headerRow: 3, columns, extras: {} };
  const cells = rows * BACKBONE_CELLS_PER_ROW;
  // baseline: touch every cell once (typeof + String), the least any validator must do
  const baseline = best(5, () => {
    let n = 0;
    for (const r of inputs) for (const v of Object.values(r.values)) n += typeof v === 'string' ? String(v).length : 1;
    return n;
  });
  let issues = 0;
  const full = best(5, () => {
    const t = new TableChecker(backbone, layout);
    t.setRows(inputs);
    issues = t.issues().length;
  });
  const one = bestMeasured(5, () => {
    const t = new TableChecker(backbone, layout);
    t.setRows(inputs);
    const start = process.hrtime.bigint();
    t.setRows([inputs[rows >> 1]]);
    t.issues();
    return elapsedMs(start);
  });
  const rate = cells / (full / 1000);
  return [
    `validate ${rows} backbone rows in memory: ${full.toFixed(0)} ms, ${(rate / 1e6).toFixed(2)} M cells/s (target ≥ 1.00), ${issues} issues`,
    `  ratio to a bare loop over the same cells: ${(full / baseline).toFixed(1)}×`,
    `  one changed row re-checked in a ${rows}-row table: ${one.toFixed(2)} ms (incremental)`,
  ];
}
