// The hand-laid return of examples/ (阳泉), built afresh with exceljs for the reader tests: cover typed above the
// first table, headers worded as clerks word them, cells merged down rows (and across columns), a percentage column.
import type ExcelJS from 'exceljs';
import { buildHandReturn } from '../../examples/generator/write-hand';
import { yangquanBase } from '../../examples/generator/returns/yangquan';

export const HAND_LAID_FILE = '阳泉市-阳泉节能环保装备特色产业基地.xlsx';

export function handLaidReturn(): ExcelJS.Workbook {
  return buildHandReturn(yangquanBase(), new Date(Date.UTC(2018, 5, 2, 1, 30))).workbook;
}

/** The issues the hand-laid return must raise, and nothing else: one notice per merged range. */
export const HAND_LAID_ISSUES = [
  'cell/merged-rows@Sheet1!E5', 'cell/merged-rows@Sheet2!E4', 'cell/merged-rows@Sheet2!E7', 'cell/merged-rows@Sheet2!J4',
];
