// A built workbook as an .xlsx Blob assembled part by part, for the pane (exceljs's browser build has no streaming
// writer). exceljs's own writer steps render every part (xlsx.js of exceljs 4.4: prepareModel, addWorksheets, …),
// so each part is the text writeBuffer writes; each is checked as checkXmlParts checks a finished file, deflated
// into the Blob (zip-blob.ts) and let go. A sheet's model — exceljs's copy of its cells — is made just before the
// sheet is rendered and dropped after: writeBuffer holds every sheet's model (twice), every part's text, JSZip's
// output and the whole file at once. The parts come in a different order (the content types, relationships and
// workbook part last, when the shared strings and tables are known); a zip's entries may come in any order.

import type ExcelJS from 'exceljs';
import { ZipBlobWriter, utf8Slices } from './zip-blob';
import { OutputCheckError, partProblem } from './output-check';

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

/** Takes what a step appends; `drain` checks and deflates it into the zip, in order. */
class PartSink implements Sink {
  private queue: { name: string; data: unknown }[] = [];
  constructor(private readonly zip: ZipBlobWriter) {}

  append(data: unknown, options: { name: string; base64?: boolean }): void {
    if (options.base64) throw new Error(`workbook-blob: base64 part ${options.name}`);
    // exceljs names the workbook part '/xl/workbook.xml' in its streaming writer only; a zip name has no leading slash
    this.queue.push({ name: options.name.replace(/^\//, ''), data });
  }

  async drain(): Promise<void> {
    while (this.queue.length) {
      const { name, data } = this.queue.shift()!;
      if (typeof data === 'string') {
        if (/\.(xml|rels)$/i.test(name)) {
          const problem = partProblem(data);
          if (problem) throw new OutputCheckError(name, problem);
        }
        await this.zip.add(name, utf8Slices(data));
      } else if (data instanceof Uint8Array || data instanceof ArrayBuffer) {
        await this.zip.add(name, [data instanceof Uint8Array ? data : new Uint8Array(data)]);
      } else {
        throw new Error(`workbook-blob: unexpected data for ${name}`);
      }
    }
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
  const sink = new PartSink(zip);
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
    await xlsx.addWorksheets(sink, { worksheets: [sheet] });
    await sink.drain();
    sheet.rows = [];
    done.push(sheet);
  }
  model.worksheets = done;
  model.sheets = done;
  for (const step of ['addSharedStrings', 'addDrawings', 'addTables', 'addThemes', 'addStyles', 'addMedia', 'addApp', 'addCore',
    'addContentTypes', 'addOfficeRels', 'addWorkbookRels', 'addWorkbook'] as const) {
    await xlsx[step](sink, model);
    await sink.drain();
  }
  return zip.blob(type);
}
