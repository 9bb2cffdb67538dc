// A built workbook as an .xlsx Blob assembled part by part, for the pane (exceljs's browser build has no streaming
// writer). exceljs's own writer steps render every part (xlsx.js of exceljs 4.4: prepareModel, addWorksheets, …),
// so each part is the text writeBuffer writes; each is checked as checkXmlParts checks a finished file, deflated
// into the Blob (zip-blob.ts) and let go. No sheet's model (exceljs's copy of its cells) is held whole: a sheet is
// prepared over row models made and dropped one at a time, then its rows are made again and rendered a batch at a
// time into its <sheetData>, each batch deflated before the next (a sheet with notes or shared formulas, which
// cannot be prepared twice, is rendered whole). writeBuffer holds every sheet's model (twice), every part's text,
// JSZip's output and the whole file at once. The content types and relationships are rendered last (when the
// shared strings and tables are known) and placed first in the file, so the entries come in writeBuffer's order.

import type ExcelJS from 'exceljs';
import { ZipBlobWriter, utf8Slices } from './zip-blob';
import { OutputCheckError, PartCheck } from './output-check';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Model = Record<string, any>;
type Sink = { append(data: unknown, options: { name: string; base64?: boolean }): void };
type Step = (zip: Sink, model: Model) => unknown;

/** exceljs's XLSX writer, as its write() drives it */
interface XlsxSteps {
  prepareModel(model: Model, options: object): void;
  addWorksheets: Step;
  addSharedStrings: Step;
  addDrawings: Step;
  addTables: Step;
  addThemes: Step;
  addStyles: Step;
  addMedia: Step;
  addApp: Step;
  addCore: Step;
  addContentTypes: Step;
  addOfficeRels: Step;
  addWorkbookRels: Step;
  addWorkbook: Step;
}

/** Rows rendered at a time in a big sheet: a few MB of XML text. */
const ROW_BATCH = 1000;
const EMPTY_DATA = '<sheetData/>';

/** What one step appends, by part name (exceljs's streaming writer names a part with a leading slash; a zip does not). */
class Parts implements Sink {
  readonly parts: { name: string; data: unknown }[] = [];
  append(data: unknown, options: { name: string; base64?: boolean }): void {
    if (options.base64) throw new Error(`workbook-blob: base64 part ${options.name}`);
    this.parts.push({ name: options.name.replace(/^\//, ''), data });
  }
}

async function rendered(step: Step, model: Model): Promise<Parts> {
  const parts = new Parts();
  await step(parts, model);
  return parts;
}

/** A part's text from its pieces, checked as it goes, as UTF-8 chunks; throws OutputCheckError at a bad part's end. */
async function* checkedText(name: string, pieces: Iterable<string> | AsyncIterable<string>): AsyncGenerator<Uint8Array> {
  const check = /\.(xml|rels)$/i.test(name) ? new PartCheck() : undefined;
  for await (const piece of pieces) {
    check?.add(piece);
    yield* utf8Slices(piece);
  }
  const problem = check?.problem();
  if (problem) throw new OutputCheckError(name, problem);
}

async function addPart(zip: ZipBlobWriter, name: string, data: unknown): Promise<void> {
  if (typeof data === 'string') return zip.add(name, checkedText(name, [data]));
  if (data instanceof Uint8Array || data instanceof ArrayBuffer) return zip.add(name, [data instanceof Uint8Array ? data : new Uint8Array(data)]);
  throw new Error(`workbook-blob: unexpected data for ${name}`);
}

type Prepare = (sheet: Model) => void;

/** The rows of a sheet as exceljs's models, made one at a time from the sheet (as Worksheet.model makes them). */
function* rowModels(ws: ExcelJS.Worksheet): Generator<Model> {
  for (const row of (ws as unknown as { _rows: ({ model: Model | null } | undefined)[] })._rows) {
    const model = row && row.model;
    if (model) yield model;
  }
}

/**
 * Whether the sheet's rows can be prepared again a batch at a time with the same result: not when a cell holds a
 * note (each preparation would list its comments part again) or a shared formula (its master is numbered and
 * stretched by the cells after it).
 */
function batchable(ws: ExcelJS.Worksheet): boolean {
  let ok = true;
  ws.eachRow((row) => {
    if (!ok) return;
    row.eachCell((cell) => {
      const v = cell.value as { sharedFormula?: unknown; shareType?: unknown } | null;
      if (cell.note || (v && typeof v === 'object' && (v.sharedFormula !== undefined || v.shareType === 'shared'))) ok = false;
    });
  });
  return ok;
}

/**
 * The pieces of a sheet's part, whose model was prepared over all its rows: the sheet rendered without rows with
 * its empty <sheetData/> opened, then the rows a batch at a time — their models made again, prepared again (which
 * finds every string and style already there; only the count of string uses is put back) and rendered as a sheet
 * of those rows, its <sheetData> content taken — and the rest of the sheet.
 */
async function* sheetPieces(xlsx: XlsxSteps, prepare: Prepare, strings: { count: number }, ws: ExcelJS.Worksheet, sheet: Model, name: string, head: string, tail: string): AsyncGenerator<string> {
  yield head + '<sheetData>';
  const render = async (rows: Model[]) => {
    // tables, pictures and conditional formats were prepared with the sheet: not again
    const batch = { ...sheet, rows, tables: [], media: [], conditionalFormattings: [] };
    const uses = strings.count;
    prepare(batch);
    strings.count = uses;
    const xml = (await rendered(xlsx.addWorksheets, { worksheets: [batch] })).parts.find((p) => p.name === name)?.data as string;
    const from = xml.indexOf('<sheetData>');
    const to = xml.lastIndexOf('</sheetData>');
    if (from < 0 || to < from) throw new Error(`workbook-blob: no rows in ${name}`);
    return xml.slice(from + '<sheetData>'.length, to);
  };
  let rows: Model[] = [];
  for (const row of rowModels(ws)) {
    rows.push(row);
    if (rows.length === ROW_BATCH) {
      yield await render(rows);
      rows = [];
    }
  }
  if (rows.length) yield await render(rows);
  yield '</sheetData>' + tail;
}

/**
 * One sheet's parts into the zip. A sheet whose rows can be batched is prepared over row models made and let go one
 * at a time, its own part then rendered a batch of rows at a time; any other sheet as writeBuffer does it, whole.
 */
async function addSheet(zip: ZipBlobWriter, xlsx: XlsxSteps, prepare: Prepare, strings: { count: number }, ws: ExcelJS.Worksheet): Promise<Model> {
  const name = `xl/worksheets/sheet${ws.id}.xml`;
  if (!batchable(ws)) {
    const whole = (ws as unknown as { model: Model }).model;
    prepare(whole);
    for (const part of (await rendered(xlsx.addWorksheets, { worksheets: [whole] })).parts) await addPart(zip, part.name, part.data);
    whole.rows = [];
    return whole;
  }
  const sheet = bareSheetModel(ws);
  let rows = 0;
  sheet.rows = {
    forEach(each: (row: Model, index: number) => void) {
      for (const row of rowModels(ws)) {
        sheet.dimensions.expand(row.number, row.min, row.number, row.max);
        each(row, rows++);
      }
    },
  };
  prepare(sheet);
  sheet.rows = [];
  for (const part of (await rendered(xlsx.addWorksheets, { worksheets: [sheet] })).parts) {
    const xml = part.data as string;
    const at = part.name === name && rows ? xml.indexOf(EMPTY_DATA) : -1;
    if (at < 0) await addPart(zip, part.name, part.data);
    else await zip.add(name, checkedText(name, sheetPieces(xlsx, prepare, strings, ws, sheet, name, xml.slice(0, at), xml.slice(at + EMPTY_DATA.length))));
  }
  return sheet;
}

/** A sheet's model without its rows (Worksheet.model makes every row's). */
function bareSheetModel(ws: ExcelJS.Worksheet): Model {
  return modelWithout(ws as unknown as Model, '_rows');
}

/** `o.model` with the list `o[key]` emptied meanwhile. */
function modelWithout(o: Model, key: string): Model {
  const kept = o[key];
  o[key] = [];
  try {
    return o.model;
  } finally {
    o[key] = kept;
  }
}

/** The workbook's model without any sheet's cells (Workbook.model makes every sheet's model, twice). */
function bookModel(workbook: ExcelJS.Workbook): Model {
  return modelWithout(workbook as unknown as Model, '_worksheets');
}

/** The .xlsx as a Blob of `type`, every XML part checked; throws OutputCheckError naming the first bad part. */
export async function workbookBlob(workbook: ExcelJS.Workbook, type: string): Promise<Blob> {
  const xlsx = workbook.xlsx as unknown as XlsxSteps;
  const zip = new ZipBlobWriter();
  const sheets = workbook.worksheets;
  const model = bookModel(workbook);

  // prepareModel goes over the sheets twice: the workbook part's prepare reads names and page setups (defined names
  // for print titles); then each sheet's model is prepared (shared strings, styles, table names). The second walk
  // is kept for later, one sheet at a time.
  const stubs: Model[] = sheets.map((ws) => ({ id: ws.id, name: ws.name, state: ws.state, pageSetup: ws.pageSetup }));
  let walks = 0;
  let prepareSheet: Prepare | undefined;
  model.worksheets = {
    forEach(each: (sheet: Model) => void) {
      if (walks++ === 0) stubs.forEach((s) => each(s));
      else prepareSheet = each;
    },
  };
  xlsx.prepareModel(model, {});
  if (!prepareSheet || walks !== 2) throw new Error('workbook-blob: exceljs prepares sheets differently than expected');

  const done: Model[] = [];
  const strings = (model.sharedStrings as { model: { count: number } }).model;
  for (const ws of sheets) done.push(await addSheet(zip, xlsx, prepareSheet, strings, ws));
  model.worksheets = done;
  model.sheets = done;
  for (const step of ['addSharedStrings', 'addDrawings', 'addTables', 'addThemes', 'addStyles', 'addMedia', 'addApp', 'addCore',
    'addContentTypes', 'addOfficeRels', 'addWorkbookRels', 'addWorkbook'] as const) {
    for (const part of (await rendered(xlsx[step], model)).parts) await addPart(zip, part.name, part.data);
  }
  return zip.blob(type, ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels']);
}
