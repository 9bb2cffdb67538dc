// The merged workbook as the CLI writes it: sheet after sheet through exceljs's streaming writer, so a detail
// sheet's rows are written and let go one by one instead of held as a whole workbook of cells. The small sheets
// (summaries, problems, duplicates, notes) are built by the same writers as the pane's, one at a time, and copied
// over; the detail sheets decide columns, styles (one object per column), views and page setup before their first
// row. The streaming writer lacks Excel tables: each detail sheet's table part, its tablePart and relationship and
// its content type are added here with exceljs's own table code. merged-file.ts checks and writes the bytes. Node only.

import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { TableId } from '../core/types';
import type { MergePlan } from '../core/merge';
import type { DetailRef } from '../core/rollup-formulas';
import { excelXmlText } from '../core/xml-text';
import { columnLetter } from '../core/columns';
import { accountWritten, describeWorkbook, escapeTexts, printWide, wideSetup, WORKBOOK_VIEWS, type RunInfo } from './merged';
import { countOrigin, DETAIL_ORDER, DETAIL_SHEET_NAMES, DETAIL_VIEWS, detailLayout, detailRowValues, detailTable } from './merged-detail';
import { BY_APP_SHEET, BY_UNIT_SHEET, writeAppSummary, writeUnitSummary } from './merged-summary';
import { ISSUES_SHEET, writeIssues } from './merged-issues';
import { DUPLICATES_SHEET, writeDuplicates } from './merged-duplicates';
import { NOTES_SHEET, writeNotes } from './merged-notes';

/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any */
const exceljsLib = (rel: string) => require(require.resolve(`exceljs/lib/${rel}`));

type StreamSheet = ExcelJS.Worksheet & Record<string, any>;
type StreamBook = ExcelJS.stream.xlsx.WorkbookWriter & Record<string, any>;

interface TableModel {
  id: number;
  target: string;
  [k: string]: unknown;
}

/** The merged workbook's .xlsx bytes (deflated with native zlib by the zip stream), not yet checked. */
export async function streamedWorkbookBytes(plan: MergePlan, run: RunInfo): Promise<{ bytes: Uint8Array; mismatches: string[] }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true, zip: { zlib: { level: 6 } } } as any) as StreamBook;
  describeWorkbook(wb as any, run);
  wb.modified = new Date(run.startedAt);
  wb.views = WORKBOOK_VIEWS.map((v) => ({ ...v }));
  const tables: TableModel[] = [];
  withTablesAndCalc(wb, tables);

  const layouts = DETAIL_ORDER.map((id) => [id, detailLayout(plan.details[id])] as const);
  const refs: Partial<Record<TableId, DetailRef>> = {};
  for (const [id, l] of layouts) refs[id] = { sheet: DETAIL_SHEET_NAMES[id], columns: l.columns };

  // the summaries need the details' columns only; they come first, as in the workbook
  let appCols: ReturnType<typeof writeAppSummary> | undefined;
  const byApp = scratchSheet(BY_APP_SHEET, (ws) => (appCols = writeAppSummary(ws, plan.applications, refs)));
  const byUnit = scratchSheet(BY_UNIT_SHEET, (ws) => writeUnitSummary(ws, plan.units, plan.province, refs, appCols!));
  copySheet(wb, byUnit);
  copySheet(wb, byApp);

  const written = new Map<string, number>();
  for (const [id, layout] of layouts) {
    const counts = streamDetail(wb, plan.details[id], layout, tables);
    for (const [k, n] of counts) written.set(`${id}\u0000${k}`, n);
  }
  const mismatches = accountWritten(plan, written);
  copySheet(wb, scratchSheet(ISSUES_SHEET, (ws) => writeIssues(ws, plan.problems)));
  copySheet(wb, scratchSheet(DUPLICATES_SHEET, (ws) => writeDuplicates(ws, plan.duplicates)));
  copySheet(wb, scratchSheet(NOTES_SHEET, (ws) => writeNotes(ws, plan.files, run, mismatches)));
  await wb.commit();
  await done;
  return { bytes: Buffer.concat(chunks), mismatches };
}

/** One small sheet built in memory by the pane's writer, printed wide and made XML-safe as there. */
function scratchSheet(name: string, write: (ws: ExcelJS.Worksheet) => void): ExcelJS.Worksheet {
  const ws = new ExcelJS.Workbook().addWorksheet(name);
  write(ws);
  printWide(ws);
  escapeTexts(ws);
  return ws;
}

/** The scratch sheet into the stream: views, page setup, filter, widths and column styles, then row by row. */
function copySheet(wb: StreamBook, src: ExcelJS.Worksheet): void {
  const ws = wb.addWorksheet(src.name, {
    views: src.views.map((v) => ({ ...v })),
    pageSetup: { ...src.pageSetup },
    autoFilter: src.autoFilter,
  } as any) as StreamSheet;
  const cols = (src.columns ?? []).map((c) => ({ width: c.width, style: c.style, hidden: c.hidden }));
  if (cols.length) ws.columns = cols as any;
  src.eachRow((row, r) => {
    const dst = ws.getRow(r);
    dst.model = row.model as any;
    dst.commit();
  });
  ws.commit();
}

/** A detail sheet, row by row; returns the data rows per `file\0sheet` as committed to the stream. */
function streamDetail(wb: StreamBook, detail: MergePlan['details'][TableId], layout: ReturnType<typeof detailLayout>, tables: TableModel[]): Map<string, number> {
  const { headers, styles, widths } = layout;
  const ws = wb.addWorksheet(DETAIL_SHEET_NAMES[detail.table.id], {
    views: DETAIL_VIEWS.map((v) => ({ ...v })),
    pageSetup: wideSetup(DETAIL_SHEET_NAMES[detail.table.id]),
  } as any) as StreamSheet;
  ws.columns = widths.map((width, i) => ({ width, style: styles[i] })) as any;
  addTable(ws, detail.table, headers, Math.max(detail.rows.length, 1), tables);

  const header = ws.getRow(1);
  header.values = headers;
  header.font = { bold: true };
  header.commit();
  const counts = new Map<string, number>();
  if (detail.rows.length === 0) {
    // a table needs a data row; an empty detail sheet gets one blank row (not counted as data)
    const row = ws.getRow(2);
    styles.forEach((style, c) => (row.getCell(c + 1).style = style));
    row.commit();
  }
  const write = rowWriter(wb, ws, styles);
  detail.rows.forEach((r, i) => {
    const values = detailRowValues(r);
    countOrigin(counts, values[3], values[4]);
    write(i + 2, values);
  });
  ws.commit();
  return counts;
}

/**
 * Writes a detail row's XML straight into the sheet's stream, as exceljs's row and cell writers would (shared
 * strings, the column's style, empty cells kept only for their style) without building a row and cell objects
 * for each of 60,000 rows: most of what the writer spent. Rows go in order after the header row exceljs wrote.
 */
function rowWriter(wb: StreamBook, ws: StreamSheet, styles: Partial<ExcelJS.Style>[]): (r: number, values: (string | number | null)[]) => void {
  const letters = styles.map((_, c) => columnLetter(c + 1));
  const ids = new Map<string, number>();
  const styleId = (c: number, type: number) => {
    const k = `${c}:${type}`;
    let id = ids.get(k);
    if (id === undefined) ids.set(k, (id = wb.styles.addStyleModel(styles[c], type) as number));
    return id;
  };
  const { Null, Number: NumberType, String: StringType } = ExcelJS.ValueType;
  return (r, values) => {
    let xml = '';
    let first = 0;
    let last = 0;
    for (let c = 0; c < styles.length; c++) {
      const v = values[c] ?? null;
      const s = styleId(c, v === null ? Null : typeof v === 'number' ? NumberType : StringType);
      const sAttr = s ? ` s="${s}"` : '';
      if (v === null) {
        if (!s) continue;
        xml += `<c r="${letters[c]}${r}"${sAttr}/>`;
      } else if (typeof v === 'number') xml += `<c r="${letters[c]}${r}"${sAttr}><v>${v}</v></c>`;
      else xml += `<c r="${letters[c]}${r}"${sAttr} t="s"><v>${wb.sharedStrings.add(excelXmlText(v))}</v></c>`;
      if (!first) first = c + 1;
      last = c + 1;
    }
    ws.stream.write(`<row r="${r}"${first ? ` spans="${first}:${last}"` : ''} x14ac:dyDescent="0.25">${xml}</row>`);
    ws._rowZero = r + 1;
  };
}

/** The sheet's Excel table: exceljs's own model and XML, its relationship, and a tablePart at the sheet's end. */
function addTable(ws: StreamSheet, def: MergePlan['details'][TableId]['table'], headers: string[], dataRows: number, tables: TableModel[]): void {
  const Table = exceljsLib('doc/table.js');
  const t = new Table(undefined, undefined);
  // validate() works out the ranges from the row count; the rows themselves are streamed, not kept
  t.table = { ...detailTable(def, headers), rows: new Array(dataRows) };
  t.validate();
  const model = t.model as TableModel;
  delete model.rows;
  model.id = tables.length + 1;
  model.target = `table${model.id}.xml`;
  tables.push(model);
  const rId = ws._sheetRelsWriter.addRelationship({ Type: exceljsLib('xlsx/rel-type.js').Table, Target: `../tables/${model.target}` });
  const writeLegacy = ws._writeLegacyData.bind(ws);
  ws._writeLegacyData = () => {
    writeLegacy();
    ws._write(`<tableParts count="1"><tablePart r:id="${rId}"/></tableParts>`);
  };
}

/** The writer's own parts, plus the table parts and their content types, and a full calculation on open. */
function withTablesAndCalc(wb: StreamBook, tables: TableModel[]): void {
  const ContentTypesXform = exceljsLib('xlsx/xform/core/content-types-xform.js');
  const TableXform = exceljsLib('xlsx/xform/table/table-xform.js');
  const WorkbookXform = exceljsLib('xlsx/xform/book/workbook-xform.js');
  wb.addContentTypes = async () => {
    const model = { worksheets: wb._worksheets.filter(Boolean), sharedStrings: wb.sharedStrings, commentRefs: wb.commentRefs, media: wb.media, tables };
    wb.zip.append(new ContentTypesXform().toXml(model), { name: '[Content_Types].xml' });
    const xform = new TableXform();
    for (const t of tables) {
      xform.prepare(t, {});
      wb.zip.append(xform.toXml(t), { name: `xl/tables/${t.target}` });
    }
  };
  wb.addWorkbook = async () => {
    const model = {
      worksheets: wb._worksheets.filter(Boolean),
      definedNames: wb._definedNames.model,
      views: wb.views,
      properties: {},
      calcProperties: { fullCalcOnLoad: true },
    };
    const xform = new WorkbookXform();
    xform.prepare(model);
    wb.zip.append(xform.toXml(model), { name: '/xl/workbook.xml' });
  };
}
