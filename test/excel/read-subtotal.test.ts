// A 小计 row typed among the data rows of a table laid out by hand: both readers (the file and, in the strict host,
// the open workbook) leave it out of the rows — no enterprise, not counted in 合计 or the summaries — with one notice
// naming its cell, and read on past it to the 合计 row.
import { strict as assert } from 'node:assert';
import ExcelJS from 'exceljs';
import type { Issue } from '../../src/core/types';
import { validateWorkbook, type ValidationResult } from '../../src/core/validate';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { readOpenWorkbook } from '../../src/excel/read-workbook';
import { detectFeatures } from '../../src/excel/features';
import { code } from '../xlsx/merged-returns';
import * as fx from '../helpers/workbooks';
import { featuresUpTo } from './fake-excel';
import { bookFromExcelJS } from './book-from-exceljs';

const SHEET = '骨干企业情况表';
const key = (i: Issue) => `${i.severity} ${i.code}@${i.sheet}!${i.column ?? ''}${i.row ?? ''} ${i.message}`;
const onSheet = (r: ValidationResult) => r.issues.filter((i) => i.sheet === SHEET);

function withSubtotals(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell('A1').value = '国家火炬特色产业基地骨干企业情况表';
  ws.getRow(2).values = ['序号', '企业名称', '统一社会信用代码', '主导产品', '是否高新技术企业', '总收入（万元）', '从业人员（人）'];
  const row = (n: number) => [n, `山西测试${n}号科技有限公司`, code(n), '煤机装备', '是', 1000 + n, 100 + n];
  ws.getRow(3).values = row(1);
  ws.getRow(4).values = row(2);
  ws.getRow(5).values = ['小计', null, null, null, 2, 2003, 203]; // 序号 column
  ws.getRow(6).values = row(3);
  ws.getRow(7).values = [null, '其中：小 计', null, null, 1, 1003, 103]; // in the name column, written apart
  ws.getRow(8).values = ['合计', null, null, null, 3, 3006, 306];
  return wb;
}

describe('a 小计 row among the data rows', () => {
  let file: ValidationResult;
  before(async () => {
    file = validateWorkbook(await readWorkbookBuffer(await fx.toBuffer(withSubtotals()), '太原市-甲基地.xlsx'));
  });

  it('the file reader leaves it out of the rows and 合计 agrees with the enterprises alone', () => {
    // the 合计 row (3006, 3 高新) holds the three enterprises alone: no table/total error, so no 小计 was summed
    const t = file.tables.find((x) => x.def.id === 'backbone')!;
    assert.deepEqual(t.rows.map((r) => r.row), [3, 4, 6]);
    assert.deepEqual(onSheet(file).map((i) => `${i.severity} ${i.code}@${i.column}${i.row} ${i.value}`), [
      'notice row/subtotal@A5 小计',
      'notice row/subtotal@B7 其中：小 计',
    ]);
    assert.equal(onSheet(file)[0].message, '第 5 行是「小计」行，不是企业数据，未读入，也不计入合计和汇总；建议删去，需要时另行计算');
  });

  it('the open workbook reads the same rows and issues', async () => {
    const book = bookFromExcelJS(withSubtotals());
    const open = validateWorkbook(await book.run((ctx) => readOpenWorkbook(ctx, detectFeatures(featuresUpTo(17)))));
    assert.deepEqual(open.issues.map(key).sort(), file.issues.map(key).sort());
    assert.deepEqual(open.tables.map((t) => t.rows.map((r) => r.row)), file.tables.map((t) => t.rows.map((r) => r.row)));
  });
});
