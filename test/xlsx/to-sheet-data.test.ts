import { strict as assert } from 'node:assert';
import ExcelJS from 'exceljs';
import type { ReturnFile } from '../../src/core/merge';
import { buildMergePlan, type MergePlan } from '../../src/core/merge';
import { validateWorkbook } from '../../src/core/validate';
import type { SheetData } from '../../src/core/sheet-data';
import { readWorkbookBuffer } from '../../src/xlsx/read-buffer';
import { buildMergedWorkbook, BY_APP_SHEET, BY_UNIT_SHEET, DETAIL_SHEET_NAMES, ISSUES_SHEET, NOTES_SHEET } from '../../src/xlsx/merged';
import { dateSerial, toSheetData } from '../../src/xlsx/to-sheet-data';
import { FORMULA_LIKE } from './merged-fixture';
import { backboneRow, buildReturn, clusterRow, relatedRow, servicesRow, type ReturnSpec } from './merged-returns';

const RUN = { startedAt: '2018-06-05T08:00:00.000Z', toolVersion: '0.0.0-test', templateVersion: 'test' };

async function returnFile(name: string, spec: ReturnSpec): Promise<ReturnFile> {
  const bytes = new Uint8Array(await buildReturn(spec).xlsx.writeBuffer());
  const input = await readWorkbookBuffer(bytes, name);
  input.file = name;
  return { name, input, result: validateWorkbook(input) };
}

describe('xlsx: toSheetData of the merged workbook', function () {
  this.timeout(60000);
  let plan: MergePlan;
  let wb: ExcelJS.Workbook;
  let sheets: SheetData[];
  const byName = (n: string): SheetData => sheets.find((s) => s.name === n)!;

  before(async () => {
    const backbone = [1, 2, 3, 4].map((n) => backboneRow(n));
    backbone[1] = { ...backbone[1], revenue: '2000万' };
    plan = buildMergePlan([
      await returnFile('太原市-不锈钢基地.xlsx', {
        type: 'base', city: '太原市', name: '太原不锈钢产业基地',
        rows: { backbone, related: [10, 11].map((n) => relatedRow(n, backboneRow(1).name as string)), services: [20, 21, 22].map((n) => servicesRow(n)) },
        extras: { backbone: { 所属行业: FORMULA_LIKE.slice(0, 4) } },
      }),
      await returnFile('长治市-光电集群.xlsx', { type: 'cluster', city: '长治市', name: '长治光电集群', rows: { cluster: [30, 31, 32, 33, 34].map((n) => clusterRow(n)) } }),
    ]);
    wb = buildMergedWorkbook(plan, RUN).workbook;
    sheets = toSheetData(wb);
  });

  it('has every sheet, in order, with its rows', () => {
    assert.deepEqual(sheets.map((s) => s.name), wb.worksheets.map((w) => w.name));
    assert.equal(byName(DETAIL_SHEET_NAMES.backbone).rows.length, 1 + 4);
    assert.equal(byName(DETAIL_SHEET_NAMES.cluster).rows.length, 1 + 5);
    assert.equal(byName(DETAIL_SHEET_NAMES.services).rows.length, 1 + 3);
    assert.equal(byName(BY_APP_SHEET).rows.length, 1 + 2);
    assert.equal(byName(ISSUES_SHEET).rows.length, 1 + plan.problems.length);
  });

  it('keeps values as values: text stays text, numbers numbers, formula-like text not a formula', () => {
    const d = byName(DETAIL_SHEET_NAMES.backbone);
    const header = d.rows[0] as string[];
    const col = (h: string) => header.indexOf(h);
    assert.equal(d.rows[0][0], '地市');
    const first = d.rows[1];
    assert.equal(first[0], '太原市');
    assert.equal(first[col('企业名称')] ?? first[header.findIndex((h) => h.startsWith('企业名称'))], '山西测试1号科技有限公司');
    const revenue = header.findIndex((h) => h.startsWith('总收入') || h.startsWith('营业收入'));
    assert.ok(revenue > 0, header.join('|'));
    assert.equal(first[revenue], backboneRow(1).revenue);
    assert.equal(d.rows[2][revenue], '2000万', 'kept as text');
    const extra = col('所属行业');
    assert.deepEqual(d.rows.slice(1).map((r) => r[extra]), FORMULA_LIKE.slice(0, 4));
    for (const r of d.rows) for (const c of r) assert.ok(c === null || typeof c !== 'object', 'no formula on a detail sheet');
  });

  it('keeps formulas with their results', () => {
    const s = byName(BY_APP_SHEET);
    const ws = wb.getWorksheet(BY_APP_SHEET)!;
    const cell = s.rows[1][4] as { formula: string; result?: unknown };
    assert.equal(cell.formula, ws.getCell('E2').formula);
    assert.match(cell.formula, /^COUNTIFS\('骨干企业'!\$A:\$A,"=太原市",/);
    assert.equal(cell.result, plan.applications[0].rollup.figures.enterprises);
    const units = byName(BY_UNIT_SHEET);
    const taiyuan = units.rows.find((r) => r[0] === '太原市')!;
    assert.ok(taiyuan.some((c) => c !== null && typeof c === 'object' && /COUNTIFS\('汇总（按申报项目）'!\$A:\$A,"=太原市"\)/.test(c.formula)));
    const total = units.rows[units.rows.length - 1];
    assert.equal(total[0], '全省合计');
  });

  it('carries tables, filters, frozen rows, widths and number formats', () => {
    const d = byName(DETAIL_SHEET_NAMES.backbone);
    assert.deepEqual(d.table, { name: 'T_backbone', range: `A1:${wb.getWorksheet(d.name)!.getColumn(d.rows[0].length).letter}5` });
    assert.equal(d.headerRow, 1);
    assert.equal(d.freezeRows, 2);
    assert.equal(d.widths[0], 12);
    assert.ok(Object.values(d.numFmts ?? {}).includes('#,##0.00'));
    const issues = byName(ISSUES_SHEET);
    assert.deepEqual(issues.table, { name: `T_${ISSUES_SHEET}`, range: `A1:H${plan.problems.length + 1}` });
    assert.equal(byName(BY_APP_SHEET).headerRow, 1, 'the bold header row');
    assert.equal(byName(BY_APP_SHEET).table, undefined);
    assert.equal(byName(NOTES_SHEET).rows[0][0], '全省申报表合并说明');
  });

  it('turns dates into Excel serials', () => {
    const w = new ExcelJS.Workbook();
    const ws = w.addWorksheet('d');
    ws.getCell('A1').value = new Date(Date.UTC(2018, 5, 1));
    ws.getCell('B1').value = { richText: [{ text: '富' }, { text: '文本' }] };
    ws.getCell('C1').value = { text: '链接', hyperlink: 'http://example.com' };
    ws.getCell('D1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    const [s] = toSheetData(w);
    assert.deepEqual(s.rows[0], [43252, '富文本', '链接', '#N/A']);
    assert.equal(dateSerial(new Date(Date.UTC(1900, 0, 1))), 2);
  });
});
