// The committed samples are exactly what the generator produces now, and expected.json describes them.
import { strict as assert } from 'assert';
import { mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { generateReturns } from '../../examples/generate-returns';
import type { Expected } from '../../examples/generator/expected';
import { engineNumber } from '../../examples/generator/excel-sum';
import { RETURNS, committedExpected, workbookValues } from './samples';

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('sample returns: committed files match the generator', function () {
  this.timeout(60000);
  let dir: string;
  let generated: Expected;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'torch-samples-'));
    generated = await generateReturns(dir);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('commits the same set of files the generator writes', () => {
    const committed = readdirSync(RETURNS).filter((f) => f.endsWith('.xlsx')).sort();
    const fresh = readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort();
    assert.deepEqual(committed, fresh);
    assert.deepEqual(committed, generated.files.map((f) => f.file).sort());
  });

  it('every committed file opens with exceljs and holds the same sheets and cell values as a fresh run', async () => {
    for (const f of generated.files) {
      const a = workbookValues(await open(path.join(RETURNS, f.file)));
      const b = workbookValues(await open(path.join(dir, f.file)));
      assert.deepEqual(Object.keys(a), Object.keys(b), `${f.file}: sheets`);
      for (const sheet of Object.keys(b)) assert.deepEqual(a[sheet], b[sheet], `${f.file} / ${sheet}`);
    }
  });

  it('commits the expected.json the generator computes', () => {
    assert.deepEqual(committedExpected(), JSON.parse(JSON.stringify(generated)));
  });

  it('expected.json counts and sums agree with the cells of the committed files', async () => {
    for (const f of generated.files) {
      const wb = await open(path.join(RETURNS, f.file));
      for (const [id, t] of Object.entries(f.tables)) {
        const ws = wb.getWorksheet(t.sheet);
        assert.ok(ws, `${f.file}: sheet ${t.sheet} of ${id}`);
        // data rows: the rows between header and 合计 holding a name
        const nameCol = ws.getRow(t.headerRow).values as unknown[];
        const nameIndex = nameCol.findIndex((h) => typeof h === 'string' && /^(企业名称|单位名称|机构名称)$/.test(h));
        assert.ok(nameIndex > 0, `${f.file} / ${t.sheet}: name column`);
        let rows = 0;
        for (let r = t.headerRow + 1; r < t.totalRow!; r++) if (ws.getCell(r, nameIndex).value) rows++;
        assert.equal(rows, t.rows, `${f.file} / ${t.sheet}: data rows`);
        assert.equal(ws.getCell(t.totalRow!, 1).value, '合计');
        for (const [key, sum] of Object.entries(t.sums)) {
          const header = key === 'staff' ? /^从业人员/ : /^(总收入|营业收入)/;
          const col = (ws.getRow(t.headerRow).values as unknown[]).findIndex((h) => typeof h === 'string' && header.test(h));
          assert.ok(col > 0, `${f.file} / ${t.sheet}: column for ${key}`);
          let s = 0;
          for (let r = t.headerRow + 1; r < t.totalRow!; r++) {
            const v = ws.getCell(r, col).value;
            s += engineNumber(typeof v === 'number' || typeof v === 'string' ? v : null) ?? 0;
          }
          assert.ok(Math.abs(s - sum) < 1e-6, `${f.file} / ${t.sheet}: sum of ${key} ${s} vs ${sum}`);
        }
      }
    }
  });
});
