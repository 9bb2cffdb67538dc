// Applies the host-neutral WorkbookPlan (the same one the CLI's .xlsx templates come from) to the open workbook.
// Two syncs whatever the size: one to learn which sheets and names exist, one for every write.
import type { SheetPlan, WorkbookPlan } from '../core/form/plan-types';
import { columnLetter } from '../core/columns';
import { parseAddress } from './address';
import type { ExcelFeatures } from './features';
import { applyStyle, applyValidation, widthPoints } from './style';
import { queueRuleFormats } from './apply-conditional-formats';

export interface ApplyResult {
  /** sheets added */
  created: string[];
  /** plan sheets left alone because the workbook already has a sheet of that name (never overwritten) */
  skipped: string[];
  /** plan parts this host cannot apply: 'dataValidation', 'freezePanes', 'pageLayout', 'names' */
  omitted: (keyof ExcelFeatures)[];
}

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/** Names of the workbook's sheets and defined names; one sync. */
export async function loadNames(context: Excel.RequestContext): Promise<{ sheets: Set<string>; names: Set<string> }> {
  const sheets = context.workbook.worksheets;
  const names = context.workbook.names;
  sheets.load('items/name');
  names.load('items/name');
  await context.sync();
  return { sheets: new Set(sheets.items.map((s) => s.name)), names: new Set(names.items.map((n) => n.name)) };
}

function queueSheet(ws: Excel.Worksheet, plan: SheetPlan, f: ExcelFeatures): void {
  plan.widths.forEach((w, i) => {
    if (w > 0) ws.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth = widthPoints(w);
  });
  for (const [row, h] of Object.entries(plan.rowHeights)) ws.getRange(`${row}:${row}`).format.rowHeight = h;
  for (const rs of plan.rangeStyles) applyStyle(ws.getRange(rs.range), parseAddress(rs.range), rs.style);
  for (const m of plan.merges) ws.getRange(m).merge(false);
  for (const cell of plan.cells) {
    const r = ws.getRange(cell.address);
    if (cell.formula !== undefined) r.formulas = [[`=${cell.formula}`]];
    else if (cell.value !== undefined) r.values = [[cell.value]];
    if (cell.style) applyStyle(r, parseAddress(cell.address), cell.style);
  }
  if (f.dataValidation) for (const v of plan.validations) applyValidation(ws.getRange(v.range), v);
  if (plan.freeze && f.freezePanes) {
    const { row, column } = plan.freeze;
    if (row > 1 && column > 1) ws.freezePanes.freezeAt(ws.getRange(`A1:${columnLetter(column - 1)}${row - 1}`));
    else if (row > 1) ws.freezePanes.freezeRows(row - 1);
    else if (column > 1) ws.freezePanes.freezeColumns(column - 1);
  }
  if (plan.print && f.pageLayout) {
    const pl = ws.pageLayout;
    pl.orientation = plan.print.landscape ? 'Landscape' : 'Portrait';
    pl.paperSize = 'A4';
    // fit all columns on one page; 0 pages high lets the rows run on (Excel's "automatic")
    if (plan.print.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (plan.print.repeatRows) pl.setPrintTitleRows(`$${plan.print.repeatRows[0]}:$${plan.print.repeatRows[1]}`);
  }
  if (plan.visibility !== 'visible') ws.visibility = VISIBILITY[plan.visibility];
}

/**
 * Adds the plan's sheets (skipping any whose name is taken), their cells, styles and validations, and the
 * defined names. The clerk's existing sheets are never touched.
 */
export async function applyWorkbookPlan(context: Excel.RequestContext, plan: WorkbookPlan, f: ExcelFeatures): Promise<ApplyResult> {
  const existing = await loadNames(context);
  const result: ApplyResult = { created: [], skipped: [], omitted: [] };
  const omit = (k: keyof ExcelFeatures, used: boolean): void => {
    if (used && !f[k] && !result.omitted.includes(k)) result.omitted.push(k);
  };
  if (f.enableEvents) context.runtime.enableEvents = false;
  let first: Excel.Worksheet | undefined;
  for (const sp of plan.sheets) {
    if (existing.sheets.has(sp.name)) {
      result.skipped.push(sp.name);
      continue;
    }
    const ws = context.workbook.worksheets.add(sp.name);
    queueSheet(ws, sp, f);
    result.created.push(sp.name);
    if (!first && sp.visibility === 'visible') first = ws;
    omit('dataValidation', sp.validations.length > 0);
    omit('freezePanes', !!sp.freeze);
    omit('pageLayout', !!sp.print);
  }
  omit('names', plan.definedNames.length > 0);
  if (f.names) {
    for (const n of plan.definedNames) if (!existing.names.has(n.name)) context.workbook.names.add(n.name, n.ref);
  }
  omit('conditionalFormats', queueRuleFormats(context.workbook.worksheets, plan, result.created, f));
  first?.activate();
  if (f.enableEvents) context.runtime.enableEvents = true;
  await context.sync();
  return result;
}
