import assert from 'node:assert/strict';
import type { AppTypeId, TableId } from '../../src/core/types';
import { buildWorkbookPlan } from '../../src/core/form/workbook-plan';
import { matchCoverLabel } from '../../src/core/headers';
import { validateWorkbook } from '../../src/core/validate';
import { FIGURES, rollupApplication } from '../../src/core/rollup';
import { buildSummarySheet, FIGURE_HEADERS, SUMMARY_LABELS, SUMMARY_TITLE } from '../../src/core/summary-plan';
import { createApplication } from '../../src/excel/create';
import { detectFeatures } from '../../src/excel/features';
import { readOpenWorkbook, scanOpenWorkbook } from '../../src/excel/read-workbook';
import { CELL_BYTES, MAX_READ_BYTES } from '../../src/excel/read-areas';
import { refreshSummary } from '../../src/excel/summary';
import { backboneRow, clusterRow, relatedRow, servicesRow, type Row } from '../xlsx/merged-returns';
import { StrictBook, featuresUpTo } from './fake-excel';
import { createExcelHost } from '../../taskpane/excel-host';

const ALL = detectFeatures(featuresUpTo(17));
const COVER = { appType: '国家火炬特色产业基地', appName: '太原不锈钢特色产业基地', dataYear: 2017, city: '太原市' };
const AT = new Date(2018, 5, 1, 9, 30);

type Cell = string | number | boolean | undefined;

/** Fills a created application's tables with rows, and its 合计 rows with the column sums (so counting them twice shows). */
async function application(type: AppTypeId, rows: Partial<Record<TableId, Row[]>>, dataRows = 5): Promise<StrictBook> {
  const book = new StrictBook([]);
  await book.run((ctx) => createApplication(ctx, type, type === 'base' ? COVER : { ...COVER, appType: '创新型产业集群' }, ALL, dataRows));
  for (const sp of buildWorkbookPlan(type, { dataRows }).sheets) {
    if (!sp.layout || !sp.tableId) continue;
    const L = sp.layout;
    const list = rows[sp.tableId] ?? [];
    const sums: Record<string, number> = {};
    list.forEach((r, i) => {
      for (const [key, v] of Object.entries(r)) {
        if (!L.columns[key] || v === null || v === undefined) continue;
        book.set(sp.name, `${L.columns[key]}${L.firstDataRow + i}`, [[v as string | number]]);
        if (typeof v === 'number') sums[key] = (sums[key] ?? 0) + v;
      }
    });
    for (const [key, s] of Object.entries(sums)) book.set(sp.name, `${L.columns[key]}${L.totalRow}`, [[s]]);
  }
  book.syncs = 0;
  return book;
}

/** The cells of a bounded range such as `'骨干企业情况表'!$F$4:$F$8`. */
function cells(book: StrictBook, ref: string): Cell[] {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref);
  assert.ok(m, `a bounded range: ${ref}`);
  assert.equal(m[2], m[4]);
  const out: Cell[] = [];
  for (let r = Number(m[3]); r <= Number(m[5]); r++) out.push(book.get(m[1].replace(/''/g, ''), `${m[2]}${r}`));
  return out;
}

/** Excel's reading of the few functions the summary uses: COUNTA, COUNTIFS and SUMIFS on "=value", SUM. */
function evaluate(book: StrictBook, formula: string): number {
  if (formula === '0') return 0;
  let total = 0;
  for (const term of formula.split(/\+(?=COUNTA|COUNTIFS|SUMIFS|SUM\()/)) {
    const m = /^(COUNTA|COUNTIFS|SUMIFS|SUM)\((.*)\)$/.exec(term);
    assert.ok(m, `a known term: ${term}`);
    const args = m[2].split(/,(?=')|,(?=")/);
    if (m[1] === 'COUNTA') total += cells(book, args[0]).filter((v) => v !== undefined && v !== '').length;
    else if (m[1] === 'SUM') total += cells(book, args[0]).reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
    else {
      const sum = m[1] === 'SUMIFS' ? cells(book, args.shift()!) : undefined;
      const conds: { cells: Cell[]; value: string }[] = [];
      for (let i = 0; i < args.length; i += 2) conds.push({ cells: cells(book, args[i]), value: JSON.parse(args[i + 1]).slice(1) });
      const n = conds[0].cells.length;
      for (let r = 0; r < n; r++) {
        if (!conds.every((c) => String(c.cells[r] ?? '') === c.value)) continue;
        total += sum ? (typeof sum[r] === 'number' ? (sum[r] as number) : 0) : 1;
      }
    }
  }
  return Math.round(total * 1e6) / 1e6;
}

const formulaAt = (book: StrictBook, sheet: string, row: number): string | undefined => book.sheet(sheet).formulas.get(`${row},3`);

describe('excel: refreshSummary', () => {
  const BASE_ROWS = {
    backbone: [1, 2, 3].map((n) => backboneRow(n)),
    related: [10, 11].map((n) => relatedRow(n, backboneRow(1).name as string)),
    services: [20, 21, 22, 23].map((n) => servicesRow(n)),
  };

  it('writes each figure as a formula over the data rows, the 合计 row left out; four syncs', async () => {
    const book = await application('base', BASE_ROWS);
    const result = await book.run((ctx) => refreshSummary(ctx, { check: { errors: 3, warnings: 2, at: AT }, features: ALL }));
    assert.equal(result.sheet, '汇总');
    assert.equal(result.created, true);
    assert.equal(book.syncs, 4);
    const s = '汇总';
    assert.equal(book.get(s, 'A1'), SUMMARY_TITLE);
    assert.equal(book.get(s, 'A4'), SUMMARY_LABELS.name);
    assert.equal(book.get(s, 'B4'), '太原不锈钢特色产业基地');
    assert.equal(book.get(s, 'B5'), '国家火炬特色产业基地');
    assert.equal(book.get(s, 'B6'), '太原市');
    const header = result.data.headerRow!;
    assert.equal(book.get(s, `A${header}`), FIGURE_HEADERS[0]);
    assert.equal(book.get(s, `A${header + 1}`), FIGURES[0].label);
    assert.equal(book.get(s, `B${header + 1}`), FIGURES[0].unit);
    const row = (key: string) => header + 1 + FIGURES.findIndex((f) => f.key === key);
    assert.equal(formulaAt(book, s, row('enterprises')), "=COUNTA('骨干企业情况表'!$B$4:$B$8)+COUNTA('主要关联企业情况表'!$B$4:$B$8)");
    assert.equal(formulaAt(book, s, row('hightech')), `=COUNTIFS('骨干企业情况表'!$E$4:$E$8,"=是")+COUNTIFS('主要关联企业情况表'!$G$4:$G$8,"=是")`);
    assert.equal(formulaAt(book, s, row('revenue')), "=SUM('骨干企业情况表'!$F$4:$F$8)+SUM('主要关联企业情况表'!$H$4:$H$8)");
    assert.equal(formulaAt(book, s, row('output')), "=SUM('骨干企业情况表'!$H$4:$H$8)");
    assert.equal(formulaAt(book, s, row('institutions1')), `=COUNTIFS('科技服务机构情况表'!$D$4:$D$8,"=创新服务机构")`);
    assert.equal(formulaAt(book, s, row('institutions')), "=COUNTA('科技服务机构情况表'!$B$4:$B$8)");
    assert.equal(formulaAt(book, s, row('national')), `=COUNTIFS('科技服务机构情况表'!$F$4:$F$8,"=是")`);
    // the last check, as values
    const checkRow = header + FIGURES.length + 3;
    assert.equal(book.get(s, `A${checkRow}`), '2018-06-01 09:30');
    assert.equal(book.get(s, `B${checkRow}`), 3);
    assert.equal(book.get(s, `C${checkRow}`), 2);
    assert.equal(book.active, s);
  });

  for (const [type, rows] of [
    ['base', BASE_ROWS],
    ['cluster', { cluster: [30, 31, 32, 33, 34, 35, 36, 37].map((n) => clusterRow(n)) }],
  ] as [AppTypeId, Partial<Record<TableId, Row[]>>][]) {
    it(`the formulas give the merge's roll-up of the same rows (${type})`, async () => {
      const book = await application(type, rows, 12);
      const result = await book.run((ctx) => refreshSummary(ctx, { features: ALL }));
      const expected = rollupApplication(validateWorkbook(await book.run((ctx) => readOpenWorkbook(ctx)))).figures;
      FIGURES.forEach((f, i) => {
        const formula = formulaAt(book, result.sheet, result.data.headerRow! + 1 + i)!;
        assert.equal(evaluate(book, formula.slice(1)), expected[f.key], `${f.key}: ${formula}`);
      });
      assert.ok(expected.enterprises > 0 && (expected.revenue > 0 || type === 'base'));
    });
  }

  it('refreshes in place: no second sheet, the same cells, a constant number of syncs', async () => {
    const book = await application('base', BASE_ROWS);
    await book.run((ctx) => refreshSummary(ctx, { features: ALL }));
    const first = new Map(book.sheet('汇总').formulas);
    book.syncs = 0;
    const again = await book.run((ctx) => refreshSummary(ctx, { check: { errors: 0, warnings: 0, at: AT }, features: ALL }));
    assert.equal(again.created, false);
    assert.equal(book.syncs, 5, 'the scan, the look at the existing 汇总, the write');
    assert.deepEqual([...book.sheets.keys()].filter((n) => n.startsWith('汇总')), ['汇总']);
    const header = again.data.headerRow!;
    for (let i = 1; i <= FIGURES.length; i++) assert.equal(book.sheet('汇总').formulas.get(`${header + i},3`), first.get(`${header + i},3`));
  });

  it('sync count grows with the data only by one request per ~4 MB of response (Excel on the web\'s 5 MB), never per row', async () => {
    const many = { backbone: Array.from({ length: 8000 }, (_, i) => backboneRow(i + 1)) };
    const book = await application('base', many, 8500);
    const scan = await book.run((ctx) => scanOpenWorkbook(ctx));
    // a first read knows no text yet: each row is estimated at CELL_BYTES a cell
    const bytes = scan.tables.map((t) => (t.lastRow! - t.firstDataRow + 1) * t.lastCol * CELL_BYTES);
    assert.ok(bytes.reduce((a, b) => a + b, 0) > MAX_READ_BYTES, 'this workbook needs more than one read request');
    book.syncs = 0;
    book.responses.length = 0;
    const result = await book.run((ctx) => refreshSummary(ctx, { features: ALL }));
    assert.ok(book.syncs <= 3 + Math.ceil(bytes.reduce((a, b) => a + b, 0) / MAX_READ_BYTES) + bytes.length - 1, `${book.syncs} syncs`);
    assert.ok(book.syncs >= 5, 'the data took more than one request');
    for (const b of book.responses) assert.ok(b <= 5_000_000, `a response of ${b} bytes`);
    assert.match(formulaAt(book, result.sheet, result.data.headerRow! + 3)!, /\$F\$4:\$F\$8503\)/);
  });

  it('leaves a clerk\'s own 汇总 sheet alone and is not read back as a cover or a table', async () => {
    const book = await application('base', BASE_ROWS);
    book.addSheet('汇总');
    book.set('汇总', 'A1', [['我的汇总']]);
    const before = await book.run((ctx) => scanOpenWorkbook(ctx));
    const result = await book.run((ctx) => refreshSummary(ctx, { features: ALL }));
    assert.equal(result.sheet, '汇总 (2)');
    assert.equal(book.get('汇总', 'A1'), '我的汇总');
    const after = await book.run((ctx) => scanOpenWorkbook(ctx));
    assert.equal(after.input.cover?.sheet, before.input.cover?.sheet);
    assert.deepEqual(after.tables.map((t) => t.layout.sheet), before.tables.map((t) => t.layout.sheet));
    for (const label of [...Object.values(SUMMARY_LABELS), ...FIGURE_HEADERS]) assert.equal(matchCoverLabel(label), undefined, label);
    // and refreshing finds ours again
    const again = await book.run((ctx) => refreshSummary(ctx, { features: ALL }));
    assert.equal(again.sheet, '汇总 (2)');
    assert.equal(again.created, false);
  });

  it('the pane\'s host checks first when nothing was checked, then shows that check\'s counts', async () => {
    const rows = { backbone: [backboneRow(1), { ...backboneRow(2), uscc: 'bad code' }] };
    const book = await application('base', rows);
    const host = createExcelHost(ALL, (batch) => book.run(batch));
    assert.equal(await host.refreshSummary(), '汇总');
    const issues = await host.fullCheck();
    const checkRow = buildSummarySheet({ tables: [], app: {} }).headerRow! + FIGURES.length + 3;
    const errors = issues.filter((i) => i.severity === 'error').length;
    assert.ok(errors > 0);
    assert.equal(book.get('汇总', `B${checkRow}`), errors);
    assert.equal(book.get('汇总', `C${checkRow}`), issues.filter((i) => i.severity === 'warning').length);
    assert.match(String(book.get('汇总', `A${checkRow}`)), /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });
});
