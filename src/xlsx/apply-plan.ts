// Applies a host-neutral WorkbookPlan to an exceljs workbook: cells, styles, merges, validations, print setup.
import type ExcelJS from 'exceljs';
import { cellsOf } from '../core/form/a1';
import type { CellStyle, PlannedConditionalFormat, PlannedValidation, SheetPlan, WorkbookPlan } from '../core/form/plan-types';

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };

export function applyPlan(workbook: ExcelJS.Workbook, plan: WorkbookPlan): void {
  for (const sheet of plan.sheets) applySheet(workbook, sheet);
  for (const dn of plan.definedNames) workbook.definedNames.add(dn.ref, dn.name);
}

function applySheet(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(plan.name, {
    state: plan.visibility,
    views: plan.freeze && (plan.freeze.row > 1 || plan.freeze.column > 1)
      ? [{ state: 'frozen', xSplit: plan.freeze.column - 1, ySplit: plan.freeze.row - 1, topLeftCell: `A${plan.freeze.row}`, activeCell: `A${plan.freeze.row}` }]
      : [],
  });
  plan.widths.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  for (const [row, height] of Object.entries(plan.rowHeights)) ws.getRow(Number(row)).height = height;

  // range styles first, so a planned cell's own style wins where both apply
  for (const rs of plan.rangeStyles) {
    for (const a of cellsOf(rs.range)) styleCell(ws.getCell(a), rs.style);
  }
  for (const c of plan.cells) {
    const cell = ws.getCell(c.address);
    if (c.formula !== undefined) cell.value = { formula: c.formula } as ExcelJS.CellFormulaValue;
    else if (c.value !== undefined) cell.value = c.value;
    if (c.style) styleCell(cell, c.style);
  }
  for (const m of plan.merges) ws.mergeCells(m);

  // exceljs lacks `dataValidations` in its type declarations; per-cell validations write overlapping ranges
  const dv = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of plan.validations) dv.add(v.range, toExcelValidation(v));
  // in plan order: exceljs numbers the priorities as the formats come, the first one on top
  for (const cf of plan.conditionalFormats ?? []) ws.addConditionalFormatting(toExcelConditionalFormat(cf));

  if (plan.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: plan.print.landscape ? 'landscape' : 'portrait',
      fitToPage: plan.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      ...(plan.print.repeatRows ? { printTitlesRow: `${plan.print.repeatRows[0]}:${plan.print.repeatRows[1]}` } : {}),
    };
    if (plan.print.footer) ws.headerFooter.oddFooter = `&C${plan.print.footer}`;
  }
  return ws;
}

function styleCell(cell: ExcelJS.Cell, s: CellStyle): void {
  if (s.font !== undefined || s.bold !== undefined || s.size !== undefined || s.color !== undefined) {
    cell.font = {
      ...(s.font ? { name: s.font } : {}),
      size: s.size ?? 11,
      bold: s.bold ?? false,
      ...(s.color ? { color: { argb: `FF${s.color}` } } : {}),
    };
  }
  if (s.align || s.vertical || s.wrap !== undefined) {
    cell.alignment = {
      ...(s.align ? { horizontal: s.align } : {}),
      ...(s.vertical ? { vertical: s.vertical } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
    };
  }
  if (s.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill}` } };
  if (s.numFmt) cell.numFmt = s.numFmt;
}

/** A rule formula as an `expression` rule; a conditional format's fill takes its colour from bgColor. */
export function toExcelConditionalFormat(cf: PlannedConditionalFormat): ExcelJS.ConditionalFormattingOptions {
  return {
    ref: cf.range,
    rules: [{
      type: 'expression',
      formulae: [cf.formula],
      style: {
        fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${cf.style.fill}` } },
        font: { color: { argb: `FF${cf.style.color}` } },
      },
    } as ExcelJS.ConditionalFormattingRule],
  };
}

/** Excel date serial -> Date, as exceljs converts date validation bounds itself. */
function serialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
}

export function toExcelValidation(v: PlannedValidation): ExcelJS.DataValidation {
  let formulae: unknown[];
  if (v.type === 'list') {
    formulae = v.listSource ? [v.listSource.replace(/^=/, '')] : [`"${(v.listValues ?? []).join(',')}"`];
  } else {
    const op = v.operator ?? 'between';
    const bound = (n: number | undefined) => (v.type === 'date' && n !== undefined ? serialToDate(n) : n);
    if (op === 'between') formulae = [bound(v.min), bound(v.max)];
    else if (op === 'lessThanOrEqual') formulae = [bound(v.max)];
    else formulae = [bound(v.min)];
    if (formulae.some((f) => f === undefined)) throw new Error(`validation on ${v.range} lacks a bound for ${op}`);
  }
  return {
    type: v.type,
    ...(v.type === 'list' ? {} : { operator: v.operator ?? 'between' }),
    allowBlank: v.allowBlank,
    formulae,
    showInputMessage: Boolean(v.prompt),
    ...(v.promptTitle ? { promptTitle: v.promptTitle } : {}),
    ...(v.prompt ? { prompt: v.prompt } : {}),
    showErrorMessage: true,
    errorStyle: v.errorStyle,
    ...(v.errorTitle ? { errorTitle: v.errorTitle } : {}),
    ...(v.error ? { error: v.error } : {}),
  } as ExcelJS.DataValidation;
}
