import { strict as assert } from 'node:assert';
import { TableChecker } from '../../src/core/checks/table-checker';
import { backbone, cluster } from '../../src/core/tables';
import { backboneRow, code, fullLayout, row } from './fixtures';

const layout = fullLayout(backbone);
const codesOf = (issues: { code: string }[]) => issues.map((i) => i.code).sort();

describe('row checks', () => {
  it('raises nothing on a valid row with numbers typed as text and negative profit', () => {
    const t = new TableChecker(backbone, layout);
    t.setRows([row(backbone, 4, backboneRow(4, 1, { 总收入: '１,000', 净利润: -20, 出口创汇: null, 备注: null }))]);
    assert.deepEqual(t.issues().filter((i) => i.severity !== 'notice'), []);
    assert.deepEqual(codesOf(t.issues()), ['cell/number-as-text']);
  });
  it('places each issue at its sheet, row, column and field', () => {
    const t = new TableChecker(backbone, layout);
    t.setRows([row(backbone, 7, backboneRow(7, 1, { 总收入: '2000万' }))]);
    const [i] = t.issues();
    assert.equal(i.code, 'cell/unit-in-number');
    assert.equal(i.sheet, '骨干企业情况表');
    assert.equal(i.row, 7);
    assert.equal(i.column, 'F');
    assert.equal(i.field, '总收入');
    assert.equal(i.value, '2000万');
    assert.match(i.message, /总收入/);
  });
  it('checks ≤ relations as errors and warnings', () => {
    const t = new TableChecker(backbone, layout);
    t.setRows([row(backbone, 4, backboneRow(4, 1, { '其中：主导产品收入': 1200, '其中：研发人员': 300, 研发经费支出: 1500, 出口创汇: 200 }))]);
    const found = t.issues().map((i) => `${i.code}:${i.field}:${i.severity}`).sort();
    assert.deepEqual(found, [
      'row/exports-vs-revenue:出口创汇:warning',
      'row/not-greater:其中：主导产品收入:error',
      'row/not-greater:其中：研发人员:error',
      'row/not-greater:研发经费支出:warning',
    ]);
  });
  it('requires cells by 单位类别 and wants them empty for the other class', () => {
    const t = new TableChecker(cluster, fullLayout(cluster));
    t.setRows([
      row(cluster, 4, { 序号: 1, 单位名称: '甲公司', 统一社会信用代码: code(1), 单位类别: '骨干企业', 主要产品或服务内容: '钢材', 是否国家级: '是' }),
      row(cluster, 5, { 序号: 2, 单位名称: '乙孵化器', 统一社会信用代码: code(2), 单位类别: '创新服务机构', 主要产品或服务内容: '孵化', 是否高新技术企业: '否', 是否国家级: '是' }),
      row(cluster, 6, { 序号: 3, 单位名称: '丙公司', 统一社会信用代码: code(3), 单位类别: '骨干企业', 主要产品或服务内容: '钢材', 是否高新技术企业: '否', 营业收入: 10 }),
    ]);
    const found = t.issues().map((i) => `${i.row}:${i.code}:${i.field}`).sort();
    assert.deepEqual(found, [
      '4:cell/must-be-empty:是否国家级',
      '4:cell/required:是否高新技术企业',
      '4:cell/required:营业收入',
      '5:cell/must-be-empty:是否高新技术企业',
      '6:row/backbone-not-hightech:是否高新技术企业',
    ]);
  });
});

describe('table checks', () => {
  it('finds duplicate names and codes, folded, and names the first row', () => {
    const t = new TableChecker(backbone, layout);
    t.setRows([
      row(backbone, 4, backboneRow(4, 1)),
      row(backbone, 5, backboneRow(5, 2, { 企业名称: ' 山西测试１号科技有限公司', 统一社会信用代码: code(1) })),
    ]);
    const dups = t.issues().filter((i) => i.code === 'table/duplicate');
    assert.deepEqual(dups.map((i) => `${i.row}:${i.field}`).sort(), ['5:企业名称', '5:统一社会信用代码']);
    assert.match(dups[0].message, /第 4 行/);
  });
  it('updates duplicates incrementally when a row changes or is cleared', () => {
    const t = new TableChecker(backbone, layout);
    t.setRows([row(backbone, 4, backboneRow(4, 1)), row(backbone, 5, backboneRow(5, 1, { 序号: 2 }))]);
    assert.equal(t.issues().filter((i) => i.code === 'table/duplicate').length, 2);
    t.setRows([row(backbone, 5, backboneRow(5, 2))]);
    assert.equal(t.issues().filter((i) => i.code === 'table/duplicate').length, 0);
    t.setRows([row(backbone, 5, backboneRow(5, 1, { 序号: 2 }))]);
    t.setRows([{ row: 4, values: {} }]);
    assert.equal(t.size, 1);
    assert.equal(t.issues().filter((i) => i.code === 'table/duplicate').length, 0);
  });
  it('warns once when 序号 breaks its sequence', () => {
    const t = new TableChecker(backbone, layout);
    t.setRows([4, 5, 6, 7].map((r, i) => row(backbone, r, backboneRow(r, i + 1, { 序号: [1, 2, 4, 5][i] }))));
    const s = t.issues().filter((i) => i.code === 'table/serial');
    assert.equal(s.length, 1);
    assert.equal(s[0].row, 6);
    assert.equal(s[0].severity, 'warning');
  });
  it('compares the 合计 row with running sums, also after edits', () => {
    const t = new TableChecker(backbone, layout);
    t.setRows([row(backbone, 4, backboneRow(4, 1)), row(backbone, 5, backboneRow(5, 2, { 总收入: 500.25, 是否高新技术企业: '否' }))]);
    t.setTotal(row(backbone, 6, { 总收入: 1500.25, 从业人员: { formula: 'SUM(L4:L5)', result: 400 }, 是否高新技术企业: 1, 工业总产值: { formula: 'SUM(H4:H5)' } }));
    assert.deepEqual(t.issues().filter((i) => i.code === 'table/total'), []);
    t.setRows([row(backbone, 5, backboneRow(5, 2, { 总收入: 600, 是否高新技术企业: '是' }))]);
    const totals = t.issues().filter((i) => i.code === 'table/total');
    assert.deepEqual(totals.map((i) => `${i.row}${i.column}:${i.field}`).sort(), ['6E:是否高新技术企业', '6F:总收入']);
    assert.match(totals.find((i) => i.field === '总收入')!.message, /1600/);
  });
  it('explains a 合计 that left out numbers typed as text, as Excel\'s SUM does', () => {
    const t = new TableChecker(backbone, layout);
    t.setRows([row(backbone, 4, backboneRow(4, 1, { 总收入: '300' })), row(backbone, 5, backboneRow(5, 2, { 总收入: 200 }))]);
    t.setTotal(row(backbone, 6, { 总收入: { formula: 'SUM(F4:F5)', result: 200 } }));
    const [total] = t.issues().filter((i) => i.code === 'table/total');
    assert.match(total.message, /各行之和为 500；差额正是以文本形式保存的数字/);
    t.setTotal(row(backbone, 6, { 总收入: 450 }));
    assert.doesNotMatch(t.issues().find((i) => i.code === 'table/total')!.message, /文本/);
  });

  it('reports a missing required column once, at the header row', () => {
    const l = fullLayout(backbone);
    delete l.columns.revenue;
    const t = new TableChecker(backbone, l);
    t.setRows([row(backbone, 4, backboneRow(4, 1)), row(backbone, 5, backboneRow(5, 2))]);
    const missing = t.issues().filter((i) => i.code === 'table/missing-column');
    assert.equal(missing.length, 1);
    assert.equal(missing[0].row, 3);
    assert.equal(missing[0].field, '总收入');
  });
  it('does not take a prepared 序号, or formulas copied down that give 0, for a data row', () => {
    const t = new TableChecker(backbone, layout);
    t.setRows([
      row(backbone, 4, backboneRow(4, 1)),
      row(backbone, 5, { 序号: 2 }),
      row(backbone, 6, { 序号: 3, '其中：主导产品收入': { formula: 'F6*0.8', result: 0 }, 备注: { formula: 'IF(B6="","",B6)', result: '' } }),
    ]);
    assert.equal(t.size, 1);
    assert.deepEqual(t.issues(), []);
    t.setRows([row(backbone, 5, { 序号: 2, 企业名称: '新填的公司' })]);
    assert.equal(t.size, 2, 'a name typed makes it a row to check');
    assert.ok(t.rowIssues(5).some((i) => i.code === 'cell/required'));
  });

  it('checks only the changed row when one row is set', () => {
    const t = new TableChecker(backbone, layout);
    const rows = Array.from({ length: 50 }, (_, i) => row(backbone, i + 4, backboneRow(i + 4, i + 1)));
    t.setRows(rows);
    const before = t.rowIssues(10);
    t.setRows([row(backbone, 20, backboneRow(20, 17, { 总收入: 'abc' }))]);
    assert.equal(t.rowIssues(10), before, 'row 10 was not re-checked');
    assert.deepEqual(t.rowIssues(20).map((i) => i.code), ['cell/not-number']);
  });
});
