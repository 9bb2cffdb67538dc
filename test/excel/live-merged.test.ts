// Checking as people type in a return laid out by hand: the values merged down rows stay with the rows re-read
// after an edit, an edit to a merged range's top cell checks the table whole, and the reader's notices stay listed.
import assert from 'node:assert/strict';
import type { Issue } from '../../src/core/types';
import { detectFeatures } from '../../src/excel/features';
import { LiveValidation } from '../../src/excel/live-validation';
import { featuresUpTo } from './fake-excel';
import { bookFromExcelJS } from './book-from-exceljs';
import { HAND_LAID_ISSUES, handLaidReturn } from '../helpers/hand-laid';

const key = (i: Issue) => `${i.code}@${i.sheet}!${i.column ?? ''}${i.row ?? ''}`;
type OfficeGlobal = { Office?: unknown };

describe('excel: LiveValidation on a hand-laid return with merged cells', () => {
  const saved = (globalThis as OfficeGlobal).Office;
  // the host says what it supports the way Office does (Office.context.requirements)
  before(() => { (globalThis as OfficeGlobal).Office = { context: { requirements: { isSetSupported: featuresUpTo(13) } } }; });
  after(() => { (globalThis as OfficeGlobal).Office = saved; });

  async function setup() {
    const book = bookFromExcelJS(handLaidReturn(), { api: 13 });
    const seen: Issue[][] = [];
    const live = new LiveValidation({ features: detectFeatures(featuresUpTo(13)), onIssues: (i) => seen.push(i), run: (batch, ctx) => book.run(batch, ctx as never), onError: (e) => { throw e; } });
    await live.start();
    return { book, seen };
  }

  it('lists the notices of the merged ranges after the full check, and nothing else', async () => {
    const { seen } = await setup();
    assert.deepEqual(seen.at(-1)!.map(key).sort(), [...HAND_LAID_ISSUES].sort());
  });

  it('an edit in a row a merged range covers: that row alone is re-read and keeps the merged value', async () => {
    const { book, seen } = await setup();
    book.syncs = 0;
    book.set('Sheet1', 'D6', [['高效节能锅炉（改进型）']]);
    await book.change('Sheet1', 'D6');
    assert.ok(book.syncs <= 2, `${book.syncs} syncs`);
    assert.deepEqual(seen.at(-1)!.map(key).sort(), [...HAND_LAID_ISSUES].sort(), 'no 必须填写 for the merged 是否为高新技术企业');
  });

  it('an edit of a merged range\'s top cell checks the table whole, so every row it covers gets the new value', async () => {
    const { book, seen } = await setup();
    book.syncs = 0;
    book.set('Sheet1', 'E5', [['不是']]);
    await book.change('Sheet1', 'E5');
    assert.ok(book.syncs >= 3, `a full check: ${book.syncs} syncs`);
    const yesno = seen.at(-1)!.filter((i) => i.code === 'cell/yesno').map((i) => `${i.column}${i.row}`);
    assert.deepEqual(yesno, ['E5', 'E6', 'E7']);
  });
});

describe('excel: LiveValidation with the cover typed above a table', () => {
  it('an edit of the cover lines checks again, as an edit of a cover sheet does', async () => {
    const book = bookFromExcelJS(handLaidReturn(), { api: 12 });
    const seen: Issue[][] = [];
    const features = detectFeatures(featuresUpTo(12));
    const live = new LiveValidation({ features, onIssues: (i) => seen.push(i), run: (batch, ctx) => book.run(batch, ctx as never), onError: (e) => { throw e; } });
    await live.start();
    assert.equal(seen.at(-1)!.some((i) => i.code === 'cell/enum'), false);
    const line = String(book.get('Sheet1', 'A2'));
    book.set('Sheet1', 'A2', [[line.replace('所在地市：阳泉市', '所在地市：阳泉县')]]);
    await book.change('Sheet1', 'A2');
    const city = seen.at(-1)!.filter((i) => i.code === 'cell/enum');
    assert.deepEqual(city.map((i) => `${i.sheet}!${i.column}${i.row}:${i.value}`), ['Sheet1!A2:阳泉县']);
  });
});
