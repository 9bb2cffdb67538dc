import assert from 'node:assert/strict';
import { columnLetter, columnIndex } from '../../src/core/columns';
import { MAX_READ_BYTES } from '../../src/excel/read-areas';
import { BLOCK_COLS, markFormula } from '../../src/excel/marks';
import { MARKS_SHEET } from '../../src/excel/sheets';
import { PAYLOAD_LIMIT, type StrictBook } from './fake-excel';
import type { WriteLog } from './strict/book';
import { ALL, L, LAST, PLAN, SHEET, WIDTH, assertListIsCurrent, reset, row, setup } from './live-helpers';
import { createExcelHost } from '../../taskpane/excel-host';

/** The `_marks` cell that mirrors a cell of the backbone sheet. */
function markAt(book: StrictBook, column: string, r: number): unknown {
  const marks = book.sheet(MARKS_SHEET);
  let block = -1;
  for (let b = 0; b < 16; b++) if (marks.cells.get(`1,${b * BLOCK_COLS + 1}`) === SHEET) block = b;
  assert.ok(block >= 0, 'the backbone sheet owns a block of _marks');
  return book.get(MARKS_SHEET, `${columnLetter(block * BLOCK_COLS + columnIndex(column))}${r}`);
}

/** Rows a load covered. */
const rowsOf = (address: string): number => {
  const [a, b] = address.split(':');
  return Number(b.replace(/[A-Z]+/, '')) - Number(a.replace(/[A-Z]+/, '')) + 1;
};

describe('excel: LiveValidation', () => {
  it('knows the cover and table sheets in workbook order, so the pane lists issues as validate does', async () => {
    const { live } = await setup();
    assert.deepEqual(live.sheetOrder, PLAN.sheets.filter((s) => s.kind === 'cover' || s.kind === 'table').map((s) => s.name));
  });

  it('registers onChanged on the table sheets; an explicit 全表检查 installs two conditional formats per table', async () => {
    const { book, live } = await setup();
    for (const s of PLAN.sheets.filter((p) => p.tableId)) assert.ok(book.watched().includes(s.name), s.name);
    assert.equal(book.sheets.has(MARKS_SHEET), false, 'opening the pane writes nothing');
    await live.fullCheck({ marks: true });
    // the marks' formats; the table's rule formulas (apply-conditional-formats.ts) come from createApplication
    const mine = book.sheet(SHEET).cfs.filter((c) => /_torch_marks_/.test(c.formula ?? ''));
    assert.equal(mine.length, 2);
    assert.deepEqual(mine.map((c) => c.formula), [markFormula(0, 2), markFormula(0, 1)]);
    assert.equal(book.sheet(MARKS_SHEET).visibility, 'VeryHidden');
    assert.ok(book.names.has('_torch_marks_1'));
  });

  it('a 全表检查 of a workbook of 200-row tables costs 5 syncs: sheet names, table heads, data, marks set-up, marks; an automatic one 3 and no write', async () => {
    const { book, live } = await setup();
    await live.fullCheck({ marks: true });
    assert.equal(book.syncs, 5);
    reset(book);
    await live.fullCheck();
    assert.equal(book.syncs, 3);
    assert.deepEqual(book.writes, []);
  });

  it('one edited cell: reads only that row, at most 2 syncs, lists the issue, writes nothing (defects 1 and 2)', async () => {
    const { book, seen } = await setup();
    const r = L.firstDataRow + 2;
    book.set(SHEET, `A${r}:${LAST}${r}`, [row(1, 'NOT-A-CODE')]);
    await book.type(SHEET, `${L.columns.uscc}${r}`, 'NOT-A-CODE');
    assert.deepEqual(book.handlerErrors, []);
    assert.ok(book.syncs <= 2, `${book.syncs} syncs`);
    assert.deepEqual(book.loads.map((l) => `${l.sheet}!${l.address}`), [`${SHEET}!A${r}:${LAST}${r}`]);
    const issue = seen.at(-1)!.find((i) => i.sheet === SHEET && i.row === r && i.column === L.columns.uscc);
    assert.ok(issue, 'the bad credit code is reported');
    assert.equal(issue.severity, 'error');
    assert.deepEqual(book.writes, [], 'nothing written while the clerk types: undo stays intact');
    await assertListIsCurrent(book, seen.at(-1)!, 'after typing');
  });

  it('a 5,000-row paste: one read of exactly those rows, at most 2 syncs, no write', async () => {
    const { book, seen } = await setup(5100);
    const r1 = L.firstDataRow;
    const r2 = r1 + 4999;
    const rows = Array.from({ length: 5000 }, (_, i) => row(i + 1, i % 2 ? 'BAD' : ''));
    await book.paste(SHEET, `A${r1}`, rows);
    assert.deepEqual(book.handlerErrors, []);
    assert.ok(book.syncs <= 2, `${book.syncs} syncs`);
    assert.deepEqual(book.loads.map((l) => l.address), [`A${r1}:${LAST}${r2}`]);
    assert.deepEqual(book.writes, []);
    const bad = seen.at(-1)!.filter((i) => i.sheet === SHEET && i.column === L.columns.uscc && i.code.startsWith('cell/') && i.severity === 'error');
    assert.equal(bad.length, 5000, 'missing and malformed codes on every row');

    // the clerk clears the paste again: the rows leave the checker
    reset(book);
    await book.paste(SHEET, `A${r1}`, rows.map((x) => x.map(() => null)));
    assert.ok(book.syncs <= 2);
    assert.equal(seen.at(-1)!.filter((i) => i.sheet === SHEET && i.row !== undefined && i.row >= r1 && i.row <= r2 && i.code.startsWith('cell/')).length, 0);
    assert.deepEqual(book.writes, []);
  });

  it('a 10,000-row paste is read in requests cut by bytes, each response under 5 MB, every row once (defect 7)', async () => {
    const { book, seen } = await setup(10100);
    const r1 = L.firstDataRow;
    await book.paste(SHEET, `A${r1}`, Array.from({ length: 10000 }, (_, i) => row(i + 1, i % 2 ? 'BAD' : '')));
    assert.deepEqual(book.handlerErrors, []);
    assert.equal(book.loads.reduce((n, l) => n + rowsOf(l.address), 0), 10000, 'every changed row read once');
    for (const b of book.responses) assert.ok(b <= PAYLOAD_LIMIT, `a response of ${b} bytes`);
    const total = book.responses.reduce((a, b) => a + b, 0);
    assert.ok(book.syncs <= Math.ceil((total * 2.5) / MAX_READ_BYTES) + 1, `${book.syncs} syncs for ${total} bytes`);
    const bad = seen.at(-1)!.filter((i) => i.sheet === SHEET && i.column === L.columns.uscc && i.code.startsWith('cell/') && i.severity === 'error');
    assert.equal(bad.length, 10000);
  });

  it('long 主导产品 and 备注 text: a response too large is read again in halves; the next read is estimated from it (defect 7)', async () => {
    const { book, seen } = await setup(3100);
    const long = '高强度耐腐蚀不锈钢精密带材及其深加工产品'.repeat(25); // 500 characters, 1,500 bytes
    const rows = Array.from({ length: 3000 }, (_, i) => row(i + 1, '', { product: long, ...(L.columns.remark ? { remark: long } : {}) }));
    await book.paste(SHEET, `A${L.firstDataRow}`, rows);
    assert.deepEqual(book.handlerErrors, []);
    for (const b of book.responses) assert.ok(b <= PAYLOAD_LIMIT, `a response of ${b} bytes`);
    assert.equal(book.loads.reduce((n, l) => n + rowsOf(l.address), 0), 3000, 'every row delivered once');
    await assertListIsCurrent(book, seen.at(-1)!, 'after the long paste');
    // the same rows again: now estimated from their text, no response is refused
    reset(book);
    await book.paste(SHEET, `A${L.firstDataRow}`, rows.map((r) => r.map((v, j) => (j === columnIndex(L.columns.staff) - 1 ? 60 : v))));
    assert.deepEqual(book.refused, []);
    assert.ok(book.responses.length >= 2, 'cut into several requests by bytes');
    for (const b of book.responses) assert.ok(b <= PAYLOAD_LIMIT, `a response of ${b} bytes`);
  });

  it('a multi-area change (A1:B2,D4:E5) checks every area in one read request (defect 6)', async () => {
    const { book, seen } = await setup();
    const a = L.firstDataRow + 1;
    const b = L.firstDataRow + 6;
    book.set(SHEET, `A${a}:${LAST}${a}`, [row(1, 'BAD-ONE')]);
    book.set(SHEET, `A${b}:${LAST}${b}`, [row(2, 'BAD-TWO')]);
    await book.change(SHEET, `${L.columns.uscc}${a},${L.columns.name}${b}:${L.columns.uscc}${b}`);
    assert.deepEqual(book.handlerErrors, []);
    assert.ok(book.syncs <= 2, `${book.syncs} syncs`);
    for (const r of [a, b]) assert.ok(seen.at(-1)!.some((i) => i.row === r && i.column === L.columns.uscc && i.severity === 'error'), `row ${r}`);
    await assertListIsCurrent(book, seen.at(-1)!, 'after a multi-area change');
  });

  it('inserted rows: only the rows that moved are read again, no write; an edit below the 合计 row is read in full, no write', async () => {
    const { book, seen } = await setup();
    book.set(SHEET, `A${L.firstDataRow + 3}:${LAST}${L.firstDataRow + 3}`, [row(1, 'BAD')]);
    await book.change(SHEET, `A${L.firstDataRow + 3}`);
    reset(book);
    // Excel shifts the cells itself
    const sheet = book.sheet(SHEET);
    const at = L.firstDataRow + 2;
    const moved = [...sheet.cells].filter(([key]) => Number(key.split(',')[0]) >= at);
    for (const [key] of moved) sheet.cells.delete(key);
    for (const [key, v] of moved) sheet.cells.set(`${Number(key.split(',')[0]) + 1},${key.split(',')[1]}`, v);
    await book.change(SHEET, `${at}:${at}`, 'RowInserted');
    assert.deepEqual(book.handlerErrors, []);
    assert.ok(book.syncs <= 2, `${book.syncs} syncs`);
    assert.ok(book.loads.every((l) => !l.address.startsWith('A1:')), 'the head is not read again');
    assert.ok(seen.at(-1)!.some((i) => i.row === L.firstDataRow + 4 && i.column === L.columns.uscc), 'the bad code moved down with its row');
    await assertListIsCurrent(book, seen.at(-1)!, 'after inserting a row');
    reset(book);
    // below 合计 a row may be data or values left out (core/outside-table.ts): a full read decides, writing nothing
    book.set(SHEET, `A${L.totalRow! + 5}:${LAST}${L.totalRow! + 5}`, [row(9, 'LATE')]);
    await book.change(SHEET, `A${L.totalRow! + 5}:${LAST}${L.totalRow! + 5}`);
    assert.deepEqual(book.handlerErrors, []);
    assert.equal(book.syncs, 3, 'sheet names, heads, data');
    assert.deepEqual(book.writes, []);
    assert.ok(seen.at(-1)!.some((i) => i.code === 'table/after-total' && i.row === L.totalRow! + 5), 'the late row is merged with a warning');
    await assertListIsCurrent(book, seen.at(-1)!, 'after typing below 合计');
  });

  it('inserting rows (the 合计 row moves down) adds no second pair of conditional formats at the next 全表检查', async () => {
    const { book, live } = await setup();
    await live.fullCheck({ marks: true });
    const sheet = book.sheet(SHEET);
    for (let n = 1; n <= 3; n++) {
      const moved = [...sheet.cells].filter(([key]) => Number(key.split(',')[0]) >= L.firstDataRow + 2);
      for (const [key] of moved) sheet.cells.delete(key);
      for (const [key, v] of moved) {
        const [r, c] = key.split(',').map(Number);
        sheet.cells.set(`${r + 1},${c}`, v);
      }
      await book.change(SHEET, `${L.firstDataRow + 2}:${L.firstDataRow + 2}`, 'RowInserted');
      await live.fullCheck({ marks: true });
    }
    assert.equal(book.sheet(SHEET).cfs.filter((c) => /_torch_marks_/.test(c.formula ?? '')).length, 2);
  });

  it("a table without a 合计 row: a change down to the sheet's last row reads only the used rows", async () => {
    const { book, live, seen } = await setup();
    const sheet = book.sheet(SHEET);
    for (const key of [...sheet.cells.keys()]) if (Number(key.split(',')[0]) >= L.totalRow!) sheet.cells.delete(key);
    for (const key of [...sheet.formulas.keys()]) if (Number(key.split(',')[0]) >= L.totalRow!) sheet.formulas.delete(key);
    await live.fullCheck();
    const r = L.firstDataRow + 3;
    book.set(SHEET, `A${r}:${LAST}${r}`, [row(1, 'NOT-A-CODE')]);
    reset(book);
    // e.g. Ctrl+Shift+Down from the first data cell of an empty column, then a fill or Delete
    await book.change(SHEET, `${L.columns.uscc}${L.firstDataRow}:${L.columns.uscc}1048576`);
    assert.deepEqual(book.handlerErrors, []);
    for (const l of book.loads) assert.ok(rowsOf(l.address) <= 1000, `read ${l.sheet}!${l.address}`);
    assert.deepEqual(book.writes, []);
    assert.ok(seen.at(-1)!.some((i) => i.sheet === SHEET && i.row === r && i.column === L.columns.uscc && i.severity === 'error'));
  });

  it('the full-check marks: written on 全表检查 only, in requests under the limit, old marks cleared under 33,554,000 cells (defect 7)', async () => {
    // at a small scale: a 300 kB request limit stands for 5 MB
    const { book, live } = await setup(6100, { payloadLimit: 300_000, live: { maxRequestBytes: 250_000 } });
    await book.paste(SHEET, `A${L.firstDataRow}`, Array.from({ length: 6000 }, (_, i) => row(i + 1, 'BAD')));
    assert.deepEqual(book.handlerErrors, []);
    assert.deepEqual(book.writes, [], 'the paste wrote nothing');
    reset(book);
    await live.fullCheck({ marks: true });
    for (const b of book.requests) assert.ok(b <= 300_000, `a request of ${b} bytes`);
    assert.ok(book.syncs > 5, 'the marks went in several requests');
    assert.equal(markAt(book, L.columns.uscc, L.firstDataRow), 2);
    assert.equal(markAt(book, L.columns.uscc, L.firstDataRow + 5999), 2);
    assert.equal(markAt(book, L.columns.name, L.firstDataRow), undefined);
    // again: the old marks are cleared (each clear under Excel on the web's cell limit, or the host throws)
    await book.paste(SHEET, `A${L.firstDataRow}`, [row(1, '')]);
    await live.fullCheck({ marks: true });
    assert.equal(markAt(book, L.columns.uscc, L.firstDataRow + 1), 2);
  });

  it('says when the marks are older than the last edit', async () => {
    const { book, live } = await setup();
    assert.equal(live.marksStale, false, 'no marks yet');
    await live.fullCheck({ marks: true });
    assert.equal(live.marksStale, false);
    await book.type(SHEET, `${L.columns.name}${L.firstDataRow}`, '太原钢铁');
    assert.equal(live.marksStale, true);
    await live.fullCheck({ marks: true });
    assert.equal(live.marksStale, false);
  });

  it('the pane\'s host: opening checks without a write, 全表检查 writes the marks, typing makes them stale', async () => {
    const { book, live } = await setup();
    await live.stop();
    const host = createExcelHost(ALL, (batch, ctx) => book.run(batch, ctx as never));
    await book.as('pane: opened', () => host.fullCheck());
    assert.deepEqual(book.writes, []);
    await book.as('pane: 全表检查', () => host.fullCheck({ marks: true }));
    const writes: WriteLog[] = book.writes;
    assert.ok(writes.length > 0 && writes.every((w) => w.trigger === 'pane: 全表检查'));
    assert.equal(host.marksStale!(), false);
    reset(book);
    await book.type(SHEET, `${L.columns.name}${L.firstDataRow}`, '太原钢铁');
    assert.deepEqual(book.clerkWrites(), []);
    assert.equal(host.marksStale!(), true);
  });

  it('typing on a sheet of the clerk\'s own reads only its head; a table header pasted there makes it a table', async () => {
    const { book, seen } = await setup();
    await book.createSheet('备忘');
    reset(book);
    await book.type('备忘', 'A1', '记得周五前报送');
    assert.deepEqual(book.handlerErrors, []);
    assert.equal(book.syncs, 1, 'one read of the head');
    assert.deepEqual(book.writes, []);
    await book.type('备忘', 'A200', '这里离表头很远');
    assert.equal(book.syncs, 1, 'far below the head: nothing read');
    const header = PLAN.sheets.find((s) => s.tableId === 'services')!;
    const cells = header.cells.filter((c) => Number(c.address.replace(/[A-Z]+/, '')) === header.layout!.headerRow && c.value !== undefined);
    for (const c of cells) book.set('备忘', c.address, [[c.value as string]]);
    await book.paste('备忘', 'A1', [['科技服务机构情况表']]);
    assert.deepEqual(book.handlerErrors, []);
    assert.ok(seen.at(-1)!.some((i) => i.code === 'table/duplicate-sheet' && i.sheet === '备忘'), 'the second copy of the table is reported');
    await assertListIsCurrent(book, seen.at(-1)!, 'after a header appeared on another sheet');
  });

  it('stops listening, removing each handler through the context that added it', async () => {
    const { book, live } = await setup();
    await live.stop();
    assert.deepEqual(book.watched(), []);
    assert.equal(book.handlerCount('onAdded') + book.handlerCount('onDeleted') + book.handlerCount('onNameChanged'), 0);
  });
});
