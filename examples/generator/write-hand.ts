// A return laid out by hand in plain Excel, without the template: what a clerk makes when the template is lost.
import ExcelJS from 'exceljs';
import { columnLetter } from '../../src/core/columns';
import { handSum } from './excel-sum';
import type { HandTable, SampleReturn, SampleTable, SampleValue } from './model';
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

  if (!r.coverAbove) {
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
  }

  r.hand.forEach((layout, i) => {
    const t = r.tables.find((x) => x.id === layout.id);
    if (!t) throw new Error(`${r.file}: no data for ${layout.id}`);
    const lines = r.coverAbove && i === 0 ? coverLines(r.cover!) : [];
    const ws = wb.addWorksheet(layout.sheet);
    placement.tables[layout.id] = writeHandTable(ws, layout, t, r, lines.map((l) => l.text));
    if (lines.length) {
      const cells: Record<string, string> = {};
      lines.forEach((l, j) => { for (const key of l.keys) cells[key] = `A${TITLE_ROW + 1 + j}`; });
      placement.cover = { sheet: ws.name, cells };
    }
  });
  return { workbook: wb, placement };
}

/** The cover typed by hand above a table, four `label：value` pairs to a line (the label cell holds the value). */
const COVER_LINES = [['unit', 'city', 'appType', 'date'], ['appName', 'dataYear', 'contact', 'phone']];

function coverLines(cover: Record<string, SampleValue>): { text: string; keys: string[] }[] {
  const label = (key: string) => COVER_LABELS.find(([k]) => k === key)![1];
  const shown = (v: SampleValue | undefined) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''));
  return COVER_LINES.map((keys) => ({ keys, text: keys.map((k) => `${label(k)}：${shown(cover[k])}`).join('      ') }));
}

function writeHandTable(ws: ExcelJS.Worksheet, layout: HandTable, t: SampleTable, r: SampleReturn, coverLines: string[]): TablePlacement {
  // sheet column of each table column: a column may span several (its header merged across them)
  const starts: number[] = [];
  let n = 0;
  for (const c of layout.columns) {
    starts.push(n + 1);
    n += c.span ?? 1;
  }
  ws.getCell(TITLE_ROW, 1).value = layout.title;
  ws.getCell(TITLE_ROW, 1).font = { bold: true, size: 14 };
  ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, n);
  ws.getCell(TITLE_ROW, 1).alignment = { horizontal: 'center' };
  coverLines.forEach((text, i) => { ws.getCell(TITLE_ROW + 1 + i, 1).value = text; });
  const headerRow = coverLines.length ? TITLE_ROW + 1 + coverLines.length : HEADER_ROW;

  const columns: Record<string, string> = {};
  layout.columns.forEach((c, i) => {
    const col = starts[i];
    const cell = ws.getCell(headerRow, col);
    cell.value = c.header;
    cell.alignment = { wrapText: true, horizontal: 'center', vertical: 'middle' };
    cell.font = { bold: true };
    for (let k = 0; k < (c.span ?? 1); k++) ws.getCell(headerRow, col + k).border = border;
    if ((c.span ?? 1) > 1) ws.mergeCells(headerRow, col, headerRow, col + (c.span ?? 1) - 1);
    ws.getColumn(col).width = c.key === 'name' || c.key.startsWith('extra:') ? 26 : c.key === 'uscc' ? 21 : 11;
    if (!c.key.startsWith('extra:')) columns[c.key] = columnLetter(col);
  });
  ws.getRow(headerRow).height = 42;

  const merges = layout.mergeDown ?? [];
  const follower = (key: string, i: number) => merges.some((m) => m.key === key && i > m.from && i <= m.to);
  const rows: number[] = [];
  let sheetRow = headerRow + 1;
  t.rows.forEach((row, i) => {
    if (layout.blankBefore === i) sheetRow++;
    rows.push(sheetRow);
    layout.columns.forEach((c, j) => {
      const v = row[c.key];
      const cell = ws.getCell(sheetRow, starts[j]);
      if (v !== null && v !== undefined && !follower(c.key, i)) cell.value = v;
      if (c.numFmt) cell.numFmt = c.numFmt;
      for (let k = 0; k < (c.span ?? 1); k++) ws.getCell(sheetRow, starts[j] + k).border = border;
    });
    sheetRow++;
  });
  for (const m of merges) {
    const j = layout.columns.findIndex((c) => c.key === m.key);
    ws.mergeCells(rows[m.from], starts[j], rows[m.to], starts[j] + (layout.columns[j].span ?? 1) - 1);
    ws.getCell(rows[m.from], starts[j]).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  }

  // the 合计 row typed as plain values, as a clerk adds up with a calculator
  const totalRow = sheetRow;
  ws.getCell(totalRow, 1).value = '合计';
  layout.columns.forEach((c, j) => {
    if (NUMERIC.has(c.key)) ws.getCell(totalRow, starts[j]).value = handSum(t.rows.map((row) => row[c.key] ?? null));
  });
  for (let col = 1; col <= n; col++) ws.getCell(totalRow, col).border = border;

  ws.getCell(totalRow + 2, 1).value = `填表人：${String(r.cover!.contact)}        联系电话：${String(r.cover!.phone)}`;
  ws.getCell(totalRow + 3, 1).value = `填报单位（盖章）：${String(r.cover!.unit)}        填报日期：${String(r.cover!.date)}`;
  return { sheet: ws.name, rows, columns, headerRow, totalRow };
}
