// A plan's CellStyle and PlannedValidation in Office.js terms. Everything is queued on the range: no sync here.
import type { CellStyle, PlannedValidation } from '../core/form/plan-types';
import { excelSerialToDate, isoDate } from '../core/normalise';
import type { Box } from './address';

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/** Excel character units -> points (Office.js sets widths in points): 7 px a character plus 5 px padding, 0.75 pt a pixel. */
export const widthPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

/** A 2-D array of one value, sized to a box (Office.js wants full arrays for multi-cell writes). */
export const filled = <T>(box: Box, v: T): T[][] =>
  Array.from({ length: box.r2 - box.r1 + 1 }, () => new Array<T>(box.c2 - box.c1 + 1).fill(v));

export function applyStyle(range: Excel.Range, box: Box, style: CellStyle): void {
  const f = range.format;
  if (style.font) f.font.name = style.font;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.size !== undefined) f.font.size = style.size;
  if (style.color) f.font.color = `#${style.color}`;
  if (style.fill) f.fill.color = `#${style.fill}`;
  if (style.align) f.horizontalAlignment = H_ALIGN[style.align];
  if (style.vertical) f.verticalAlignment = V_ALIGN[style.vertical];
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.numFmt) range.numberFormat = filled(box, style.numFmt);
  if (style.border) {
    const edges: string[] = [...EDGES];
    if (box.r2 > box.r1) edges.push('InsideHorizontal');
    if (box.c2 > box.c1) edges.push('InsideVertical');
    for (const e of edges) {
      const b = f.borders.getItem(e as Excel.BorderIndex);
      b.style = 'Continuous';
      b.weight = 'Thin';
    }
  }
}

const OPERATOR = {
  between: 'Between',
  greaterThanOrEqual: 'GreaterThanOrEqualTo',
  lessThanOrEqual: 'LessThanOrEqualTo',
  equal: 'EqualTo',
} as const;

const ERROR_STYLE = { stop: 'Stop', warning: 'Warning', information: 'Information' } as const;

function bounds(v: PlannedValidation, asDate: boolean): { formula1: string | number; formula2?: string | number; operator: string } {
  const op = v.operator ?? 'between';
  const show = (n: number | undefined): string | number => (asDate && n !== undefined ? isoDate(excelSerialToDate(n)) : (n ?? 0));
  if (op === 'between') return { formula1: show(v.min), formula2: show(v.max), operator: OPERATOR.between };
  return { formula1: show(op === 'lessThanOrEqual' ? v.max : v.min), operator: OPERATOR[op] };
}

/** The Office.js rule for a planned validation. */
export function validationRule(v: PlannedValidation): Excel.DataValidationRule {
  switch (v.type) {
    case 'list':
      return { list: { inCellDropDown: true, source: v.listSource ?? (v.listValues ?? []).join(',') } };
    case 'whole':
      return { wholeNumber: bounds(v, false) as Excel.BasicDataValidation };
    case 'decimal':
      return { decimal: bounds(v, false) as Excel.BasicDataValidation };
    case 'textLength':
      return { textLength: bounds(v, false) as Excel.BasicDataValidation };
    case 'date':
      return { date: bounds(v, true) as Excel.DateTimeDataValidation };
  }
}

export function applyValidation(range: Excel.Range, v: PlannedValidation): void {
  const dv = range.dataValidation;
  dv.ignoreBlanks = v.allowBlank;
  dv.rule = validationRule(v);
  if (v.prompt || v.promptTitle) dv.prompt = { showPrompt: true, title: v.promptTitle ?? '', message: v.prompt ?? '' };
  dv.errorAlert = { showAlert: true, style: ERROR_STYLE[v.errorStyle], title: v.errorTitle ?? '', message: v.error ?? '' };
}
