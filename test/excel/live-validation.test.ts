import { MAX_READ_CELLS } from '../../src/excel/read-areas';
import assert from 'node:assert/strict';
import type { Issue } from '../../src/core/types';
import { buildWorkbookPlan } from '../../src/core/form/workbook-plan';
import { columnLetter, columnIndex } from '../../src/core/columns';
import { createApplication } from '../../src/excel/create';
import { detectFeatures } from '../../src/excel/features';
import { LiveValidation } from '../../src/excel/live-validation';
import { BLOCK_COLS, markFormula } from '../../src/excel/marks';
import { MARKS_SHEET } from '../../src/excel/sheets';
import { FakeBook, featuresUpTo } from './fake-excel';

const ALL = detectFeatures(featuresUpTo(17));
const COVER = { appName: '太原不锈钢特色产业基地', dataYear: 2017, city: '太原市', unit: '太原市科技局', contact: '王芳', phone: '13812345678', date: '2018-06-01' };
const PLAN = buildWorkbookPlan('base', { cover: COVER });
const BACKBONE = PLAN.sheets.find((s) => s.tableId === 'backbone')!;
const L = BACKBONE.layout!;
const SHEET = BACKBONE.name;
const WIDTH = Object.keys(L.columns).length;
const LAST = columnLetter(WIDTH);

async function setup(dataRows = 200): Promise<{ book: FakeBook; live: LiveValidation; seen: Issue[][] }> {
  const book = new FakeBook();
  await createApplication(book.context, 'base', COVER, ALL, dataRows);
  const seen: Issue[][] = [];
  const live = new LiveValidation({ features: ALL, onIssues: (i) => seen.push(i), run: (batch) => batch(book.context), onError: (e) => { throw e; } });
  await live.start();
  book.syncs = 0;
  book.loads.length = 0;
  book.writes.length = 0;
  return { book, live, seen };
}

/** The `_marks` cell that mirrors a cell of the backbone sheet. */
function markAt(book: FakeBook, column: string, row: number): unknown {
  const marks = book.sheet(MARKS_SHEET);
  let block = -1;
  for (let b = 0; b < 16; b++) if (marks.cells.get(`1,${b * BLOCK_COLS + 1}`) === SHEET) block = b;
  assert.ok(block >= 0, 'the backbone sheet owns a block of _marks');
  return book.get(MARKS_SHEET, `${columnLetter(block * BLOCK_COLS + columnIndex(column))}${row}`);
}

function row(i: number, uscc: string): (string | number)[] {
  const out: (string | number)[] = new Array(WIDTH).fill('');
  const put = (key: string, v: string | number): void => { out[columnIndex(L.columns[key]) - 1] = v; };
  put('serial', i);
  put('name', `测试企业${i}有限公司`);
  put('uscc', uscc);
  put('product', '不锈钢');
  put('hightech', '是');
  put('revenue', 1000);
  put('staff', 50);
  return out;
}

describe('excel: LiveValidation', () => {
  it('knows the cover and table sheets in workbook order, so the pane lists issues as validate does', async () => {
    const { live } = await setup();
    assert.deepEqual(live.sheetOrder, PLAN.sheets.filter((s) => s.kind === 'cover' || s.kind === 'table').map((s) => s.name));
  });

  it('registers onChanged on the table sheets and installs two conditional formats per table', async () => {
    const { book } = await setup();
    for (const s of PLAN.sheets.filter((p) => p.tableId)) assert.ok(book.handlers.has(s.name), s.name);
    // the marks' formats; the table's rule formulas (apply-conditional-formats.ts) come from createApplication
    const mine = book.cfs.filter((c) => c.sheet === SHEET && /_torch_marks_/.test(c.cf.custom.rule.formula ?? ''));
    assert.equal(mine.length, 2);
    assert.deepEqual(mine.map((c) => c.cf.custom.rule.formula), [markFormula(0, 2), markFormula(0, 1)]);
    assert.equal(book.sheet(MARKS_SHEET).visibility, 'VeryHidden');
    assert.ok(book.names.has('_torch_marks_1'));
  });

  it('a full check of a workbook of 200-row tables costs 5 syncs: sheet names, table heads, data, marks set-up, marks', async () => {
    const { book, live } = await setup();
    await live.fullCheck();
    assert.equal(book.syncs, 5);
  });

  it('one edited cell: reads only that row, at most 2 syncs, marks the cell', async () => {
    const { book, seen } = await setup();
    const r = L.firstDataRow + 2;
    book.set(SHEET, `A${r}:${LAST}${r}`, [row(1, 'NOT-A-CODE')]);
    book.loads.length = 0;
    await book.change(SHEET, `${L.columns.uscc}${r}`);
    assert.ok(book.syncs <= 2, `${book.syncs} syncs`);
    assert.deepEqual(book.loads.map((l) => `${l.sheet}!${l.address}`), [`${SHEET}!A${r}:${LAST}${r}`]);
    const issue = seen.at(-1)!.find((i) => i.sheet === SHEET && i.row === r && i.column === L.columns.uscc);
    assert.ok(issue, 'the bad credit code is reported');
    assert.equal(issue.severity, 'error');
    assert.equal(markAt(book, L.columns.uscc, r), 2);
    assert.equal(markAt(book, L.columns.name, r), undefined, 'a good cell stays unmarked');
    const markWrites = book.writes.filter((w) => w.sheet === MARKS_SHEET);
    assert.equal(markWrites.length, 1);
    assert.equal(markWrites[0].rows, 1);
  });

  it('a 5,000-row paste: one read of exactly those rows, at most 2 syncs, marks as one 2-D write', async () => {
    const { book, seen } = await setup(5100);
    const r1 = L.firstDataRow;
    const r2 = r1 + 4999;
    const rows = Array.from({ length: 5000 }, (_, i) => row(i + 1, i % 2 ? 'BAD' : ''));
    book.set(SHEET, `A${r1}:${LAST}${r2}`, rows);
    await book.change(SHEET, `A${r1}:${LAST}${r2}`);
    assert.ok(book.syncs <= 2, `${book.syncs} syncs`);
    assert.deepEqual(book.loads.map((l) => l.address), [`A${r1}:${LAST}${r2}`]);
    const markWrites = book.writes.filter((w) => w.sheet === MARKS_SHEET);
    assert.equal(markWrites.length, 1, 'one values write for all marks');
    assert.equal(markWrites[0].rows, 5000);
    assert.equal(markWrites[0].cols, WIDTH);
    const bad = seen.at(-1)!.filter((i) => i.sheet === SHEET && i.column === L.columns.uscc && i.code.startsWith('cell/') && i.severity === 'error');
    assert.equal(bad.length, 5000, 'missing and malformed codes on every row');
    assert.equal(markAt(book, L.columns.uscc, r1 + 1), 2);

    // the clerk clears the paste again: the rows leave the checker and their marks go
    book.syncs = 0;
    book.set(SHEET, `A${r1}:${LAST}${r2}`, rows.map((x) => x.map(() => null)));
    await book.change(SHEET, `A${r1}:${LAST}${r2}`);
    assert.ok(book.syncs <= 2);
    assert.equal(seen.at(-1)!.filter((i) => i.sheet === SHEET && i.row !== undefined && i.row >= r1 && i.row <= r2 && i.code.startsWith('cell/')).length, 0);
    assert.equal(markAt(book, L.columns.uscc, r1 + 1), undefined);
  });

  it('a 10,000-row paste is read in requests of at most MAX_READ_CELLS cells (Excel on the web\'s 5 MB limit)', async () => {
    const { book, seen } = await setup(10100);
    const r1 = L.firstDataRow;
    const r2 = r1 + 9999;
    book.set(SHEET, `A${r1}:${LAST}${r2}`, Array.from({ length: 10000 }, (_, i) => row(i + 1, i % 2 ? 'BAD' : '')));
    await book.change(SHEET, `A${r1}:${LAST}${r2}`);
    const cells = book.loads.map((l) => {
      const [a, b] = l.address.split(':');
      return (Number(b.replace(/[A-Z]+/, '')) - Number(a.replace(/[A-Z]+/, '')) + 1) * WIDTH;
    });
    assert.equal(cells.reduce((x, y) => x + y, 0), 10000 * WIDTH, 'every changed row read once');
    assert.ok(cells.every((n) => n <= MAX_READ_CELLS), cells.join(','));
    assert.equal(book.syncs, Math.ceil((10000 * WIDTH) / MAX_READ_CELLS) + 1, 'one sync per read request, one for the marks');
    const bad = seen.at(-1)!.filter((i) => i.sheet === SHEET && i.column === L.columns.uscc && i.code.startsWith('cell/') && i.severity === 'error');
    assert.equal(bad.length, 10000);
  });

  it('inserted rows trigger a full re-read; edits below the 合计 row are ignored', async () => {
    const { book } = await setup();
    await book.change(SHEET, `${L.firstDataRow + 2}:${L.firstDataRow + 2}`, 'RowInserted');
    assert.ok(book.loads.some((l) => l.sheet === SHEET && l.address.startsWith('A1:')), 'head of the sheet re-read');
    book.loads.length = 0;
    book.syncs = 0;
    await book.change(SHEET, `B${L.totalRow + 3}`);
    assert.equal(book.syncs, 0);
    assert.equal(book.loads.length, 0);
  });

  it('inserting rows (the 合计 row moves down) adds no second pair of conditional formats', async () => {
    const { book } = await setup();
    const sheet = book.sheet(SHEET);
    for (let n = 1; n <= 3; n++) {
      // Excel shifts the cells and stretches the existing conditional formats itself
      const moved = [...sheet.cells].filter(([key]) => Number(key.split(',')[0]) >= L.firstDataRow + 2);
      for (const [key] of moved) sheet.cells.delete(key);
      for (const [key, v] of moved) {
        const [r, c] = key.split(',').map(Number);
        sheet.cells.set(`${r + 1},${c}`, v);
      }
      await book.change(SHEET, `${L.firstDataRow + 2}:${L.firstDataRow + 2}`, 'RowInserted');
    }
    assert.equal(book.cfs.filter((c) => c.sheet === SHEET && /_torch_marks_/.test(c.cf.custom.rule.formula ?? '')).length, 2);
  });

  it("a table without a 合计 row: a change down to the sheet's last row reads only the used rows", async () => {
    const { book, live, seen } = await setup();
    // a table made without the add-in: no 合计 row, no footer
    const sheet = book.sheet(SHEET);
    for (const key of [...sheet.cells.keys()]) if (Number(key.split(',')[0]) >= L.totalRow!) sheet.cells.delete(key);
    await live.fullCheck();
    const r = L.firstDataRow + 3;
    book.set(SHEET, `A${r}:${LAST}${r}`, [row(1, 'NOT-A-CODE')]);
    book.syncs = 0;
    book.loads.length = 0;
    book.writes.length = 0;
    // e.g. Ctrl+Shift+Down from the first data cell of an empty column, then a fill or Delete
    await book.change(SHEET, `${L.columns.uscc}${L.firstDataRow}:${L.columns.uscc}1048576`);
    for (const l of book.loads) {
      const [a, b] = l.address.split(':');
      const rows = Number(b.replace(/[A-Z]/g, '')) - Number(a.replace(/[A-Z]/g, '')) + 1;
      assert.ok(rows <= 1000, `read ${l.sheet}!${l.address}`);
    }
    for (const w of book.writes) assert.ok(w.rows <= 1000, `wrote ${w.rows} rows to ${w.sheet}!${w.address}`);
    assert.ok(seen.at(-1)!.some((i) => i.sheet === SHEET && i.row === r && i.column === L.columns.uscc && i.severity === 'error'));
    assert.equal(markAt(book, L.columns.uscc, r), 2);
  });

  it('stops listening', async () => {
    const { book, live } = await setup();
    await live.stop();
    assert.equal(book.handlers.size, 0);
  });
});
