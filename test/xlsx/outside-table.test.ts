// issue 10.3: rows outside the table are never dropped in silence. An enterprise typed below the 合计 row is
// merged (with a warning to move it); a table continued on 骨干企业情况表(2) is read too; a value in a column with
// no header is kept under a made-up header; values below the table that do not read as a row are errors naming
// their cells and are counted as left out, so rows read = written + superseded + left out.

import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeCommand } from '../../src/cli/merge-command';
import { backbone } from '../../src/core/tables';
import { buildWorkbookPlan } from '../../src/core/form';
import { belowKind, continues } from '../../src/core/outside-table';
import { backboneRow, buildReturn, code } from './merged-returns';
import { openWorkbook, sheetRows } from './merged-fixture';
import { plantOutside } from '../helpers/outside-rows';

const SHEET = backbone.shortName;

describe('rows and cells outside the table (issue 10.3)', function () {
  this.timeout(120_000);
  let dir: string;
  let report: any;
  let code1: number;
  let lines: string[];
  let totalRow: number;
  let extraCol: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'torch-outside-'));
    const spec = { type: 'industrialization' as const, city: '太原市', name: '甲基地', rows: { backbone: [1, 2, 3].map((n) => backboneRow(n)) } };
    const wb = buildReturn(spec);
    const layout = buildWorkbookPlan('industrialization', { dataRows: 5 }).sheets.find((s) => s.tableId === 'backbone')!.layout!;
    const ws = wb.getWorksheet(SHEET)!;
    ({ totalRow, extraCol } = plantOutside(ws, layout));
    // the table continued on a second sheet with the same header
    const more = wb.addWorksheet(`${SHEET}(2)`);
    for (let r = 1; r < layout.firstDataRow; r++) {
      ws.getRow(r).eachCell((cell, c) => (more.getRow(r).getCell(c).value = cell.value));
    }
    [4, 5].forEach((n, i) => {
      const data = backboneRow(n);
      for (const [key, v] of Object.entries(data)) if (layout.columns[key]) more.getCell(`${layout.columns[key]}${layout.firstDataRow + i}`).value = v;
    });
    await wb.xlsx.writeFile(join(dir, '太原市-甲基地.xlsx'));
    lines = [];
    code1 = await mergeCommand([join(dir, '太原市-甲基地.xlsx'), '-o', join(dir, 'out.xlsx'), '--json', join(dir, 'r.json')], (l) => lines.push(l));
    report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('accounts every row: read = written + superseded + left out, and says how many were left out', () => {
    assert.equal(code1, 1, lines.join('\n'));
    assert.deepEqual([report.rows.read, report.rows.written, report.rows.superseded, report.rows.leftOut, report.rows.ok], [7, 6, 0, 1, true]);
    assert.match(lines[1], /明细 6 行；读取 7 行，1 行未合并（见「问题清单」）/);
    const tables = report.files[0].tables.map((t: any) => [t.sheet, t.read, t.written, t.leftOut]);
    assert.deepEqual(tables, [[SHEET, 5, 4, 1], [`${SHEET}(2)`, 2, 2, 0]]);
  });

  it('merges the row below 合计 and the continuation sheet, keeping each row\'s sheet and row', async () => {
    const rows = sheetRows((await openWorkbook(join(dir, 'out.xlsx'))).getWorksheet('骨干企业')!);
    assert.deepEqual(rows.map((r) => [r['原工作表'], r['原行号'], r['企业名称']]).slice(3), [
      [SHEET, totalRow + 5, '山西迟到科技有限公司'],
      [`${SHEET}(2)`, 4, backboneRow(4).name],
      [`${SHEET}(2)`, 5, backboneRow(5).name],
    ]);
    const header = `（无表头）${extraCol}列`;
    assert.deepEqual(rows.map((r) => r[header] ?? null), [null, '另有分厂', null, null, null, null]);
  });

  it('reports the cells left out by address, the late row, the headerless column and the continuation', () => {
    const issues = report.issues.filter((i: any) => i.sheet === SHEET || i.sheet === `${SHEET}(2)`);
    const left = issues.find((i: any) => /不像数据行，未合并/.test(i.message));
    assert.equal(left.severity, 'error');
    assert.match(left.message, new RegExp(`合计行之后的第 ${totalRow + 7} 行有内容（[A-Z]+${totalRow + 7}、[A-Z]+${totalRow + 7}）`));
    assert.ok(issues.some((i: any) => i.severity === 'warning' && new RegExp(`第 ${totalRow + 5} 行在合计行之后，看起来是数据行，已一并合并`).test(i.message)));
    assert.ok(issues.some((i: any) => i.severity === 'warning' && new RegExp(`${extraCol} 列没有表头，其中的内容（${extraCol}5）已作为「（无表头）${extraCol}列」列保留`).test(i.message)));
    assert.ok(issues.some((i: any) => i.severity === 'notice' && i.sheet === `${SHEET}(2)` && /作为续表一并读取/.test(i.message)));
    assert.ok(!issues.some((i: any) => /出现了不止一次/.test(i.message)));
    assert.ok(!issues.some((i: any) => /截至2017年底/.test(i.message) || i.row === totalRow + 9), 'a remark under the table is no data');
  });

  it('the rule for a row below the table, and for a continuation sheet\'s name', () => {
    const cols = { serial: 1, name: 2, uscc: 3, product: 4, revenue: 6, staff: 8 };
    const row = (...cells: [number, string][]) => cells.map(([col, text]) => ({ col, text }));
    assert.equal(belowKind(backbone, cols, row([2, '山西甲公司'], [3, code(1)])), 'data');
    assert.equal(belowKind(backbone, cols, row([2, '山西甲公司'], [6, '100'], [8, '5'])), 'data');
    assert.equal(belowKind(backbone, cols, row([2, '山西甲公司'], [6, '100'])), 'outside', 'a name and one figure is not clearly a row');
    assert.equal(belowKind(backbone, cols, row([6, '999'], [8, '5'])), 'outside');
    assert.equal(belowKind(backbone, cols, row([1, '注：单位为万元'])), 'note');
    assert.equal(belowKind(backbone, cols, row([1, '填表人：张三'], [6, '联系电话：0351-4921797'])), 'note');
    assert.equal(belowKind(backbone, cols, row([1, '序号'], [2, '企业名称'], [3, '统一社会信用代码'], [4, '主导产品'])), 'header',
      'another table stacked below: its rows are not merged into this one');
    assert.ok(continues(`${SHEET}(2)`, SHEET) && continues(`${SHEET}（3）`, SHEET) && continues(`${SHEET}续`, SHEET) && continues(`${SHEET} (续表)`, SHEET));
    assert.ok(!continues(`${SHEET}备份`, SHEET) && !continues(SHEET, SHEET) && !continues('Sheet2', SHEET));
  });
});
