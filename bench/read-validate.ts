// (b) read + validate a 10,000-row return, as a ratio to exceljs's bare readFile of the same file.

import ExcelJS from 'exceljs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { templateWorkbook } from '../src/xlsx/template';
import { readWorkbookFile } from '../src/xlsx/read';
import { validateWorkbook } from '../src/core/validate';
import { backbone } from '../src/core/tables';
import { backboneInputs } from './rows';
import { bestAsync } from './timing';

export async function writeBackboneReturn(file: string, rows: number): Promise<void> {
  const wb = templateWorkbook('base', { dataRows: rows });
  const ws = wb.getWorksheet(backbone.shortName)!;
  for (const input of backboneInputs(rows)) {
    const row = ws.getRow(input.row);
    backbone.columns.forEach((c, i) => {
      const v = input.values[c.key];
      if (v !== null && v !== undefined) row.getCell(i + 1).value = v as ExcelJS.CellValue;
    });
  }
  await wb.xlsx.writeFile(file);
}

export async function benchReadValidate(rows = 10_000): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'torch-bench-'));
  try {
    const file = path.join(dir, 'return.xlsx');
    await writeBackboneReturn(file, rows);
    let issues = 0;
    const bare = await bestAsync(3, () => new ExcelJS.Workbook().xlsx.readFile(file));
    const ours = await bestAsync(3, async () => {
      issues = validateWorkbook(await readWorkbookFile(file)).issues.length;
    });
    return [
      `read + validate a ${rows}-row return: ${ours.toFixed(0)} ms; exceljs bare readFile: ${bare.toFixed(0)} ms`,
      `  ratio ${(ours / bare).toFixed(2)}× (target ≤ 1.30), ${issues} issues`,
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
