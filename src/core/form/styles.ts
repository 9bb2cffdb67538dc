// The few looks a form cell can have. Kept together so both hosts print the same form.
import type { ColumnDef } from '../types';
import type { CellStyle } from './plan-types';
import { FORM_FONT } from './constants';

const F = FORM_FONT;

export const TITLE: CellStyle = { font: F, bold: true, size: 16, align: 'center', vertical: 'middle' };
export const LABEL: CellStyle = { font: F, size: 11, align: 'right', vertical: 'middle' };
export const NAME_VALUE: CellStyle = { font: F, size: 11, align: 'left', vertical: 'middle', input: true };
export const NOTE: CellStyle = { font: F, size: 10, align: 'right', vertical: 'middle' };
export const HEADER: CellStyle = { font: F, bold: true, size: 10, align: 'center', vertical: 'middle', wrap: true, border: true, fill: 'D9E1F2' };
export const TOTAL_LABEL_STYLE: CellStyle = { font: F, bold: true, size: 10, align: 'center', vertical: 'middle', border: true, fill: 'F2F2F2' };
export const FOOTER: CellStyle = { font: F, size: 11, align: 'left', vertical: 'middle' };
export const HINT: CellStyle = { font: F, size: 9, align: 'left', vertical: 'middle', wrap: true, border: true, color: '595959' };
export const COVER_LABEL: CellStyle = { font: F, bold: true, size: 11, align: 'center', vertical: 'middle', border: true, fill: 'D9E1F2' };

/** Number format of a column on the form, or undefined for general. */
export function numFmtOf(col: ColumnDef): string | undefined {
  switch (col.type) {
    case 'number':
      return col.decimals ? `#,##0.${'0'.repeat(col.decimals)}` : '#,##0.####';
    case 'integer':
    case 'serial':
    case 'year':
      return '0';
    case 'date':
      return 'yyyy-mm-dd';
    case 'uscc':
    case 'phone':
      // text, so an all-digit code or a phone number keeps its leading zeros and all 18 digits
      return '@';
    default:
      return undefined;
  }
}

export function isNumeric(col: ColumnDef): boolean {
  return col.type === 'number' || col.type === 'integer';
}

/** Style of the data cells of a column. */
export function dataStyle(col: ColumnDef): CellStyle {
  const align = isNumeric(col) ? 'right' : col.type === 'text' ? 'left' : 'center';
  const s: CellStyle = { font: F, size: 10, vertical: 'middle', align, border: true, input: true };
  const fmt = numFmtOf(col);
  if (fmt) s.numFmt = fmt;
  if (col.type === 'text') s.wrap = true;
  return s;
}

/** Style of a column's cell in the 合计 row. */
export function totalStyle(col: ColumnDef): CellStyle {
  const s: CellStyle = { font: F, bold: true, size: 10, vertical: 'middle', align: 'right', border: true, fill: 'F2F2F2' };
  const fmt = col.type === 'yesno' ? '0' : numFmtOf(col);
  if (fmt && fmt !== '@') s.numFmt = fmt;
  return s;
}

/** The marks of a wrong cell, as the pane draws them: light red with dark red text, warnings in amber. */
export const MARK_ERROR = { fill: 'FFC7CE', color: '9C0006' } as const;
export const MARK_WARNING = { fill: 'FFEB9C', color: '9C5700' } as const;
