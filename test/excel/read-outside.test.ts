// Rows outside the table in the open workbook (issue 10.3 on the Excel side): the same workbook read by the file
// reader and, copied into the strict host, by the open-workbook reader gives the same rows and the same issues —
// the rows planted by test/helpers/outside-rows.ts (a row typed below 合计, values that are no row, a remark, a value
// under no header) and another table's header ending the table — in the same 3 syncs.
import { strict as assert } from 'node:assert';
import { backbone } from '../../src/core/tables';
import { buildWorkbookPlan } from '../../src/core/form';
import type { Issue } from '../../src/core/types';
import { validateWorkbook, type ValidationResult } from '../../src/core/validate';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { readOpenWorkbook } from '../../src/excel/read-workbook';
import { detectFeatures } from '../../src/excel/features';
import { backboneRow, buildReturn, code } from '../xlsx/merged-returns';
import * as fx from '../helpers/workbooks';
import { featuresUpTo } from './fake-excel';
import { bookFromExcelJS } from './book-from-exceljs';
import { plantOutside } from '../helpers/outside-rows';

const SHEET = backbone.shortName;
const FILE = '太原市-甲基地.xlsx';
const key = (i: Issue) => `${i.severity} ${i.code}@${i.sheet}!${i.column ?? ''}${i.row ?? ''} ${i.message}`;
const tablesOf = (r: ValidationResult) => r.tables.map((t) => ({ id: t.def.id, extras: t.layout.extras, rows: t.rows }));

describe('excel: rows outside the table in the open workbook read as in the files (strict host)', () => {
  const layout = buildWorkbookPlan('industrialization', { dataRows: 5 }).sheets.find((s) => s.tableId === 'backbone')!.layout!;
  const col = (k: string) => layout.columns[k];
  let totalRow = 0;
  let extraCol = '';

  function outsideReturn() {
    const wb = buildReturn({ type: 'industrialization', city: '太原市', name: '甲基地', rows: { backbone: [1, 2, 3].map((n) => backboneRow(n)) } });
    const ws = wb.getWorksheet(SHEET)!;
    ({ totalRow, extraCol } = plantOutside(ws, layout));
    // another table stacked below: its header and its row are not this table's
    ws.getRow(totalRow + 11).getCell(col('name')).value = '企业名称';
    ws.getRow(totalRow + 11).getCell(col('uscc')).value = '统一社会信用代码';
    ws.getRow(totalRow + 12).getCell(col('name')).value = '山西另表科技有限公司';
    ws.getRow(totalRow + 12).getCell(col('uscc')).value = code(91);
    return wb;
  }

  it('the same rows and issues as the file reader, in 3 syncs', async () => {
    const file = validateWorkbook(await readWorkbookBuffer(await fx.toBuffer(outsideReturn()), FILE));
    const book = bookFromExcelJS(outsideReturn());
    const open = validateWorkbook(await book.run((ctx) => readOpenWorkbook(ctx, detectFeatures(featuresUpTo(17)))));
    assert.equal(book.syncs, 3, 'sheet names, heads, data: the rows outside come with the table\'s read');
    assert.deepEqual(open.issues.map(key).sort(), file.issues.map(key).sort());
    assert.deepEqual(tablesOf(open), tablesOf(file));

    // and what they say, on both sides
    const at = (code: string, row: number) => open.issues.filter((i) => i.code === code && i.sheet === SHEET && i.row === row);
    assert.equal(at('table/after-total', totalRow + 5)[0]?.severity, 'warning');
    const left = at('table/outside-cells', totalRow + 7)[0];
    assert.equal(left?.severity, 'error');
    assert.match(left.message, new RegExp(`${col('revenue')}${totalRow + 7}、${col('staff')}${totalRow + 7}`));
    assert.equal(at('table/outside-cells', totalRow + 11).length, 1, 'the other table\'s header is reported');
    assert.equal(at('table/outside-cells', totalRow + 12).length, 1, 'and its row is not merged');
    assert.equal(at('table/outside-cells', totalRow + 9).length, 0, 'a remark is no data');
    const backboneRows = open.tables.find((t) => t.def.id === 'backbone')!.rows;
    assert.deepEqual(backboneRows.map((r) => r.row), [layout.firstDataRow, layout.firstDataRow + 1, layout.firstDataRow + 2, totalRow + 5]);
    assert.equal(backboneRows[1].extras?.[`（无表头）${extraCol}列`], '另有分厂');
    assert.ok(open.issues.some((i) => i.code === 'table/no-header-column' && i.column === extraCol && i.severity === 'warning'));
  });
});
