// A cover sheet typed by hand with two `label：value` pairs on one line (「联系人：钱七 | 联系电话：0356-1234567」):
// the label starting the row keeps its own value, the pair beside it is read as its field. The file reader and, in
// the strict host, the open-workbook reader share the rule and read the same cover.
import { strict as assert } from 'node:assert';
import ExcelJS from 'exceljs';
import type { CoverInput } from '../../src/core/types';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { readOpenWorkbook } from '../../src/excel/read-workbook';
import { detectFeatures } from '../../src/excel/features';
import * as fx from '../helpers/workbooks';
import { featuresUpTo } from './fake-excel';
import { bookFromExcelJS } from './book-from-exceljs';

function pairsCover(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('基本信息');
  ws.getRow(1).values = ['申报类型：国家火炬特色产业基地'];
  ws.getRow(2).values = ['基地名称：晋城光机电特色产业基地'];
  ws.getRow(3).values = ['所在地市', '晋城市'];
  ws.getRow(4).values = ['联系人：钱七', '联系电话：0356-1234567'];
  ws.getRow(5).values = ['填报单位（盖章）：晋城市科技局', '电子邮箱：', 'jckj@163.com'];
  ws.getRow(6).values = ['填报日期：', '2018年6月12日'];
  return wb;
}

const picked = (c: CoverInput) => ({
  values: { contact: c.values.contact, phone: c.values.phone, email: c.values.email, unit: c.values.unit, city: c.values.city, date: c.values.date },
  cells: { contact: c.cells.contact, phone: c.cells.phone, email: c.cells.email, unit: c.cells.unit, city: c.cells.city, date: c.cells.date },
});

const WANT = {
  values: { contact: '钱七', phone: '0356-1234567', email: 'jckj@163.com', unit: '晋城市科技局', city: '晋城市', date: '2018年6月12日' },
  cells: { contact: 'A4', phone: 'B4', email: 'C5', unit: 'A5', city: 'B3', date: 'B6' },
};

describe('a cover sheet with two label：value pairs on a line', () => {
  it('the file reader reads each pair as its own field, at its own cell', async () => {
    const input = await readWorkbookBuffer(await fx.toBuffer(pairsCover()), '晋城市-甲基地.xlsx');
    assert.deepEqual(picked(input.cover!), WANT);
  });

  it('the open workbook reads the same cover', async () => {
    const book = bookFromExcelJS(pairsCover());
    const input = await book.run((ctx) => readOpenWorkbook(ctx, detectFeatures(featuresUpTo(17))));
    assert.deepEqual(picked(input.cover!), WANT);
  });
});

// A cover sheet with a 序号 column before the labels (「1 | 申报类型 | …」, numbered as clerks number): the numbering is
// passed over and the label after it read, in both readers.
function numberedCover(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('封面');
  ws.getRow(1).values = ['序号', '项目', '内容'];
  ws.getRow(2).values = [1, '申报类型', '国家火炬特色产业基地'];
  ws.getRow(3).values = ['2.', '基地名称', '晋城光机电特色产业基地'];
  ws.getRow(4).values = ['（三）', '所在地市', '晋城市'];
  ws.getRow(5).values = ['④', '联系人', '钱七'];
  ws.getRow(6).values = ['５', '填报单位（盖章）', '晋城市科技局'];
  return wb;
}

describe('a cover sheet with a 序号 column before the labels', () => {
  const want = {
    values: { appType: '国家火炬特色产业基地', appName: '晋城光机电特色产业基地', city: '晋城市', contact: '钱七', unit: '晋城市科技局' },
    cells: { appType: 'C2', appName: 'C3', city: 'C4', contact: 'C5', unit: 'C6' },
  };
  const pick = (c: CoverInput) => ({
    values: { appType: c.values.appType, appName: c.values.appName, city: c.values.city, contact: c.values.contact, unit: c.values.unit },
    cells: { appType: c.cells.appType, appName: c.cells.appName, city: c.cells.city, contact: c.cells.contact, unit: c.cells.unit },
  });

  it('the file reader takes the sheet for the cover and reads each label after its number', async () => {
    const input = await readWorkbookBuffer(await fx.toBuffer(numberedCover()), '晋城市-甲基地.xlsx');
    assert.equal(input.cover?.sheet, '封面');
    assert.deepEqual(pick(input.cover!), want);
  });

  it('the open workbook reads the same cover', async () => {
    const book = bookFromExcelJS(numberedCover());
    const input = await book.run((ctx) => readOpenWorkbook(ctx, detectFeatures(featuresUpTo(17))));
    assert.equal(input.cover?.sheet, '封面');
    assert.deepEqual(pick(input.cover!), want);
  });
});

// A label with nothing after it whose right-hand cell starts another field (「联系人 | 联系电话：0356-…」): that cell is
// the other field, never this label's value; both readers leave the label empty and read the pair as its field.
function labelBesidePair(): ExcelJS.Workbook {
  const wb = pairsCover();
  wb.getWorksheet('基本信息')!.getRow(4).values = ['联系人', '联系电话：0356-1234567'];
  return wb;
}

describe('a cover label whose right-hand cell starts another field', () => {
  const want = { values: { ...WANT.values, contact: null }, cells: { ...WANT.cells, contact: 'B4', phone: 'B4' } };

  it('the file reader reads no value for the label and the pair as its field', async () => {
    const input = await readWorkbookBuffer(await fx.toBuffer(labelBesidePair()), '晋城市-甲基地.xlsx');
    assert.deepEqual(picked(input.cover!), want);
  });

  it('the open workbook reads the same cover', async () => {
    const book = bookFromExcelJS(labelBesidePair());
    const input = await book.run((ctx) => readOpenWorkbook(ctx, detectFeatures(featuresUpTo(17))));
    assert.deepEqual(picked(input.cover!), want);
  });
});

// A cover sheet whose labels are merged over two columns (「申报类型」 over A:B, the value in C): Excel reads the merged
// cells right of a label empty, so the open workbook finds each value past the label's merged range, as the file
// reader does (ExcelApi 1.13: the cover's merged ranges are read with the tables' data, no request of their own).
function mergedLabels(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('基本信息');
  const rows = [['申报类型', '', '国家火炬特色产业基地'], ['基地名称', '', '晋城光机电特色产业基地'], ['所在地市', '', '晋城市'], ['联系人', '', '钱七']];
  rows.forEach((r, i) => {
    ws.getRow(i + 1).values = r;
    ws.mergeCells(`A${i + 1}:B${i + 1}`);
  });
  return wb;
}

describe('a cover sheet with its labels merged over two columns', () => {
  const want = {
    values: { appType: '国家火炬特色产业基地', appName: '晋城光机电特色产业基地', city: '晋城市', contact: '钱七' },
    cells: { appType: 'C1', appName: 'C2', city: 'C3', contact: 'C4' },
  };
  const pick = (c: CoverInput) => ({
    values: { appType: c.values.appType, appName: c.values.appName, city: c.values.city, contact: c.values.contact },
    cells: { appType: c.cells.appType, appName: c.cells.appName, city: c.cells.city, contact: c.cells.contact },
  });

  it('the file reader reads each value past the label\'s merged range', async () => {
    const input = await readWorkbookBuffer(await fx.toBuffer(mergedLabels()), '晋城市-甲基地.xlsx');
    assert.deepEqual(pick(input.cover!), want);
  });

  it('the open workbook reads the same cover, in the same number of requests', async () => {
    const book = bookFromExcelJS(mergedLabels());
    const input = await book.run((ctx) => readOpenWorkbook(ctx, detectFeatures(featuresUpTo(17))));
    assert.deepEqual(pick(input.cover!), want);
    assert.equal(book.syncs, 3);
    assert.deepEqual(book.mergedAreaReads, ['基本信息!A1:CB30']);
  });
});
