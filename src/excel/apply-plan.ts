// Applies the host-neutral WorkbookPlan (the same one the CLI's .xlsx templates come from) to the open workbook.
// Two syncs whatever the size: one to learn which sheets and names exist, one for every write.
import type { CellStyle, SheetPlan, WorkbookPlan } from '../core/form/plan-types';
import { columnLetter } from '../core/columns';
import { parseAddress } from './address';
import type { ExcelFeatures } from './features';
import { applyStyle, applyValidation, widthPoints } from './style';
import { queueRuleFormats } from './apply-conditional-formats';
import { withoutEvents } from './events-off';
import { officeCell } from './write-sheets-cells';

export interface ApplyResult {
  /** sheets added */
  created: string[];
  /** plan sheets left alone because the workbook already has a sheet of that name (never overwritten) */
  skipped: string[];
  /** plan parts this host cannot apply: 'dataValidation', 'freezePanes', 'pageLayout', 'names' */
  omitted: (keyof ExcelFeatures)[];
}

/** The templates' margins (src/xlsx/apply-plan.ts: 0.4″ sides, 0.5″ top and bottom, 0.3″ header and footer) in points. */
export const PRINT_MARGINS = { leftMargin: 28.8, rightMargin: 28.8, topMargin: 36, bottomMargin: 36, headerMargin: 21.6, footerMargin: 21.6 } as const;

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

/**
 * A plan's value as Office.js must be given it to store it unchanged: a string stays text (a General cell reads
 * `2018` as a number otherwise, unlike the .xlsx template), behind the apostrophe Excel itself uses; a text
 * cell (`@`, set just before) takes it as it is.
 */
export function planValue(v: string | number, numFmt: string | undefined): string | number {
  return typeof v === 'string' && numFmt !== '@' ? officeCell(v) as string : v;
}

/** The number format a cell has when its value is written: its own style's, else the last range style's over it. */
function formatAt(plan: SheetPlan, address: string, own: CellStyle | undefined): string | undefined {
  if (own?.numFmt) return own.numFmt;
  const a = parseAddress(address);
  let fmt: string | undefined;
  for (const rs of plan.rangeStyles) {
    const b = parseAddress(rs.range);
    if (rs.style.numFmt && a.r1 >= b.r1 && a.r1 <= b.r2 && a.c1 >= b.c1 && a.c1 <= b.c2) fmt = rs.style.numFmt;
  }
  return fmt;
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
    // the style first: Range.values reads a string as typed input unless the cell is already text (`@`), so a
    // landline 03514921797 written before its format would lose its leading zero and `+86 …` become a formula
    if (cell.style) applyStyle(r, parseAddress(cell.address), cell.style);
    if (cell.formula !== undefined) r.formulas = [[`=${cell.formula}`]];
    else if (cell.value !== undefined) r.values = [[planValue(cell.value, formatAt(plan, cell.address, cell.style))]];
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
    // as the .xlsx templates: centred across, the same margins (there in inches, here in points)
    pl.centerHorizontally = true;
    Object.assign(pl, PRINT_MARGINS);
    if (plan.print.repeatRows) pl.setPrintTitleRows(`$${plan.print.repeatRows[0]}:$${plan.print.repeatRows[1]}`);
    // the same centre footer the .xlsx templates carry (src/xlsx/apply-plan.ts writes it as &C…)
    if (plan.print.footer) pl.headersFooters.defaultForAllPages.centerFooter = plan.print.footer;
  }
  if (plan.visibility !== 'visible') ws.visibility = VISIBILITY[plan.visibility];
}

/**
 * Adds the plan's sheets (skipping any whose name is taken), their cells, styles and validations, and the
 * defined names. The clerk's existing sheets are never touched.
 */
export async function applyWorkbookPlan(context: Excel.RequestContext, plan: WorkbookPlan, f: ExcelFeatures): Promise<ApplyResult> {
  return withoutEvents(context, f.enableEvents, () => queuePlan(context, plan, f));
}

/** Everything of the plan queued, after one sync to learn the names in use; the caller syncs the writes. */
async function queuePlan(context: Excel.RequestContext, plan: WorkbookPlan, f: ExcelFeatures): Promise<ApplyResult> {
  const existing = await loadNames(context);
  const result: ApplyResult = { created: [], skipped: [], omitted: [] };
  const omit = (k: keyof ExcelFeatures, used: boolean): void => {
    if (used && !f[k] && !result.omitted.includes(k)) result.omitted.push(k);
  };
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
  return result;
}
