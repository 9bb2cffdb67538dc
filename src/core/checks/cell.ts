// Checks of one cell against its column definition. Returns the normalised value and findings
// (issue code, severity, message parameters); the caller adds the place.

import type { CellInput, ColumnDef, Confirmation, FieldValue, Severity } from '../types';
import type { MessageParams } from '../messages';
import { checkUscc, isShanxiCode } from '../uscc';
import {
  CellContent, contentText, excelSerialToDate, formatNumber, isoDate, parseTextDate, parseTextNumber, unwrapCell,
} from '../normalise';

export interface Finding {
  code: string;
  severity: Severity;
  params?: MessageParams;
  confirmed?: boolean;
}

export interface CellResult {
  value: FieldValue;
  /** what the cell shows, for messages */
  display: string;
  findings: Finding[];
}

const err = (code: string, params?: MessageParams): Finding => ({ code, severity: 'error', params });

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$/;
const MAX_DECIMALS = 4;

export function checkCell(col: ColumnDef, input: CellInput, confirmations?: ReadonlyMap<string, Confirmation>): CellResult {
  const content = unwrapCell(input);
  const display = contentText(content);
  if (content.kind === 'empty') return { value: null, display, findings: [] };
  if (content.kind === 'error') return { value: null, display, findings: [err('cell/error-value', { value: display })] };
  if (content.kind === 'formula-no-result') return { value: null, display, findings: [err('cell/formula-no-result')] };
  switch (col.type) {
    case 'serial':
    case 'integer':
    case 'number':
      return checkNumber(col, content, display);
    case 'uscc':
      return checkCode(content, display, confirmations);
    case 'year':
      return checkYear(content, display);
    case 'date':
      return checkDate(content, display);
    default:
      return checkText(col, content, display);
  }
}

function checkNumber(col: ColumnDef, c: CellContent, display: string): CellResult {
  const findings: Finding[] = [];
  let n: number;
  if (c.kind === 'number') n = c.value;
  else if (c.kind === 'text') {
    const parsed = parseTextNumber(c.text);
    if (parsed.kind === 'unit') return { value: null, display, findings: [err('cell/unit-in-number', { value: display })] };
    if (parsed.kind === 'not-number') return { value: null, display, findings: [err('cell/not-number', { value: display })] };
    n = parsed.value;
    if (col.type !== 'serial') findings.push({ code: 'cell/number-as-text', severity: 'notice', params: { value: display, number: formatNumber(n) } });
  } else if (c.kind === 'date') {
    return { value: null, display, findings: [err('cell/date-in-number', { value: display })] };
  } else {
    return { value: null, display, findings: [err('cell/not-number', { value: display })] };
  }
  if (col.type !== 'number' && !Number.isInteger(n)) {
    findings.push(err('cell/not-integer', { value: display }));
  } else if (col.type === 'number' && decimalsOf(n) > MAX_DECIMALS) {
    findings.push({ code: 'cell/decimals', severity: 'warning', params: { value: display, decimals: MAX_DECIMALS } });
  }
  if (col.min !== undefined && n < col.min) findings.push(err('cell/min', { value: formatNumber(n), min: col.min }));
  if (col.max !== undefined && n > col.max) findings.push(err('cell/max', { value: formatNumber(n), max: col.max }));
  return { value: n, display, findings };
}

function decimalsOf(n: number): number {
  if (Number.isInteger(n)) return 0;
  const s = formatNumber(n);
  const dot = s.indexOf('.');
  return dot < 0 || s.includes('e') ? 0 : s.length - dot - 1;
}

function checkCode(c: CellContent, display: string, confirmations?: ReadonlyMap<string, Confirmation>): CellResult {
  if (c.kind === 'number') return { value: display, display, findings: [err('cell/uscc-as-number', { value: display })] };
  const code = display.replace(/\s+/g, '').toUpperCase();
  const verdict = checkUscc(code);
  if (verdict === 'length' || verdict === 'alphabet') return { value: code, display, findings: [err('cell/uscc', { value: display })] };
  const findings: Finding[] = [];
  if (verdict === 'checksum') {
    const confirmed = confirmations?.get(code);
    findings.push(confirmed
      ? { code: 'cell/uscc-checksum-confirmed', severity: 'warning', confirmed: true, params: { value: code, by: confirmed.by || '填报人', at: confirmed.at || '' } }
      : err('cell/uscc-checksum', { value: code }));
  }
  if (!isShanxiCode(code)) findings.push({ code: 'cell/uscc-outside-shanxi', severity: 'notice', params: { value: code } });
  return { value: code, display, findings };
}

function checkYear(c: CellContent, display: string): CellResult {
  const text = c.kind === 'number' ? formatNumber(c.value) : display;
  const m = /^(\d{4})年?(度)?$/.exec(text);
  const year = m ? Number(m[1]) : NaN;
  if (!(year >= 1990 && year <= 2100)) return { value: null, display, findings: [err('cell/year', { value: display })] };
  return { value: year, display, findings: [] };
}

/** 1900-01-01, Excel's serial 1. */
const FIRST_DAY = Date.UTC(1900, 0, 1);

function checkDate(c: CellContent, display: string): CellResult {
  let d: Date | undefined;
  if (c.kind === 'date') d = c.value;
  else if (c.kind === 'number' && c.value > 20000 && c.value < 80000) d = excelSerialToDate(c.value);
  else if (c.kind === 'text') d = parseTextDate(c.text);
  // serial 0 (shown by Excel as 1900-01-00) and anything before it is no date anyone typed
  if (d && d.getTime() < FIRST_DAY) d = undefined;
  if (!d) return { value: null, display, findings: [err('cell/date', { value: display })] };
  return { value: isoDate(d), display, findings: [] };
}

function checkText(col: ColumnDef, c: CellContent, display: string): CellResult {
  if (c.kind === 'bool') return { value: null, display, findings: [err('cell/bool', { value: display })] };
  const text = c.kind === 'date' ? isoDate(c.value) : display;
  const findings: Finding[] = [];
  switch (col.type) {
    case 'enum':
      if (!col.enum?.includes(text)) findings.push(err('cell/enum', { value: text, options: (col.enum ?? []).join('/') }));
      break;
    case 'yesno':
      if (text !== '是' && text !== '否') findings.push(err('cell/yesno', { value: text }));
      break;
    case 'phone':
      if (!PHONE.test(text.replace(/\s+/g, ''))) findings.push(err('cell/phone', { value: text }));
      break;
    case 'email':
      if (!EMAIL.test(text)) findings.push(err('cell/email', { value: text }));
      break;
  }
  const length = [...text].length;
  if (col.maxLength !== undefined && length > col.maxLength) findings.push(err('cell/length', { maxLength: col.maxLength, length }));
  return { value: text, display, findings };
}
