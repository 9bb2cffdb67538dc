import assert from 'node:assert/strict';
import type { SheetCell, SheetData } from '../../src/core/sheet-data';
import { detectFeatures } from '../../src/excel/features';
import { writeSheets } from '../../src/excel/write-sheets';
import { officeCell } from '../../src/excel/write-sheets-cells';
import { tableName, uniqueSheetName, uniqueTableName } from '../../src/excel/write-sheets-names';
import { StrictBook, featuresUpTo } from './fake-excel';
import { buildMergePlan } from '../../src/core/merge';
import { validateWorkbook } from '../../src/core/validate';
import { readWorkbookBuffer } from '../../src/xlsx/read-buffer';
import { buildMergedWorkbook, BY_APP_SHEET, DETAIL_SHEET_NAMES, ISSUES_SHEET } from '../../src/xlsx/merged';
import { toSheetData } from '../../src/xlsx/to-sheet-data';
import { FORMULA_LIKE as MERGE_FORMULA_LIKE } from '../xlsx/merged-fixture';
import { backboneRow, buildReturn, type ReturnSpec } from '../xlsx/merged-returns';

const ALL = detectFeatures(featuresUpTo(17));
const FORMULA_LIKE = ['=1+2', '+86 351', '-5', '@SUM(A1:A3)', "'quoted", '0351', '2018-06-01', '=HYPERLINK("http://example.com","点我")'];

/** The tables the add-in adds (the workbook already has `existing`), each asked for with a header row. */
function withTables(book: StrictBook, existing: string[] = []): () => { address: string; name?: string; style?: string }[] {
  for (const name of existing) book.tables.push({ address: 'Sheet1!A1:B2', name });
  return () => book.tables.slice(existing.length).map((t) => {
    assert.equal(book.tableHeaders[book.tables.indexOf(t)], true);
    return t;
  });
}

/** UTF-8 bytes of each sync's request, as the strict host counts them (Office's JSON). */
const measurePayloads = (book: StrictBook): number[] => book.requests;

function bigSheet(rows: number): SheetData {
  const data: SheetCell[][] = [['序号', '单位名称', '统一社会信用代码', '营业收入', '备注']];
  for (let i = 1; i <= rows; i++) {
    data.push([i, `山西测试${i}号科技有限公司`, `91140100MA${String(i).padStart(7, '0')}X`, i * 1.25, i % 1000 === 0 ? FORMULA_LIKE[i % FORMULA_LIKE.length] : null]);
  }
  return { name: '骨干企业', rows: data, widths: [6, 30, 22, 14, 20], numFmts: { 3: '#,##0.00' }, freezeRows: 2, headerRow: 1, table: { name: 'T_backbone', range: `A1:E${rows + 1}` } };
}

/** What the fake holds at a cell: a values write lands in cells, a formulas write in formulas. */
const at = (book: StrictBook, sheet: string, r: number, c: number): unknown => {
  const s = book.sheet(sheet);
  return s.cells.get(`${r},${c}`) ?? s.formulas.get(`${r},${c}`);
};

describe('excel: writeSheets', function () {
  this.timeout(60000);

  it('writes 30,000 rows in blocks under the request limit: one sync per block, plus two', async () => {
    const book = new StrictBook(['Sheet1']);
    const tables = withTables(book);
    const payloads = measurePayloads(book);
    const sheet = bigSheet(30000);
    const max = 500_000;
    const progress: [number, number][] = [];
    const result = await book.run((ctx) => writeSheets(ctx, [sheet], { maxRequestBytes: max, features: ALL, onProgress: (d, t) => progress.push([d, t]) }));

    assert.ok(result.blocks.length >= 4, `several blocks (${result.blocks.length})`);
    assert.equal(book.syncs, result.blocks.length + 2, 'names, one per block, finish');
    assert.equal(payloads.length, book.syncs);
    for (const p of payloads) assert.ok(p <= max, `a batch of ${p} bytes`);
    for (const b of result.blocks) assert.ok(b.bytes <= max);
    // the blocks are full: not one row per sync
    const total = payloads.reduce((a, b) => a + b, 0);
    assert.ok(result.blocks.length <= Math.ceil((total * 2) / max) + 1, `${result.blocks.length} blocks for ${total} bytes`);
    // the blocks cover every row once, in order
    let next = 1;
    for (const b of result.blocks) for (const p of b.parts) {
      assert.equal(p.firstRow, next);
      next = p.lastRow + 1;
    }
    assert.equal(next, 30002);
    assert.deepEqual(progress[progress.length - 1], [30001, 30001]);
    assert.ok(progress.every(([d], i) => i === 0 || d > progress[i - 1][0]));

    // every row in its cells
    for (const i of [1, 2, 777, 15000, 29999, 30000]) {
      const r = i + 1;
      assert.equal(book.get('骨干企业', `A${r}`), i);
      assert.equal(book.get('骨干企业', `B${r}`), `山西测试${i}号科技有限公司`);
      assert.equal(book.get('骨干企业', `D${r}`), i * 1.25);
      assert.equal(book.sheet('骨干企业').formats.get(`${r},4`), '#,##0.00');
    }
    assert.equal(book.get('骨干企业', 'A30002'), undefined);
    assert.equal(book.get('骨干企业', 'A1'), '序号');
    assert.equal(book.sheet('骨干企业').formats.get('1,4'), undefined, 'the header keeps its format');
    // formula-like text goes in as text, never as a formula (Excel keeps the apostrophe it was written behind as
    // its text prefix, not in the value)
    for (let i = 1000; i <= 30000; i += 1000) assert.equal(book.get('骨干企业', `E${i + 1}`), FORMULA_LIKE[i % FORMULA_LIKE.length]);
    assert.equal(book.sheet('骨干企业').formulas.size, 0);
    assert.deepEqual(tables(), [{ address: "'骨干企业'!A1:E30001", name: 'T_backbone', style: 'TableStyleLight9' }]);
    assert.equal(book.active, '骨干企业');
  });

  it('sync count does not depend on the number of sheets', async () => {
    const book = new StrictBook();
    withTables(book);
    const small = (n: number): SheetData => ({ name: `S${n}`, rows: [['a', 'b'], [1, 2]], widths: [8, 8] });
    const result = await book.run((ctx) => writeSheets(ctx, [1, 2, 3, 4, 5, 6].map(small), { features: ALL }));
    assert.equal(result.blocks.length, 1);
    assert.equal(book.syncs, 3);
    assert.deepEqual(result.written, ['S1', 'S2', 'S3', 'S4', 'S5', 'S6']);
  });

  it('writes formulas as formulas, renames taken sheets and tables, freezes and filters', async () => {
    const book = new StrictBook(['问题清单', '汇总（按地市）']);
    const tables = withTables(book, ['T_issues']);
    const issues: SheetData = {
      name: '问题清单', rows: [['地市', '值'], ['太原市', '=SUM(A1)'], ['大同市', '+86 351']], widths: [12, 24],
      freezeRows: 2, headerRow: 1, table: { name: 'T_issues', range: 'A1:B3' },
    };
    const summary: SheetData = {
      name: '汇总（按地市）', rows: [['地市', '企业数'], ['太原市', { formula: "COUNTIFS('骨干企业'!$A:$A,\"=太原市\")", result: 5 }]], widths: [14, 10], headerRow: 1,
    };
    const notes: SheetData = { name: '说明', rows: [], widths: [] };
    const result = await book.run((ctx) => writeSheets(ctx, [issues, summary, notes], { features: ALL }));
    assert.deepEqual(result.written, ['问题清单 (2)', '汇总（按地市） (2)', '说明']);
    assert.deepEqual(result.renamed, { 问题清单: '问题清单 (2)', '汇总（按地市）': '汇总（按地市） (2)' });
    assert.deepEqual(result.renamedTables, { T_issues: 'T_issues_2' });
    assert.equal(tables()[0].address, "'问题清单 (2)'!A1:B3");
    assert.equal(book.get('问题清单 (2)', 'B2'), '=SUM(A1)');
    assert.equal(book.get('问题清单 (2)', 'B3'), '+86 351');
    assert.equal(at(book, '汇总（按地市） (2)', 2, 2), "=COUNTIFS('骨干企业'!$A:$A,\"=太原市\")");
    assert.equal(book.sheet('问题清单').cells.size, 0, 'the existing sheet is untouched');
    assert.ok(book.sheets.has('说明'));
    assert.equal(book.syncs, 3);
  });

  it('leaves out frozen rows where ExcelApi 1.7 is missing', async () => {
    const book = new StrictBook(['Sheet1'], { api: 6 });
    withTables(book);
    await book.run((ctx) => writeSheets(ctx, [{ name: 'A', rows: [['h'], [1]], widths: [5], freezeRows: 2 }], { features: detectFeatures(featuresUpTo(6)) }));
    assert.deepEqual(book.sheet('A').propsAt('freezePanes.freezeRows'), []);
    const book2 = new StrictBook();
    withTables(book2);
    await book2.run((ctx) => writeSheets(ctx, [{ name: 'A', rows: [['h'], [1]], widths: [5], freezeRows: 2 }], { features: ALL }));
    assert.deepEqual(book2.sheet('A').propsAt('freezePanes.freezeRows').map((p) => p.value), [1]);
  });
});

describe('excel: writeSheets cells and names', () => {
  it('keeps text text: every string behind an apostrophe, numbers and formulas as they are', () => {
    assert.equal(officeCell('=1+2'), "'=1+2");
    assert.equal(officeCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(officeCell("'x"), "''x");
    assert.equal(officeCell('0351'), "'0351");
    assert.equal(officeCell(12.5), 12.5);
    assert.equal(officeCell(true), true);
    assert.equal(officeCell(null), '');
    assert.equal(officeCell(''), '');
    assert.equal(officeCell(Number.NaN), '');
    assert.equal(officeCell({ formula: 'SUM(A1:A3)', result: 6 }), '=SUM(A1:A3)');
  });

  it('numbers taken names the way Excel numbers copies, within 31 characters', () => {
    assert.equal(uniqueSheetName('问题清单', ['问题清单']), '问题清单 (2)');
    assert.equal(uniqueSheetName('Data', ['data', 'DATA (2)']), 'Data (3)');
    assert.equal(uniqueSheetName('x'.repeat(40), []), 'x'.repeat(31));
    assert.equal(uniqueSheetName('x'.repeat(40), ['x'.repeat(31)]), `${'x'.repeat(27)} (2)`);
    assert.equal(tableName('T_backbone'), 'T_backbone');
    assert.equal(tableName('问题 清单'), '问题_清单');
    assert.equal(tableName('A1'), 'T_A1');
    assert.equal(tableName('1x'), 'T_1x');
    assert.equal(uniqueTableName('T_x', ['t_x', 'T_X_2']), 'T_x_3');
  });
});

async function returnFile(name: string, spec: ReturnSpec) {
  const bytes = new Uint8Array(await buildReturn(spec).xlsx.writeBuffer());
  const input = await readWorkbookBuffer(bytes, name);
  return { name, input, result: validateWorkbook(input) };
}

describe('excel: the merged workbook written into the open workbook', function () {
  this.timeout(60000);

  it('lands every sheet: formulas as formulas, formula-like text as text, one table per detail sheet', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => backboneRow(i + 1));
    const plan = buildMergePlan([await returnFile('太原市-基地.xlsx', {
      type: 'base', city: '太原市', name: '太原基地', rows: { backbone: rows }, extras: { backbone: { 所属行业: MERGE_FORMULA_LIKE } },
    })]);
    const sheets = toSheetData(buildMergedWorkbook(plan, { startedAt: '2018-06-05T08:00:00.000Z', toolVersion: 't', templateVersion: 't' }).workbook);
    const book = new StrictBook(['Sheet1']);
    const tables = withTables(book);
    const payloads = measurePayloads(book);
    const result = await book.run((ctx) => writeSheets(ctx, sheets, { maxRequestBytes: 60_000, features: detectFeatures(featuresUpTo(17)) }));
    assert.deepEqual(result.written, sheets.map((s) => s.name));
    assert.equal(book.syncs, result.blocks.length + 2);
    assert.ok(result.blocks.length > 2);
    for (const p of payloads) assert.ok(p <= 60_000);

    const detail = DETAIL_SHEET_NAMES.backbone;
    assert.equal(book.get(detail, 'A301'), '太原市');
    assert.equal(book.get(detail, 'A302'), undefined);
    const header = sheets.find((s) => s.name === detail)!.rows[0] as string[];
    const extra = header.indexOf('所属行业') + 1;
    MERGE_FORMULA_LIKE.forEach((v, i) => assert.equal(book.sheet(detail).cells.get(`${i + 2},${extra}`), v));
    assert.equal(book.sheet(detail).formulas.size, 0);
    const byApp = book.sheet(BY_APP_SHEET).formulas.get('2,5');
    assert.match(byApp!, /^=COUNTIFS\('骨干企业'!\$A:\$A,"=太原市",/);
    assert.ok(tables().some((t) => t.name === 'T_backbone'));
    assert.ok(tables().some((t) => t.address.startsWith(`'${ISSUES_SHEET}'!A1:H`)));
  });
});
