// Which parts of the Excel JavaScript API the host offers. Government PCs often run volume-licensed Office
// (2016: ExcelApi 1.1, 2019: 1.8, 2021: 1.14), so every optional step is gated on one of these flags.

export type IsSetSupported = (set: string, version: string) => boolean;

export interface ExcelFeatures {
  /** used ranges of values only, merges, widths (ExcelApi 1.2): below this nothing useful can be created or read */
  basics: boolean;
  /** workbook.names.add and *OrNullObject (1.4): list sources and the marks' defined names */
  names: boolean;
  /** conditional formats (1.6): marks drawn in the cells */
  conditionalFormats: boolean;
  /** worksheet.onChanged (1.7): checking as people type; without it the pane offers manual checking only */
  onChanged: boolean;
  /** worksheet.freezePanes (1.7) */
  freezePanes: boolean;
  /** range.dataValidation (1.8): drop-downs and input prompts on created tables */
  dataValidation: boolean;
  /** context.runtime.enableEvents (1.8): the add-in's own writes raise no events */
  enableEvents: boolean;
  /** Excel.createWorkbook(base64) (1.8): a built .xlsx opened as a new workbook */
  newWorkbook: boolean;
  /** worksheet.pageLayout (1.9): print setup */
  pageLayout: boolean;
  /** range.getMergedAreasOrNullObject (1.13): values merged down a table's rows read into every row */
  mergedAreas: boolean;
  /** worksheets.onNameChanged (1.17): a renamed sheet is re-read at once (below it, at its next edit) */
  sheetRenamed: boolean;
}

const NEEDS: Record<keyof ExcelFeatures, string> = {
  basics: '1.2',
  names: '1.4',
  conditionalFormats: '1.6',
  onChanged: '1.7',
  freezePanes: '1.7',
  dataValidation: '1.8',
  enableEvents: '1.8',
  newWorkbook: '1.8',
  pageLayout: '1.9',
  mergedAreas: '1.13',
  sheetRenamed: '1.17',
};

export function detectFeatures(isSetSupported: IsSetSupported): ExcelFeatures {
  const out = {} as ExcelFeatures;
  for (const [feature, version] of Object.entries(NEEDS) as [keyof ExcelFeatures, string][]) {
    let ok = false;
    try {
      ok = isSetSupported('ExcelApi', version) === true;
    } catch {
      ok = false;
    }
    out[feature] = ok;
  }
  return out;
}

/** Live validation draws marks only when both the names and the conditional formats are there. */
export const canMark = (f: ExcelFeatures): boolean => f.names && f.conditionalFormats;

/** The features of the running host; everything off outside Office (e.g. the pane opened in a plain browser). */
export function hostFeatures(): ExcelFeatures {
  const g = globalThis as { Office?: { context?: { requirements?: { isSetSupported?: IsSetSupported } } } };
  const req = g.Office?.context?.requirements;
  if (!req || typeof req.isSetSupported !== 'function') return detectFeatures(() => false);
  return detectFeatures((set, version) => req.isSetSupported!(set, version));
}
