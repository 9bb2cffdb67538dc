// A built workbook as an .xlsx Blob assembled part by part, for the pane (exceljs's browser build has no streaming
// writer). exceljs's own writer steps render every part (xlsx.js of exceljs 4.4: prepareModel, addWorksheets, …),
// so each part is the text writeBuffer writes; each is checked as checkXmlParts checks a finished file, deflated
// into the Blob (zip-blob.ts) and let go. A sheet's model — exceljs's copy of its cells — is made just before the
// sheet is rendered and dropped after, and a big sheet's rows are rendered a batch at a time into its <sheetData>,
// each batch deflated before the next is rendered: writeBuffer holds every sheet's model (twice), every part's
// text, JSZip's output and the whole file at once. The content types and relationships are rendered last (when
// the shared strings and tables are known) and placed first in the file, so the entries come in writeBuffer's order.

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

/**
 * The pieces of a prepared sheet's part: the sheet rendered without rows, its empty <sheetData/> opened, the rows
 * rendered a batch at a time (each batch as a sheet of those rows, its <sheetData> content taken), closed again.
 */
async function* sheetPieces(xlsx: XlsxSteps, sheet: Model, name: string, head: string, tail: string): AsyncGenerator<string> {
  yield head + '<sheetData>';
  const rows: unknown[] = sheet.rows;
  for (let i = 0; i < rows.length; i += ROW_BATCH) {
    const batch = (await rendered(xlsx.addWorksheets, { worksheets: [{ ...sheet, rows: rows.slice(i, i + ROW_BATCH) }] })).parts.find((p) => p.name === name);
    const xml = batch?.data as string;
    const from = xml.indexOf('<sheetData>');
    const to = xml.lastIndexOf('</sheetData>');
    if (from < 0 || to < from) throw new Error(`workbook-blob: no rows in ${name}`);
    yield xml.slice(from + '<sheetData>'.length, to);
  }
  yield '</sheetData>' + tail;
}

/** One sheet's parts into the zip: its own part a batch of rows at a time, its relationships as they are. */
async function addSheet(zip: ZipBlobWriter, xlsx: XlsxSteps, sheet: Model): Promise<void> {
  const name = `xl/worksheets/sheet${sheet.id}.xml`;
  const bare = await rendered(xlsx.addWorksheets, { worksheets: [{ ...sheet, rows: [] }] });
  for (const part of bare.parts) {
    const xml = part.data as string;
    const at = part.name === name && sheet.rows.length ? xml.indexOf(EMPTY_DATA) : -1;
    if (at < 0) {
      await addPart(zip, part.name, part.data);
      continue;
    }
    await zip.add(name, checkedText(name, sheetPieces(xlsx, sheet, name, xml.slice(0, at), xml.slice(at + EMPTY_DATA.length))));
  }
}

/** The workbook's model without any sheet's cells (Workbook.model makes every sheet's model, twice). */
function bookModel(workbook: ExcelJS.Workbook): Model {
  const wb = workbook as unknown as { _worksheets: unknown[]; model: Model };
  const sheets = wb._worksheets;
  wb._worksheets = [];
  try {
    return wb.model;
  } finally {
    wb._worksheets = sheets;
  }
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
  let prepareSheet: ((sheet: Model) => void) | undefined;
  model.worksheets = {
    forEach(each: (sheet: Model) => void) {
      if (walks++ === 0) stubs.forEach((s) => each(s));
      else prepareSheet = each;
    },
  };
  xlsx.prepareModel(model, {});
  if (!prepareSheet || walks !== 2) throw new Error('workbook-blob: exceljs prepares sheets differently than expected');

  const done: Model[] = [];
  for (const ws of sheets) {
    const sheet = (ws as unknown as { model: Model }).model;
    prepareSheet(sheet);
    await addSheet(zip, xlsx, sheet);
    sheet.rows = [];
    done.push(sheet);
  }
  model.worksheets = done;
  model.sheets = done;
  for (const step of ['addSharedStrings', 'addDrawings', 'addTables', 'addThemes', 'addStyles', 'addMedia', 'addApp', 'addCore',
    'addContentTypes', 'addOfficeRels', 'addWorkbookRels', 'addWorkbook'] as const) {
    for (const part of (await rendered(xlsx[step], model)).parts) await addPart(zip, part.name, part.data);
  }
  return zip.blob(type, ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels']);
}
