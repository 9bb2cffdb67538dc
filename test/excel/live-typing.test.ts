// The clerk at work with live checking on, on the strict host: typing, a 5,000-row paste, a fill, deleted rows,
// a renamed sheet and one created again. After each change the pane's list is what a full validation of the
// workbook says, the add-in has written nothing, and a data change cost at most 2 round trips.
import assert from 'node:assert/strict';
import { columnIndex } from '../../src/core/columns';
import { detectFeatures } from '../../src/excel/features';
import type { StrictBook } from './fake-excel';
import { featuresUpTo } from './fake-excel';
import { BACKBONE, L, LAST, SHEET, WIDTH, type Live, assertListIsCurrent, reset, row, setup } from './live-helpers';

/** The backbone sheet's title, name line and header as a block of values, rows 1..headerRow. */
function headBlock(): (string | number | null)[][] {
  const out: (string | number | null)[][] = Array.from({ length: L.headerRow }, () => new Array(WIDTH).fill(null));
  for (const c of BACKBONE.cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(c.address)!;
    const r = Number(m[2]);
    const col = columnIndex(m[1]);
    if (r <= L.headerRow && col <= WIDTH && c.value !== undefined) out[r - 1][col - 1] = c.value;
  }
  return out;
}

/** What every change must leave: the list current, no write, no handler failure, and (data changes) ≤ 2 syncs. */
async function after(live: Live, what: string, data = true): Promise<void> {
  const { book, seen } = live;
  assert.deepEqual(book.handlerErrors, [], what);
  assert.deepEqual(book.clerkWrites(), [], `${what}: the add-in wrote while the clerk worked`);
  assert.deepEqual(book.writes, [], `${what}: no write at all`);
  if (data) assert.ok(book.syncs <= 2, `${what}: ${book.syncs} syncs`);
  await assertListIsCurrent(book, seen.at(-1)!, what);
  reset(book);
}

const issuesAt = (live: Live, sheet: string, r: number, column: string): string[] =>
  live.seen.at(-1)!.filter((i) => i.sheet === sheet && i.row === r && i.column === column).map((i) => i.code);

describe('excel: live checking while the clerk works (strict host)', function () {
  this.timeout(120_000);

  it('types, pastes 5,000 rows, fills down, deletes rows, renames and recreates a sheet: no write, list current, ≤ 2 syncs a change', async () => {
    const live = await setup(5200);
    const { book } = live;
    const r = L.firstDataRow;

    // typing, cell by cell (a credit code typed as digits turns into a number, as in Excel)
    await book.type(SHEET, `${L.columns.name}${r}`, '太原钢铁(集团)有限公司');
    await after(live, 'typing a name');
    await book.type(SHEET, `${L.columns.uscc}${r}`, '911401001100');
    await after(live, 'typing a code');
    assert.ok(issuesAt(live, SHEET, r, L.columns.uscc).length > 0, 'the code is reported');
    await book.type(SHEET, `${L.columns.revenue}${r}`, '1,250');
    await after(live, 'typing a number');

    // a 5,000-row paste below it
    const rows = Array.from({ length: 5000 }, (_, i) => row(i + 2, i % 3 ? `91140100MA0${String(i).padStart(6, '0')}X` : ''));
    await book.paste(SHEET, `A${r + 1}`, rows);
    await after(live, 'pasting 5,000 rows');

    // a fill down: the same enterprise twenty times
    await book.fillDown(SHEET, `A${r + 1}:${LAST}${r + 20}`);
    await after(live, 'filling down');
    assert.ok(live.seen.at(-1)!.some((i) => i.code === 'table/duplicate' && i.sheet === SHEET), 'the copies are duplicates');

    // deleting ten rows: the rows below move up
    await book.deleteRows(SHEET, r + 10, r + 19);
    await after(live, 'deleting rows');

    // Delete on a block (multi-area selection)
    await book.paste(SHEET, `${L.columns.name}${r + 30}`, [[null]]);
    await book.change(SHEET, `${L.columns.name}${r + 30},${L.columns.uscc}${r + 40}:${L.columns.uscc}${r + 41}`);
    await after(live, 'a multi-area change');

    // renaming the sheet: checked under its new name, typing still heard (the handler belongs to the sheet)
    await book.renameSheet(SHEET, '骨干企业(旧)');
    await after(live, 'renaming the sheet', false);
    await book.type('骨干企业(旧)', `${L.columns.uscc}${r + 2}`, 'NOT-A-CODE');
    await after(live, 'typing in the renamed sheet');
    assert.ok(issuesAt(live, '骨干企业(旧)', r + 2, L.columns.uscc).length > 0);

    // the sheet made again under the old name: it gets a handler of its own, and what is typed there is checked
    await book.createSheet(SHEET);
    await after(live, 'adding a sheet', false);
    await book.paste(SHEET, 'A1', headBlock());
    await after(live, 'pasting a header into the new sheet', false);
    // while the renamed sheet holds the data, the new one is a second copy of the table (reported as such):
    // a change in its first rows may make it a table, so the workbook is read again (reads only)
    await book.paste(SHEET, `A${r}`, [row(1, 'BAD-CODE')]);
    await after(live, 'pasting a row into the new sheet', false);
    assert.ok(book.watched().includes(SHEET) && book.watched().includes('骨干企业(旧)'));

    // deleting the old sheet: its handler dies with it, the list drops its rows
    await book.deleteSheet('骨干企业(旧)');
    await after(live, 'deleting a sheet', false);
    assert.ok(!live.seen.at(-1)!.some((i) => i.sheet === '骨干企业(旧)'));
    await book.type(SHEET, `${L.columns.uscc}${r}`, 'STILL-BAD');
    await after(live, 'typing in the recreated sheet');
    assert.ok(issuesAt(live, SHEET, r, L.columns.uscc).length > 0);
  });

  it('Office 2019 (ExcelApi 1.8, no onNameChanged): a renamed sheet is noticed at its next edit (defect 4)', async () => {
    const live = await setup(200, { api: 8, features: detectFeatures(featuresUpTo(8)) });
    const { book } = live;
    assert.equal(book.handlerCount('onNameChanged'), 0);
    await book.renameSheet(SHEET, '骨干企业2');
    reset(book);
    await book.type('骨干企业2', `${L.columns.uscc}${L.firstDataRow}`, 'NOT-A-CODE');
    assert.deepEqual(book.handlerErrors, []);
    assert.deepEqual(book.writes, []);
    await assertListIsCurrent(book, live.seen.at(-1)!, 'after the rename');
    assert.ok(issuesAt(live, '骨干企业2', L.firstDataRow, L.columns.uscc).length > 0);
  });

  it('a table sheet deleted and created again is checked again; the status never claims a dead handler (defect 4)', async () => {
    const live = await setup(200);
    const { book } = live;
    await book.deleteSheet(SHEET);
    assert.ok(!book.watched().includes(SHEET));
    await book.createSheet(SHEET);
    await book.paste(SHEET, 'A1', headBlock());
    reset(book);
    await book.paste(SHEET, `A${L.firstDataRow}`, [row(1, 'BAD-CODE')]);
    assert.deepEqual(book.handlerErrors, []);
    assert.ok(book.watched().includes(SHEET), 'the new sheet has a handler');
    assert.ok(issuesAt(live, SHEET, L.firstDataRow, L.columns.uscc).length > 0, 'typing in it is checked');
    await assertListIsCurrent(book, live.seen.at(-1)!, 'after recreating the sheet');
  });
});

export type { StrictBook };
