// A return laid out by hand in plain Excel, without the template: what a clerk makes when the template is lost.
import ExcelJS from 'exceljs';
import { columnLetter } from '../../src/core/columns';
import { handSum } from './excel-sum';
import type { HandTable, SampleReturn, SampleTable } from './model';
import type { Placement, TablePlacement } from './placement';

const COVER_LABELS: [string, string][] = [
  ['appType', '申报类型'], ['appName', '基地名称'], ['city', '所在地市'], ['district', '所在园区'], ['dataYear', '数据年度'],
  ['unit', '填报单位'], ['contact', '联系人'], ['phone', '联系电话'], ['email', '电子邮箱'], ['date', '填报日期'],
];

const TITLE_ROW = 1;
const HEADER_ROW = 3; // row 2 is left blank
const NUMERIC = new Set(['revenue', 'productRevenue', 'output', 'profit', 'tax', 'exports', 'staff', 'rdStaff', 'rdSpend',
  'patents', 'standards', 'servedFirms']);

const border = { top: { style: 'thin' as const }, left: { style: 'thin' as const }, bottom: { style: 'thin' as const }, right: { style: 'thin' as const } };

export function buildHandReturn(r: SampleReturn, saved: Date): { workbook: ExcelJS.Workbook; placement: Placement } {
  if (!r.hand || !r.cover) throw new Error(`${r.file}: a hand layout needs its columns and a cover`);
  const wb = new ExcelJS.Workbook();
  wb.creator = String(r.cover.contact);
  wb.created = saved;
  wb.modified = saved;
  const placement: Placement = { tables: {} };

  const cover = wb.addWorksheet('Sheet1');
  cover.getCell('A1').value = '国家火炬特色产业基地申报信息';
  cover.getCell('A1').font = { bold: true, size: 14 };
  cover.getColumn(1).width = 14;
  cover.getColumn(2).width = 40;
  const cells: Record<string, string> = {};
  COVER_LABELS.forEach(([key, label], i) => {
    const row = 3 + i;
    cover.getCell(`A${row}`).value = label;
    cover.getCell(`B${row}`).value = r.cover![key] ?? null;
    cells[key] = `B${row}`;
  });
  placement.cover = { sheet: cover.name, cells };

  for (const layout of r.hand) {
    const t = r.tables.find((x) => x.id === layout.id);
    if (!t) throw new Error(`${r.file}: no data for ${layout.id}`);
    placement.tables[layout.id] = writeHandTable(wb.addWorksheet(layout.sheet), layout, t, r);
  }
  return { workbook: wb, placement };
}

function writeHandTable(ws: ExcelJS.Worksheet, layout: HandTable, t: SampleTable, r: SampleReturn): TablePlacement {
  const n = layout.columns.length;
  ws.getCell(TITLE_ROW, 1).value = layout.title;
  ws.getCell(TITLE_ROW, 1).font = { bold: true, size: 14 };
  ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, n);
  ws.getCell(TITLE_ROW, 1).alignment = { horizontal: 'center' };

  const columns: Record<string, string> = {};
  layout.columns.forEach((c, i) => {
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.value = c.header;
    cell.alignment = { wrapText: true, horizontal: 'center', vertical: 'middle' };
    cell.font = { bold: true };
    cell.border = border;
    ws.getColumn(i + 1).width = c.key === 'name' || c.key.startsWith('extra:') ? 26 : c.key === 'uscc' ? 21 : 11;
    if (!c.key.startsWith('extra:')) columns[c.key] = columnLetter(i + 1);
  });
  ws.getRow(HEADER_ROW).height = 42;

  const rows: number[] = [];
  let sheetRow = HEADER_ROW + 1;
  t.rows.forEach((row, i) => {
    if (layout.blankBefore === i) sheetRow++;
    rows.push(sheetRow);
    layout.columns.forEach((c, j) => {
      const v = row[c.key];
      const cell = ws.getCell(sheetRow, j + 1);
      if (v !== null && v !== undefined) cell.value = v;
      cell.border = border;
    });
    sheetRow++;
  });

  // the 合计 row typed as plain values, as a clerk adds up with a calculator
  const totalRow = sheetRow;
  ws.getCell(totalRow, 1).value = '合计';
  layout.columns.forEach((c, j) => {
    if (NUMERIC.has(c.key)) ws.getCell(totalRow, j + 1).value = handSum(t.rows.map((row) => row[c.key] ?? null));
    ws.getCell(totalRow, j + 1).border = border;
  });

  ws.getCell(totalRow + 2, 1).value = `填表人：${String(r.cover!.contact)}        联系电话：${String(r.cover!.phone)}`;
  ws.getCell(totalRow + 3, 1).value = `填报单位（盖章）：${String(r.cover!.unit)}        填报日期：${String(r.cover!.date)}`;
  return { sheet: ws.name, rows, columns, headerRow: HEADER_ROW, totalRow };
}
