import { strict as assert } from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { ReadError, readWorkbookBuffer, readWorkbookFile } from '../../src/xlsx/read';
import type { WorkbookInput } from '../../src/core/types';
import { validateWorkbook } from '../../src/core/validate';
import * as fx from '../helpers/workbooks';
import { buildZip, MINIMAL_PARTS } from '../helpers/zip';

const read = async (wb: ExcelJS.Workbook, name = '太原市.xlsx'): Promise<WorkbookInput> => readWorkbookBuffer(await fx.toBuffer(wb), name);

async function failure(p: Promise<unknown>, file: string): Promise<ReadError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof ReadError, `expected a ReadError, got ${String(e)}`);
    assert.ok(e.message.includes(`「${file}」`), `message names the file: ${e.message}`);
    return e;
  }
  throw new Error('expected the read to fail');
}

describe('readWorkbookBuffer: a hand-made 骨干企业情况表 on Sheet1', () => {
  let wb: WorkbookInput;
  before(async () => {
    wb = await read(fx.handMadeBackbone());
  });

  it('finds the table by title and headers, with columns by name and extras carried', () => {
    assert.equal(wb.file, '太原市.xlsx');
    assert.equal(wb.tables.length, 1);
    const t = wb.tables[0];
    assert.equal(t.def.id, 'backbone');
    assert.deepEqual(t.layout, {
      sheet: 'Sheet1',
      headerRow: 3,
      columns: { serial: 'A', name: 'B', uscc: 'C', product: 'E', revenue: 'F', hightech: 'G', staff: 'H', rdStaff: 'I', exports: 'J', remark: 'K' },
      extras: { 所属行业: 'D' },
      units: { revenue: '万元', staff: '人', rdStaff: '人', exports: '万美元' },
    });
    assert.equal(wb.cover, undefined);
    assert.deepEqual(wb.confirmations, []);
    assert.deepEqual(wb.issues, []);
  });

  it('reads data rows with their sheet row numbers, skipping blank and 序号-only rows, up to 合计', () => {
    assert.deepEqual(wb.tables[0].rows.map((r) => r.row), [4, 5, 8]);
  });

  it('passes raw values through: numbers, text, formula, rich text, hyperlink, error, date', () => {
    const [r4, r5, r8] = wb.tables[0].rows;
    assert.equal(r4.values.revenue, 12345.5);
    assert.equal(r4.values.name, '甲不锈钢有限公司');
    assert.deepEqual(r4.extras, { 所属行业: '冶金' });
    assert.deepEqual(r5.values.revenue, { formula: '1000+234', result: 1234 });
    assert.deepEqual(r5.values.name, { richText: [{ text: '乙' }, { text: '精密铸造有限公司' }] });
    assert.ok(r5.values.remark instanceof Date);
    assert.equal((r5.values.remark as Date).toISOString(), '2018-05-01T00:00:00.000Z');
    assert.equal(r5.values.exports, null);
    assert.deepEqual(r8.values.name, { text: '丙科技有限公司', hyperlink: 'http://example.com' });
    assert.deepEqual(r8.values.staff, { error: '#N/A' });
    assert.equal(r8.values.revenue, '1,234.5');
    assert.equal(r8.values.uscc, fx.CODES.bad);
  });

  it('reads the 合计 row as the total and nothing after the footer', () => {
    const total = wb.tables[0].total!;
    assert.equal(total.row, 9);
    assert.deepEqual(total.values.revenue, { formula: 'SUM(F4:F8)', result: 13579.5 });
    assert.equal(total.values.staff, 420);
    assert.equal(total.values.name, null, 'merged follower of 合计 is empty');
  });
});

describe('readWorkbookBuffer: two-row headers without a title', () => {
  it('combines the group header, skips the units row and gives a value merged down two rows to both', async () => {
    const wb = await read(fx.twoRowHeaderRelated());
    const t = wb.tables[0];
    assert.equal(t.def.id, 'related');
    assert.equal(t.layout.headerRow, 3, 'the header block ends with the units row');
    assert.equal(t.layout.columns.revenue, 'G');
    assert.equal(t.layout.columns.staff, 'H');
    assert.equal(t.layout.columns.hightech, 'I');
    assert.deepEqual(t.layout.extras, {});
    assert.deepEqual(t.rows.map((r) => r.row), [4, 5, 6, 7]);
    assert.equal(t.rows[2].values.name, '己化工有限公司');
    assert.equal(t.rows[3].values.name, '己化工有限公司', 'the name merged over rows 6–7 applies to both');
    assert.deepEqual(t.notices?.map((i) => `${i.code}@${i.column}${i.row}`), ['cell/merged-rows@B6']);
    assert.equal(t.rows[3].values.product, '助剂');
    assert.equal(t.total, undefined);
    assert.deepEqual(wb.issues, []);
  });
});

describe('readWorkbookBuffer: our template, filled', () => {
  let wb: WorkbookInput;
  before(async () => {
    wb = await read(fx.filledTemplate(), '太原市-基地.xlsx');
  });

  it('reads the three tables of the template with their official layout', () => {
    assert.deepEqual(wb.tables.map((t) => t.def.id), ['backbone', 'related', 'services']);
    const b = wb.tables[0];
    assert.equal(b.layout.sheet, '骨干企业情况表');
    assert.equal(b.layout.headerRow, 3);
    assert.equal(Object.keys(b.layout.columns).length, 17);
    assert.deepEqual(b.rows.map((r) => r.row), [4, 6]);
    assert.equal(b.rows[1].values.name, '乙精密铸造有限公司');
    assert.equal(b.total!.row, 204);
    assert.deepEqual(b.total!.values.revenue, { formula: 'SUM(F4:F203)', result: 3000 });
    assert.deepEqual(wb.issues, []);
  });

  it('reads the cover, with the address of every value cell', () => {
    const c = wb.cover!;
    assert.equal(c.sheet, '填报信息');
    assert.equal(c.values.appType, '国家火炬特色产业基地');
    assert.equal(c.values.appName, '太原不锈钢产业基地');
    assert.equal(c.values.city, '太原市');
    assert.equal(c.values.dataYear, 2017);
    assert.equal(c.values.phone, '0351-4921797');
    assert.ok(c.values.date instanceof Date);
    assert.equal(c.values.email, null);
    assert.equal(c.cells.appType, 'B3');
    assert.equal(c.cells.email, 'B11');
  });

  it('reads the confirmations a clerk typed on the template\'s 信用代码确认 sheet, and the engine marks them confirmed', async () => {
    const book = fx.filledTemplate();
    const ws = book.getWorksheet('信用代码确认')!;
    assert.equal(ws.state, 'visible', 'clerks without the add-in can fill it');
    ws.getRow(4).values = [fx.CODES.bad, '张三', new Date(Date.UTC(2018, 5, 1)), '营业执照核对无误'];
    ws.getRow(5).values = [' 91350100m0001tgqxm '];
    const input = await read(book);
    assert.deepEqual(input.confirmations, [
      { code: fx.CODES.bad, by: '张三', at: '2018-06-01' },
      { code: '91350100M0001TGQXM' },
    ]);
    assert.equal(input.tables.some((t) => t.layout.sheet === '信用代码确认'), false);
    assert.notEqual(input.cover?.sheet, '信用代码确认');
  });
});

describe('readWorkbookBuffer: sheets and covers in other shapes', () => {
  it('finds a cover on a sheet with another name, reading inline `label:value` cells', async () => {
    const wb = fx.handMadeCover(fx.handMadeBackbone());
    const input = await read(wb);
    assert.equal(input.cover!.sheet, '封面');
    assert.equal(input.cover!.values.appType, '国家火炬特色产业基地');
    assert.equal(input.cover!.values.dataYear, 2017);
    assert.equal(input.cover!.values.phone, '0351-4921797');
    assert.equal(input.cover!.cells.phone, 'A7');
    assert.equal(input.cover!.cells.city, 'B5');
  });

  it('accepts a workbook with only a cover', async () => {
    const input = await read(fx.handMadeCover());
    assert.equal(input.tables.length, 0);
    assert.equal(input.cover!.values.city, '太原市');
  });

  it('keeps one copy of a table and reports the other on its sheet', async () => {
    const wb = fx.handMadeBackbone();
    const blank = wb.addWorksheet('副本');
    blank.getRow(1).values = ['序号', '企业名称', '统一社会信用代码', '主导产品', '总收入(万元)', '从业人员(人)'];
    const input = await read(wb);
    assert.equal(input.tables.length, 1);
    assert.equal(input.tables[0].layout.sheet, 'Sheet1');
    assert.equal(input.issues.length, 1);
    const issue = input.issues[0];
    assert.equal(issue.code, 'table/duplicate-sheet');
    assert.equal(issue.sheet, '副本');
    assert.equal(issue.file, '太原市.xlsx');
    assert.ok(issue.message.includes('Sheet1'));
  });

  it('prefers a filled copy over an empty one that comes first', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('空表').getRow(1).values = ['序号', '企业名称', '统一社会信用代码', '主导产品', '总收入', '从业人员'];
    const src = fx.handMadeBackbone().getWorksheet('Sheet1')!;
    const ws = wb.addWorksheet('已填');
    src.eachRow((row, n) => { ws.getRow(n).values = row.values; });
    const input = await read(wb);
    assert.equal(input.tables[0].layout.sheet, '已填');
    assert.equal(input.issues[0].sheet, '空表');
  });

  it('carries the units written in headers, so the engine warns when one differs from the form', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getRow(1).values = ['序号', '企业名称', '统一社会信用代码', '主导产品', '总收入（千元）', '从业人员（人）'];
    ws.getRow(2).values = [1, '甲', fx.CODES.a, '钢', 10000, 5];
    const input = await read(wb);
    assert.deepEqual(input.tables[0].layout.units, { revenue: '千元', staff: '人' });
    const issues = validateWorkbook(input).issues.filter((i) => i.code === 'table/unit-mismatch');
    assert.equal(issues.length, 1);
    assert.deepEqual(
      { code: issues[0].code, column: issues[0].column, row: issues[0].row, value: issues[0].value, field: issues[0].field },
      { code: 'table/unit-mismatch', column: 'E', row: 1, value: '千元', field: '总收入' },
    );
  });

  it('keeps a formula whose cached result is 0 or FALSE (exceljs drops falsy results from cell.value)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getRow(1).values = ['序号', '企业名称', '统一社会信用代码', '主导产品', '是否高新技术企业', '总收入', '出口创汇', '从业人员', '备注'];
    ws.getRow(2).values = [1, '甲', fx.CODES.a, '钢', '是', 100, { formula: '100-100', result: 0 }, 5,
      { formula: '1>2', result: false }];
    // rows 3-4: the formula copied down computes 0 where nobody typed anything: not data rows
    for (const r of [3, 4]) ws.getCell(`G${r}`).value = { formula: `F${r}*0`, result: 0 };
    ws.getCell('A5').value = '合计';
    ws.getCell('G5').value = { formula: 'SUM(G2:G4)', result: 0 };
    const input = await read(wb);
    const t = input.tables[0];
    assert.deepEqual(t.rows.map((r) => r.row), [2]);
    assert.deepEqual(t.rows[0].values.exports, { formula: '100-100', result: 0 });
    assert.deepEqual(t.rows[0].values.remark, { formula: '1>2', result: false });
    assert.deepEqual(t.total!.values.exports, { formula: 'SUM(G2:G4)', result: 0 });
    const issues = validateWorkbook(input).issues.filter((i) => i.code === 'cell/formula-no-result');
    assert.deepEqual(issues.map((i) => i.column), [], 'a cached 0 or FALSE is a result, not a missing one');
  });

  it('does not take a data row whose only text is a remark far right (「说明:…」) for the footer', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getRow(1).values = ['序号', '企业名称', '统一社会信用代码', '主导产品', '总收入（万元）', '从业人员（人）', '备注'];
    ws.getRow(2).values = [1, '甲', fx.CODES.a, '钢', 10000, 5];
    ws.getRow(3).values = [null, null, null, null, null, null, '说明:本行待补'];
    ws.getRow(4).values = [3, '丙', fx.CODES.b, '铁', 2000, 7];
    ws.getRow(5).values = ['填表人:王五'];
    const input = await read(wb);
    assert.deepEqual(input.tables[0].rows.map((r) => r.row), [2, 3, 4]);
  });

  it('ignores sheets that are not tables', async () => {
    const wb = fx.handMadeBackbone();
    wb.addWorksheet('说明').getCell('A1').value = '本表数据来源于企业填报';
    const input = await read(wb);
    assert.equal(input.tables.length, 1);
    assert.deepEqual(input.issues, []);
  });

  it('reads a sheet whose validations span whole columns without expanding them', async () => {
    const wb = fx.handMadeBackbone();
    const ws = wb.getWorksheet('Sheet1')! as ExcelJS.Worksheet & { dataValidations: { add(r: string, v: object): void } };
    ws.dataValidations.add('G1:G1048576', { type: 'list', allowBlank: true, formulae: ['"是,否"'] });
    const buf = await fx.toBuffer(wb);
    assert.equal((await readWorkbookBuffer(buf, 'a.xlsx')).tables[0].rows.length, 3);
  });
});

describe('readWorkbookBuffer: files that cannot be read', () => {
  it('an empty workbook', async () => {
    assert.equal((await failure(read(fx.emptyWorkbook(), '空.xlsx'), '空.xlsx')).code, 'file/empty');
  });
  it('a workbook with none of the tables and no cover', async () => {
    assert.equal((await failure(read(fx.notesWorkbook(), '说明.xlsx'), '说明.xlsx')).code, 'file/no-tables');
  });
  it('a text file renamed .xlsx', async () => {
    const e = await failure(readWorkbookBuffer(Buffer.from('hello,world\n'), 'a.xlsx'), 'a.xlsx');
    assert.equal(e.code, 'file/not-zip');
  });
  it('a zip that exceljs cannot parse becomes file/unreadable, not a stack trace', async () => {
    const e = await failure(readWorkbookBuffer(buildZip([MINIMAL_PARTS[0], { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet' }]), 'b.xlsx'), 'b.xlsx');
    assert.equal(e.code, 'file/unreadable');
    assert.ok(!e.message.includes('Cannot read'), 'the technical detail stays out of the message');
  });
});

describe('readWorkbookFile', () => {
  let dir: string;
  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'torch-read-'));
  });
  after(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('reads a file from disk and names it by its base name', async () => {
    const file = path.join(dir, '晋中市骨干企业.xlsx');
    await fx.handMadeBackbone().xlsx.writeFile(file);
    const input = await readWorkbookFile(file);
    assert.equal(input.file, '晋中市骨干企业.xlsx');
    assert.equal(input.tables[0].rows.length, 3);
  });

  it('refuses a file over the cap before reading it', async () => {
    const file = path.join(dir, '大文件.xlsx');
    await fs.writeFile(file, Buffer.alloc(2048));
    assert.equal((await failure(readWorkbookFile(file, { limits: { maxFileBytes: 1024 } }), '大文件.xlsx')).code, 'file/too-large');
  });

  it('reports a missing file plainly', async () => {
    assert.equal((await failure(readWorkbookFile(path.join(dir, '没有.xlsx')), '没有.xlsx')).code, 'file/unreadable');
  });

  it('reads half an xlsx on disk as truncated', async () => {
    const buf = await fx.toBuffer(fx.handMadeBackbone());
    const file = path.join(dir, '半个.xlsx');
    await fs.writeFile(file, buf.subarray(0, buf.length >> 1));
    assert.equal((await failure(readWorkbookFile(file), '半个.xlsx')).code, 'file/truncated');
  });
});
