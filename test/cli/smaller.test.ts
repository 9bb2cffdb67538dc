// issue 10, "Smaller": unknown options, a file name starting with `-`, date serial 0, invisible marks before
// duplicate checks, a shared formula never calculated, and the CSV export's formula guard.

import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run } from '../helpers/run-cli';
import { parseArgs } from '../../src/cli/args';
import { mergeFiles } from '../../src/cli/merge-command';
import { checkCell } from '../../src/core/checks/cell';
import { nameKey } from '../../src/core/normalise';
import { cover } from '../../src/core/tables';
import { csvField } from '../../src/returns/problems-csv';
import { backboneRow, buildReturn } from '../xlsx/merged-returns';
import { openWorkbook, sheetRows } from '../xlsx/merged-fixture';
import { buildWorkbookPlan } from '../../src/core/form';

describe('issue 10, smaller items', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'torch-smaller-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('an unknown option is an error (exit 2), not ignored', async () => {
    const merge = await run(['merge', 'a.xlsx', '-o', 'x.xlsx', '--jsno', 'r.json']);
    assert.equal(merge.code, 2);
    assert.match(merge.err, /未知的选项「--jsno」/);
    const validate = await run(['validate', 'a.xlsx', '--strict']);
    assert.equal(validate.code, 2);
    assert.match(validate.err, /未知的选项「--strict」/);
    assert.throws(() => parseArgs(['--json=x'], [], {}, ['json']), /不需要值/);
  });

  it('-o takes a file name starting with a dash; an option after -o is no value', async () => {
    assert.deepEqual(parseArgs(['a.xlsx', '-o', '-x.xlsx'], ['out', 'json'], { o: 'out' }).options, { out: '-x.xlsx' });
    assert.throws(() => parseArgs(['a.xlsx', '-o', '--json', 'r.json'], ['out', 'json'], { o: 'out' }), /--out 需要一个值/);
    const file = join(dir, '太原市-甲基地.xlsx');
    await buildReturn({ type: 'industrialization', city: '太原市', name: '甲基地', rows: { backbone: [backboneRow(1)] } }).xlsx.writeFile(file);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await run(['merge', file, '-o', '-x.xlsx']);
      assert.equal(r.code, 0, r.err);
    } finally {
      process.chdir(cwd);
    }
    assert.ok(existsSync(join(dir, '-x.xlsx')));
  });

  it('a date serial 0 (a date cell holding 0, shown as 1900-01-00) is an error', () => {
    const date = cover.fields.find((f) => f.key === 'date')!;
    const zero = checkCell(date, new Date(Date.UTC(1899, 11, 30)));
    assert.equal(zero.value, null);
    assert.deepEqual(zero.findings.map((f) => f.code), ['cell/date']);
    assert.equal(checkCell(date, 0).findings[0]?.code, 'cell/date');
    assert.equal(checkCell(date, new Date(Date.UTC(2018, 5, 1))).value, '2018-06-01');
  });

  it('folds invisible marks (U+200E and other format characters) before comparing names', () => {
    assert.equal(nameKey('山西\u200E甲科技有限公司'), nameKey('山西甲科技有限公司'));
    assert.equal(nameKey('\u202A山西甲科技\u2066有限公司\u2069\u00AD'), nameKey('山西甲科技有限公司'));
  });

  it('a shared formula without a cached result is reported and merged empty, not as the text =F4', async () => {
    const wb = buildReturn({ type: 'industrialization', city: '太原市', name: '乙基地', rows: { backbone: [backboneRow(1), backboneRow(2)] } });
    const layout = buildWorkbookPlan('industrialization', { dataRows: 4 }).sheets.find((s) => s.tableId === 'backbone')!.layout!;
    const ws = wb.getWorksheet('骨干企业情况表')!;
    const col = layout.columns.staff;
    const first = layout.firstDataRow;
    ws.getCell(`${col}${first}`).value = { formula: '100+1', shareType: 'shared', ref: `${col}${first}:${col}${first + 1}` } as never;
    ws.getCell(`${col}${first + 1}`).value = { sharedFormula: `${col}${first}` } as never;
    const file = join(dir, '太原市-乙基地.xlsx');
    await wb.xlsx.writeFile(file);
    const out = join(dir, 'shared.xlsx');
    const { plan } = await mergeFiles([file], out);
    const rows = sheetRows((await openWorkbook(out)).getWorksheet('骨干企业')!);
    const header = Object.keys(rows[0]).find((h) => h.startsWith('年末从业人员'))!;
    assert.deepEqual(rows.map((r) => r[header] ?? null), [null, null]);
    const reported = plan.problems.filter((p) => /是公式但没有计算结果/.test(p.message)).map((p) => p.cell);
    assert.deepEqual(reported, [`${col}${first}`, `${col}${first + 1}`]);
  });

  it('the CSV export keeps a leading tab or carriage return from starting a formula', () => {
    assert.equal(csvField('\t=1+2'), "'\t=1+2");
    assert.equal(csvField('\r=1+2'), '"\'\r=1+2"');
    assert.equal(csvField('=1+2'), "'=1+2");
    assert.equal(csvField('-5'), '-5');
  });
});
