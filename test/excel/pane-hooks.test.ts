// The Excel side of three pane actions on the strict host: 撤销 (withdrawCode), the sheet names the pane decides by,
// and deleting our own sheets before a second write. The host refuses what Excel refuses: reading before
// load + sync, a proxy of another run, deleting a very hidden sheet or the last visible one (strict/worksheet.ts).
import { strict as assert } from 'node:assert';
import { withdrawCode } from '../../src/excel/withdraw-code';
import { deleteSheets, sheetNames } from '../../src/excel/sheet-names';
import { CONFIRM_SHEET } from '../../src/excel/sheets';
import { StrictBook } from './fake-excel';
import { confirmCode } from '../../src/excel/actions';
import { CONFIRM_HEADER_ROW } from '../../src/core/form/constants';
import { ALL, setup } from './live-helpers';

const CONFIRMATIONS = [
  ['统一社会信用代码人工确认', '', '', ''],
  ['说明', '', '', ''],
  ['统一社会信用代码', '确认人', '确认日期', '说明'],
  ['91140100MA0ABCDEF1', '王芳', '2018-06-01 09:30', ''],
  ['91140100MA0ABCDEF2', '李强', '2018-06-02 10:00', ''],
  ['91140100ma0abcdef1 ', '申报表助手', '2018-06-03 11:00', ''],
];

/** A book with the confirmation sheet filled in (and a formatted blank cell, outside the values, at F20). */
function withConfirmations(sheets: string[]): StrictBook {
  const book = new StrictBook(sheets);
  book.set(CONFIRM_SHEET, 'A1', CONFIRMATIONS);
  book.sheet(CONFIRM_SHEET).formats.set('20,6', '@');
  return book;
}

/** Column A of a sheet from row `from` down to its last value. */
function columnA(book: StrictBook, sheet: string, from: number): unknown[] {
  const used = book.sheet(sheet).used(true);
  const out: unknown[] = [];
  for (let r = from; r <= used.r2; r++) out.push(book.get(sheet, `A${r}`) ?? '');
  return out;
}

const names = (book: StrictBook): string[] => book.list().map((s) => s.name);

describe('excel: the pane\'s 撤销 and sheet hooks (strict host)', () => {
  it('withdrawCode deletes every confirmation of the code (any case, spaces) and nothing else, in 3 syncs', async () => {
    const book = withConfirmations(['Sheet1', CONFIRM_SHEET]);
    assert.equal(await book.run((ctx) => withdrawCode(ctx, '91140100MA0ABCDEF1')), 2);
    assert.deepEqual(columnA(book, CONFIRM_SHEET, 4), ['91140100MA0ABCDEF2']);
    assert.equal(book.get(CONFIRM_SHEET, 'B4'), '李强', 'the whole row moved up');
    assert.equal(book.get(CONFIRM_SHEET, 'A3'), '统一社会信用代码', 'the header stays');
    assert.equal(book.syncs, 3);
    // the rows are found in the used range of values alone, and deleted bottom-up by A1 addresses, cells shifting up
    assert.deepEqual(book.loads.filter((l) => l.sheet === CONFIRM_SHEET).map((l) => l.address), ['A1:D6']);
    assert.deepEqual(book.writes.map((w) => `${w.sheet}!${w.address} ${w.what}`), [`${CONFIRM_SHEET}!A6:D6 delete(Up)`, `${CONFIRM_SHEET}!A4:D4 delete(Up)`]);
  });

  it('withdrawCode does nothing without the sheet or the code', async () => {
    const none = new StrictBook(['Sheet1']);
    assert.equal(await none.run((ctx) => withdrawCode(ctx, '91140100MA0ABCDEF1')), 0);
    assert.deepEqual(none.writes, []);
    const other = withConfirmations([CONFIRM_SHEET]);
    assert.equal(await other.run((ctx) => withdrawCode(ctx, '91140100MA0XXXXXX9')), 0);
    assert.equal(columnA(other, CONFIRM_SHEET, 1).length, 6);
    assert.deepEqual(other.writes, []);
  });

  it('lists sheet names, and deletes our sheets of an earlier write but never the last sheet', async () => {
    const book = new StrictBook(['填报信息', '汇总（按地市）', '说明']);
    assert.deepEqual(await book.run((ctx) => sheetNames(ctx)), ['填报信息', '汇总（按地市）', '说明']);
    assert.deepEqual(await book.run((ctx) => deleteSheets(ctx, ['汇总（按地市）', '说明', '问题清单'])), ['汇总（按地市）', '说明']);
    assert.deepEqual(names(book), ['填报信息']);
    const only = new StrictBook(['说明']);
    assert.deepEqual(await only.run((ctx) => deleteSheets(ctx, ['说明'])), []);
    assert.deepEqual(names(only), ['说明']);
  });

  it('never the last visible sheet either: hidden sheets do not count (Excel refuses the deletion)', async () => {
    const book = new StrictBook(['说明', '_torch_marks', '_lists']);
    book.sheet('_torch_marks').visibility = 'VeryHidden';
    book.sheet('_lists').visibility = 'Hidden';
    assert.deepEqual(await book.run((ctx) => deleteSheets(ctx, ['说明'])), []);
    assert.deepEqual(names(book), ['说明', '_torch_marks', '_lists']);
    // one visible sheet stays: the others go
    const two = new StrictBook(['说明', '问题清单', '_torch_marks']);
    two.sheet('_torch_marks').visibility = 'VeryHidden';
    assert.deepEqual(await two.run((ctx) => deleteSheets(ctx, ['说明'])), ['说明']);
    assert.deepEqual(names(two), ['问题清单', '_torch_marks']);
  });

  it('the host refuses what Excel refuses: the last visible sheet, a very hidden one', async () => {
    const book = new StrictBook(['A', 'B']);
    book.sheet('B').visibility = 'Hidden';
    await assert.rejects(book.run(async (ctx) => { ctx.workbook.worksheets.getItem('A').delete(); await ctx.sync(); }), /InvalidOperation: A is the last visible sheet/);
    const veryHidden = new StrictBook(['A', 'B']);
    veryHidden.sheet('B').visibility = 'VeryHidden';
    await assert.rejects(veryHidden.run(async (ctx) => { ctx.workbook.worksheets.getItem('B').delete(); await ctx.sync(); }), /InvalidOperation: B is very hidden/);
    assert.deepEqual(names(book), ['A', 'B']);
    assert.deepEqual(names(veryHidden), ['A', 'B']);
  });
});

// 确认 and 撤销 are followed by the pane's own full check (taskpane/excel-host.ts): the write itself must raise no
// onChanged, or live checking reads the whole workbook a second time for it.
describe('excel: 确认 and 撤销 with live checking on (strict host)', function () {
  this.timeout(60_000);
  const CODE = '91140100MA0ABCDEF1';

  it('recording and withdrawing a confirmation raise no onChanged: no full read besides the pane\'s own', async () => {
    const { book, live, seen } = await setup(5);
    assert.ok(book.watched().includes(CONFIRM_SHEET), 'the confirmation sheet is listened to');
    const reads = seen.length;
    await book.as('pane: confirm', () => book.run((ctx) => confirmCode(ctx, CODE, '王芳', new Date(2018, 5, 1, 9, 30), ALL)));
    assert.equal(book.get(CONFIRM_SHEET, `A${CONFIRM_HEADER_ROW + 1}`), CODE);
    assert.equal(seen.length, reads, 'no full read started by the confirmation\'s own write');
    await book.as('pane: withdraw', () => book.run((ctx) => withdrawCode(ctx, CODE, ALL)));
    assert.equal(book.get(CONFIRM_SHEET, `A${CONFIRM_HEADER_ROW + 1}`), undefined);
    assert.equal(seen.length, reads, 'no full read started by the withdrawal\'s own write');
    assert.deepEqual(book.handlerErrors, []);
    await live.stop();
  });
});
