// Tables one under another on one sheet, and a 合计 typed right under the header, in the open workbook: the same
// workbooks read by the file reader and, copied into the strict host, by the open-workbook reader give the same
// tables (each under its own header, with its rows and total) and the same issues, in the same 3 syncs. Live
// checking reads such a sheet whole on a change there, and its list stays what a full validation says.
import { strict as assert } from 'node:assert';
import type ExcelJS from 'exceljs';
import type { Issue, WorkbookInput } from '../../src/core/types';
import { validateWorkbook } from '../../src/core/validate';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { readOpenWorkbook, scanOpenWorkbook } from '../../src/excel/read-workbook';
import { summaryTables } from '../../src/excel/summary';
import { LiveValidation } from '../../src/excel/live-validation';
import { detectFeatures } from '../../src/excel/features';
import * as fx from '../helpers/workbooks';
import { STACKED_SHEET, stackedReturn, type StackedOptions } from '../helpers/stacked';
import { featuresUpTo } from './fake-excel';
import { bookFromExcelJS } from './book-from-exceljs';
import { assertListIsCurrent, reset } from './live-helpers';

const FILE = '太原市-太原不锈钢产业基地.xlsx';
const FEATURES = detectFeatures(featuresUpTo(17));
const key = (i: Issue) => `${i.severity} ${i.code}@${i.sheet}!${i.column ?? ''}${i.row ?? ''} ${i.message}`;
const tablesOf = (input: WorkbookInput) => input.tables.map((t) => ({ id: t.def.id, layout: t.layout, rows: t.rows, total: t.total, below: t.below }));

async function bothReaders(wb: ExcelJS.Workbook) {
  const file = await readWorkbookBuffer(await fx.toBuffer(wb), FILE);
  const book = bookFromExcelJS(wb);
  const open = await book.run((ctx) => readOpenWorkbook(ctx, FEATURES));
  return { file, open, syncs: book.syncs };
}

describe('excel: tables one under another and 合计 typed first, read as in the files (strict host)', () => {
  const variants: [string, StackedOptions][] = [
    ['ended by 合计', {}],
    ['a blank gap between', { gap: 'blank' }],
    ['nothing between, the header typed again', { gap: 'none', headerAgain: true }],
    ['合计 typed first, a table without title', { relatedTotalFirst: true, untitledServices: true }],
    ['the second table\'s header on two rows, merged down', { twoRowRelated: true }],
    ['a two-row header right under the rows above', { twoRowRelated: true, gap: 'none' }],
    ['no gap anywhere, 合计 typed first, a name line over an untitled header', { gap: 'none', relatedTotalFirst: true, untitledServices: true }],
  ];
  for (const [what, opts] of variants) {
    it(`${what}: the same tables, rows and issues as the file reader, in 3 syncs`, async () => {
      const { wb, at } = stackedReturn(opts);
      const { file, open, syncs } = await bothReaders(wb);
      assert.equal(syncs, 3, 'sheet names, heads, data: the tables below come with the first one\'s read');
      assert.deepEqual(tablesOf(open), tablesOf(file));
      assert.deepEqual(validateWorkbook(open).issues.map(key).sort(), validateWorkbook(file).issues.map(key).sort());
      assert.deepEqual(open.tables.map((t) => [t.def.id, t.layout.headerRow, t.rows.map((r) => r.row)]), [
        ['backbone', at.backbone.header, at.backbone.rows], ['related', at.related.header, at.related.rows], ['services', at.services.header, at.services.rows],
      ]);
      assert.equal(open.tables[1].total?.row, at.related.total);
    });
  }

  it('a wrong 合计 typed first and a bad cell in the second table: reported at their cells, alike', async () => {
    const { wb, at } = stackedReturn({ relatedTotalFirst: true });
    const ws = wb.getWorksheet(STACKED_SHEET)!;
    ws.getCell(`H${at.related.total}`).value = 1;
    ws.getCell(`G${at.related.rows[1]}`).value = '也许';
    const { file, open } = await bothReaders(wb);
    const mine = (input: WorkbookInput) => validateWorkbook(input).issues.filter((i) => i.sheet === STACKED_SHEET).map((i) => `${i.code}@${i.column}${i.row}`).sort();
    assert.deepEqual(mine(open), [`cell/yesno@G${at.related.rows[1]}`, `table/total@H${at.related.total}`]);
    assert.deepEqual(mine(open), mine(file));
  });

  it('the 汇总 formulas count each table\'s own rows: under a 合计 typed first, down to the next table', async () => {
    const { wb, at } = stackedReturn({ relatedTotalFirst: true });
    const open = await bookFromExcelJS(wb).run((ctx) => scanOpenWorkbook(ctx, undefined, FEATURES));
    assert.deepEqual(summaryTables(open).map((t) => [t.table, t.sheet, t.firstRow, t.lastRow]), [
      ['backbone', STACKED_SHEET, at.backbone.header + 1, at.backbone.total! - 1],
      ['related', STACKED_SHEET, at.related.total + 1, at.related.rows[1] + 1],
      ['services', STACKED_SHEET, at.services.header + 1, at.footer - 1],
    ]);
  });

  it('live: a change on a sheet of stacked tables is read whole, nothing written, the list current', async () => {
    const { wb, at } = stackedReturn({ relatedTotalFirst: true });
    const book = bookFromExcelJS(wb);
    const seen: Issue[][] = [];
    const live = new LiveValidation({ features: FEATURES, onIssues: (i) => seen.push(i), run: (batch, ctx) => book.run(batch, ctx as never), onError: (e) => { throw e; } });
    await live.start();
    reset(book);
    await book.type(STACKED_SHEET, `G${at.related.rows[0]}`, '也许');
    assert.deepEqual(book.handlerErrors, []);
    assert.deepEqual(book.writes, [], 'no write');
    assert.equal(book.syncs, 3, 'a full read');
    assert.ok(seen.at(-1)!.some((i) => i.code === 'cell/yesno' && i.row === at.related.rows[0] && i.column === 'G'));
    await assertListIsCurrent(book, seen.at(-1)!, 'a cell of the second table');
    reset(book);
    await book.type(STACKED_SHEET, `B${at.backbone.rows[0]}`, null);
    assert.ok(seen.at(-1)!.some((i) => i.code === 'cell/required' && i.row === at.backbone.rows[0]));
    await assertListIsCurrent(book, seen.at(-1)!, 'a cell of the first table');

    // 全表检查, twice: one block of marks for the sheet (its last table), the same two formats, not more each time
    const marksFormats = () => book.sheet(STACKED_SHEET).cfs.filter((c) => /_torch_marks_/.test(c.formula ?? '')).length;
    await live.fullCheck({ marks: true });
    assert.equal(marksFormats(), 2);
    await live.fullCheck({ marks: true });
    assert.equal(marksFormats(), 2);
    await live.stop();
  });
});
