// Live checking with rows outside the table (strict host): a row typed below 合计, a value typed where no header
// is, rows inserted above a row below the table. Each is read again in full (reads only), the list stays what a
// full validation says, nothing is written; an edit inside the table still costs at most 2 syncs.
import assert from 'node:assert/strict';
import { columnIndex, columnLetter } from '../../src/core/columns';
import { L, LAST, SHEET, type Live, assertListIsCurrent, reset, row, setup } from './live-helpers';

/** After a change: no handler failure, no write, the list current; `syncs` at most (data edits) or exactly (full reads). */
async function after(live: Live, what: string, syncs: { max?: number; exactly?: number }): Promise<void> {
  const { book, seen } = live;
  assert.deepEqual(book.handlerErrors, [], what);
  assert.deepEqual(book.writes, [], `${what}: no write`);
  if (syncs.max !== undefined) assert.ok(book.syncs <= syncs.max, `${what}: ${book.syncs} syncs`);
  if (syncs.exactly !== undefined) assert.equal(book.syncs, syncs.exactly, `${what}: a full read (sheet names, heads, data)`);
  await assertListIsCurrent(book, seen.at(-1)!, what);
  reset(book);
}

const codes = (live: Live, code: string): (number | undefined)[] => live.seen.at(-1)!.filter((i) => i.code === code && i.sheet === SHEET).map((i) => i.row);

describe('excel: live checking and rows outside the table (strict host)', function () {
  this.timeout(60_000);

  it('a row typed below 合计, a value under no header, rows inserted above them: read in full, no write, list current', async () => {
    const live = await setup();
    const { book } = live;
    const first = L.firstDataRow;
    const total = L.totalRow!;
    await book.paste(SHEET, `A${first}`, [row(1, '91140100MA0K00001X'), row(2, '')]);
    await after(live, 'two rows in the table', { max: 2 });

    // a late enterprise below 合计 and the footer: merged with a warning
    await book.paste(SHEET, `A${total + 4}`, [row(3, '')]);
    await after(live, 'a row below 合计', { exactly: 3 });
    assert.deepEqual(codes(live, 'table/after-total'), [total + 4]);

    // a value two columns right of the table: carried under 「（无表头）」 with a warning naming the cell
    const extra = columnLetter(columnIndex(LAST) + 2);
    await book.type(SHEET, `${extra}${first + 1}`, '另有分厂');
    await after(live, 'a value under no header', { exactly: 3 });
    assert.match(live.seen.at(-1)!.find((i) => i.code === 'table/no-header-column')!.message, new RegExp(`${extra}${first + 1}`));

    // typing inside the table is still a row read
    await book.type(SHEET, `${L.columns.staff}${first}`, 60);
    await after(live, 'typing in the table', { max: 2 });

    // rows inserted in the table move the late row and the value under no header: a full read renumbers them
    const sheet = book.sheet(SHEET);
    const at = first + 1;
    const moved = [...sheet.cells].filter(([k]) => Number(k.split(',')[0]) >= at);
    for (const [k] of moved) sheet.cells.delete(k);
    for (const [k, v] of moved) sheet.cells.set(`${Number(k.split(',')[0]) + 2},${k.split(',')[1]}`, v);
    await book.change(SHEET, `${at}:${at + 1}`, 'RowInserted');
    await after(live, 'two rows inserted', { exactly: 3 });
    assert.deepEqual(codes(live, 'table/after-total'), [total + 6]);

    // the value under no header cleared: its warning goes
    await book.type(SHEET, `${extra}${first + 3}`, null);
    await after(live, 'the value under no header cleared', { exactly: 3 });
    assert.deepEqual(codes(live, 'table/no-header-column'), []);
  });

  it('whole rows edited (cleared or pasted): read in full, as a row read cannot know how far right they go', async () => {
    const live = await setup();
    const { book } = live;
    const first = L.firstDataRow;
    const extra = columnLetter(columnIndex(LAST) + 2);
    const whole = (r: number) => `A${r}:XFD${r}`;
    await book.paste(SHEET, `A${first}`, [row(1, '91140100MA0K00001X'), row(2, ''), row(3, '')]);
    reset(book);

    // a whole row cleared
    book.set(SHEET, `A${first + 2}:${LAST}${first + 2}`, [new Array(columnIndex(LAST)).fill(null)]);
    await book.change(SHEET, whole(first + 2));
    await after(live, 'a whole row cleared', { exactly: 3 });

    // a whole row pasted with a value under no header, right of the used range as it was: carried
    book.set(SHEET, `A${first + 2}`, [[...row(3, ''), null, '另有分厂']]);
    await book.change(SHEET, whole(first + 2));
    await after(live, 'a whole row pasted with a value under no header', { exactly: 3 });
    assert.match(live.seen.at(-1)!.find((i) => i.code === 'table/no-header-column')!.message, new RegExp(`${extra}${first + 2}`));

    // cleared again: the warning goes
    book.set(SHEET, `A${first + 2}`, [new Array(columnIndex(extra)).fill(null)]);
    await book.change(SHEET, whole(first + 2));
    await after(live, 'the whole row cleared again', { exactly: 3 });
    assert.deepEqual(codes(live, 'table/no-header-column'), []);
  });
});
