// Workbooks as clerks really send them, built with exceljs for the reader's tests: hand-made returns
// (titles, name lines, multi-line headers, full-width brackets, reordered and extra columns, units rows,
// blank rows, 合计 and footers, no metadata) and our own template once filled.

import ExcelJS from 'exceljs';
import { templateWorkbook } from '../../src/xlsx/template';
import { buildWorkbookPlan } from '../../src/core/form';

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export const CODES = {
  a: '91440300708461136T',
  b: '91330110MA2CC1X505',
  bad: '91110000100020821R',
};

/**
 * A 骨干企业情况表 typed by hand on `Sheet1`: title merged across, a name line, two-line and full-width
 * headers, 所属行业 as an extra column, columns out of the official order, a blank row in the middle,
 * formula / rich text / hyperlink / error / date values, a 合计 row and a footer.
 */
export function handMadeBackbone(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.getCell('A1').value = '国家火炬特色产业基地 骨干企业情况表';
  ws.mergeCells('A1:K1');
  ws.getCell('A2').value = '基地名称：太原不锈钢产业基地';
  ws.getCell('F2').value = '数据年度：2017年';
  ws.getRow(3).values = [
    '序号', '企业名称（全称）', '统一社会\n信用代码', '所属行业', '主要产品', '总收入\n(万元)', '是否高新\n技术企业',
    '年末从业人员（人）', '其中：研发人员（人）', '出口创汇（万美元）', '备 注',
  ];
  ws.getRow(4).values = [1, '甲不锈钢有限公司', CODES.a, '冶金', '不锈钢板', 12345.5, '是', 300, 40, 100, ''];
  ws.getRow(5).values = [2, { richText: [{ text: '乙' }, { text: '精密铸造有限公司' }] }, CODES.b, '机械', '铸件',
    { formula: '1000+234', result: 1234 }, '否', 120, 10, null, new Date(Date.UTC(2018, 4, 1))];
  // row 6 left blank in the middle; row 7 has only a prepared 序号
  ws.getCell('A7').value = 3;
  ws.getRow(8).values = [4, { text: '丙科技有限公司', hyperlink: 'http://example.com' }, CODES.bad, '电子', '传感器',
    '1,234.5', '是', { error: '#N/A' }, 5, 2000, '待核'];
  ws.getCell('A9').value = '合  计';
  ws.mergeCells('A9:B9');
  ws.getCell('F9').value = { formula: 'SUM(F4:F8)', result: 13579.5 };
  ws.getCell('H9').value = 420;
  ws.getCell('A11').value = '填表人：张三';
  ws.getCell('F11').value = '联系电话：0351-4921797';
  ws.getCell('A12').value = '填报单位（盖章）：';
  ws.getCell('A14').value = '这一行在表尾之后,不应被读取';
  return wb;
}

/**
 * A 主要关联企业情况表 without title on `Sheet1`: a two-row header with a group header (经营情况 over
 * 总收入 | 从业人员) and vertical merges, a units row under it, no 合计 and no footer.
 */
export function twoRowHeaderRelated(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  const single = ['序号', '企业名称', '统一社会信用代码', '主要产品', '关联骨干企业', '关联方式'];
  single.forEach((h, i) => {
    const col = String.fromCharCode(65 + i);
    ws.getCell(`${col}1`).value = h;
    ws.mergeCells(`${col}1:${col}2`);
  });
  ws.getCell('G1').value = '经营情况';
  ws.mergeCells('G1:H1');
  ws.getCell('G2').value = '总收入';
  ws.getCell('H2').value = '从业人员';
  ws.getCell('I1').value = '是否高新技术企业';
  ws.mergeCells('I1:I2');
  ws.getCell('G3').value = '万元';
  ws.getCell('H3').value = '（人）';
  ws.getRow(4).values = [1, '丁配套有限公司', CODES.a, '紧固件', '甲不锈钢有限公司', '生产配套', 800, 50, '否'];
  ws.getRow(5).values = [2, '戊物流有限公司', CODES.b, '物流', '甲不锈钢有限公司', '其他', 300.25, 20, '是'];
  // a name merged over two rows: it applies to both (a person reads it so)
  ws.getRow(6).values = [3, '己化工有限公司', '', '溶剂', '乙精密铸造有限公司', '上游供应', 10, 3, '否'];
  ws.mergeCells('B6:B7');
  ws.getCell('A7').value = 4;
  ws.getCell('D7').value = '助剂';
  return wb;
}

/** Our own template for `base`, filled in: cover values, a few rows per table, cached 合计 results. */
export function filledTemplate(): ExcelJS.Workbook {
  const wb = templateWorkbook('base');
  const plan = buildWorkbookPlan('base');
  const cover = wb.getWorksheet('填报信息')!;
  const coverRows: Record<string, unknown> = {
    名称: '太原不锈钢产业基地', 所在地市: '太原市', 数据年度: 2017, 填报单位: '太原市科技局', 联系人: '张三',
    联系电话: '0351-4921797', 填报日期: new Date(Date.UTC(2018, 5, 1)),
  };
  cover.eachRow((row) => {
    const label = String(row.getCell(1).value ?? '');
    for (const [k, v] of Object.entries(coverRows)) if (label.includes(k)) row.getCell(2).value = v as ExcelJS.CellValue;
  });
  for (const sheet of plan.sheets) {
    if (sheet.kind !== 'table' || !sheet.layout) continue;
    const ws = wb.getWorksheet(sheet.name)!;
    const c = sheet.layout.columns;
    const first = sheet.layout.firstDataRow;
    const put = (row: number, key: string, v: ExcelJS.CellValue) => {
      if (c[key]) ws.getCell(`${c[key]}${row}`).value = v;
    };
    ['甲不锈钢有限公司', '乙精密铸造有限公司'].forEach((name, i) => {
      const row = first + i * 2; // a blank row between the two
      put(row, 'serial', i + 1);
      put(row, 'name', sheet.tableId === 'backbone' ? name : `${sheet.tableId}${i + 1}号单位`);
      put(row, 'uscc', i === 0 ? CODES.a : CODES.b);
      put(row, 'revenue', 1000 * (i + 1));
      put(row, 'staff', 10 * (i + 1));
    });
    const totalCell = c.revenue ? ws.getCell(`${c.revenue}${sheet.layout.totalRow}`) : undefined;
    if (totalCell) totalCell.value = { formula: `SUM(${c.revenue}${first}:${c.revenue}${sheet.layout.lastDataRow})`, result: 3000 };
  }
  return wb;
}

/** A sheet that looks like a table to nobody: a notes page. */
export function notesWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('说明');
  ws.getCell('A1').value = '填报说明';
  ws.getCell('A2').value = '1. 请按官方表格填写。';
  ws.getRow(4).values = ['姓名', '电话', '邮箱'];
  ws.getRow(5).values = ['张三', '0351-4921797', 'a@b.cn'];
  return wb;
}

/** A workbook whose only sheet is empty. */
export function emptyWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1');
  return wb;
}

/** A hand-made cover on a sheet named 封面: labels in A (some with colons), values in B, one inline value. */
export function handMadeCover(wb = new ExcelJS.Workbook()): ExcelJS.Workbook {
  const ws = wb.addWorksheet('封面');
  ws.getCell('A1').value = '申报材料';
  const rows: [string, ExcelJS.CellValue][] = [
    ['申报类型：', '国家火炬特色产业基地'],
    ['基地名称', '太原不锈钢产业基地'],
    ['所在地市', '太原市'],
    ['数据年度', 2017],
    ['联系电话：0351-4921797', null],
  ];
  rows.forEach(([label, value], i) => {
    ws.getCell(`A${i + 3}`).value = label;
    if (value !== null) ws.getCell(`B${i + 3}`).value = value;
  });
  return wb;
}
