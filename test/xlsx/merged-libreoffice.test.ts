// The merged workbook opened by another spreadsheet program: LibreOffice loads it, recalculates every
// formula, and must get the results we stored. The stored results are first overwritten with wrong values
// so that a LibreOffice that did not recalculate cannot pass.

import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { mergeFiles } from '../../src/cli/merge-command';
import { expandInputs } from '../../src/cli/inputs';
import { openWorkbook, plain, writeProvince } from './merged-fixture';
import { skipUnlessPresent } from '../helpers/skip';
import { recalculateInLibreOffice, soffice } from '../helpers/libreoffice';

function formulaCells(wb: ExcelJS.Workbook): { sheet: string; address: string; result: unknown }[] {
  const out: { sheet: string; address: string; result: unknown }[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => row.eachCell((cell) => {
      const v = cell.value as { formula?: string } | null;
      if (v && typeof v === 'object' && 'formula' in v) out.push({ sheet: ws.name, address: cell.address, result: plain(cell.value) });
    }));
  }
  return out;
}

describe('merged workbook in LibreOffice', function () {
  this.timeout(180000);
  const bin = soffice();
  let dir: string;

  before(function () {
    skipUnlessPresent(this, bin ? null : 'LibreOffice `soffice` is not installed; scripts/install-system-deps.sh installs it');
    dir = mkdtempSync(join(tmpdir(), 'torch-merge-lo-'));
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('opens without repair and recalculates every summary formula to the stored result', async () => {
    const province = await writeProvince();
    try {
      const merged = join(dir, 'merged.xlsx');
      await mergeFiles(await expandInputs([province.dir]), merged);
      const wb = await openWorkbook(merged);
      const expected = formulaCells(wb);
      assert.ok(expected.length > 300, `only ${expected.length} formulas`);

      // wrong cached results: only a real recalculation brings the right ones back
      for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => {
        const v = cell.value as { formula?: string; result?: unknown } | null;
        if (v && typeof v === 'object' && 'formula' in v) {
          cell.value = { formula: v.formula!, result: typeof v.result === 'string' ? '错' : 999999 } as ExcelJS.CellFormulaValue;
        }
      }));
      const tampered = join(dir, 'tampered.xlsx');
      await wb.xlsx.writeFile(tampered);

      const outDir = join(dir, 'lo');
      recalculateInLibreOffice(bin!, [tampered], outDir, join(dir, `lo-${process.pid}-${Date.now()}`));
      const recalculated = await openWorkbook(join(outDir, 'tampered.xlsx'));
      // every sheet survived the round trip
      assert.deepEqual(recalculated.worksheets.map((w) => w.name), wb.worksheets.map((w) => w.name));
      const wrong: string[] = [];
      for (const e of expected) {
        const got = plain(recalculated.getWorksheet(e.sheet)!.getCell(e.address).value);
        const ok = typeof e.result === 'number' ? Math.abs(Number(got) - e.result) < 1e-6 : got === e.result;
        if (!ok) wrong.push(`${e.sheet}!${e.address}: stored ${e.result}, LibreOffice ${got}`);
      }
      assert.deepEqual(wrong.slice(0, 10), []);
    } finally {
      rmSync(province.dir, { recursive: true, force: true });
    }
  });
});
