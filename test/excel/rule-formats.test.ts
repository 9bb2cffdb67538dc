import assert from 'node:assert/strict';
import { buildWorkbookPlan } from '../../src/core/form/workbook-plan';
import { createApplication } from '../../src/excel/create';
import { detectFeatures } from '../../src/excel/features';
import { StrictBook, featuresUpTo } from './fake-excel';

const ALL = detectFeatures(featuresUpTo(17));
/** Every conditional format of the workbook, sheet by sheet, each sheet's in the order added. */
const cfsOf = (book: StrictBook) => book.list().flatMap((s) => s.cfs);

describe('excel: 创建申报表 adds the rule formulas as conditional formats', () => {
  it('every table sheet gets the plan\'s formats, lowest priority first (add() puts each on top), in the same two syncs', async () => {
    const book = new StrictBook();
    const result = await book.run((ctx) => createApplication(ctx, 'base', {}, ALL, 20));
    const plan = buildWorkbookPlan('base', { dataRows: 20 });
    assert.equal(book.syncs, 2);
    assert.deepEqual(result.omitted, []);
    for (const sp of plan.sheets) {
      const added = cfsOf(book).filter((c) => c.sheet === sp.name);
      const expected = [...(sp.conditionalFormats ?? [])].reverse();
      assert.deepEqual(added.map((c) => [c.address, c.formula]), expected.map((cf) => [`${sp.name}!${cf.range}`, `=${cf.formula}`]), sp.name);
      assert.deepEqual(added.map((c) => [c.fill, c.font]), expected.map((cf) => [`#${cf.style.fill}`, `#${cf.style.color}`]));
    }
    assert.ok(cfsOf(book).length > 80);
    cfsOf(book).forEach((c) => {
      for (const name of c.formula!.match(/torch_[a-z_]+/g) ?? []) assert.ok(c.names.includes(name), `${name} defined before the format on ${c.address}`);
    });
  });

  it('leaves the clerk\'s own sheet alone: a sheet that already existed gets no format', async () => {
    const book = new StrictBook(['骨干企业情况表']);
    const result = await book.run((ctx) => createApplication(ctx, 'base', {}, ALL, 20));
    assert.deepEqual(result.skipped, ['骨干企业情况表']);
    assert.equal(cfsOf(book).filter((c) => c.sheet === '骨干企业情况表').length, 0);
    assert.ok(cfsOf(book).some((c) => c.sheet === '主要关联企业情况表'));
  });

  it('below ExcelApi 1.6 adds none and reports them omitted', async () => {
    const book = new StrictBook(['Sheet1'], { api: 5 });
    const result = await book.run((ctx) => createApplication(ctx, 'cluster', {}, detectFeatures(featuresUpTo(5)), 20));
    assert.equal(cfsOf(book).length, 0);
    assert.ok(result.omitted.includes('conditionalFormats'));
    assert.ok(book.names.has('torch_uscc_weights'), 'names (1.4) are still there for a later Excel');
    const at16 = new StrictBook(['Sheet1'], { api: 6 });
    assert.ok(!(await at16.run((ctx) => createApplication(ctx, 'cluster', {}, detectFeatures(featuresUpTo(6)), 20))).omitted.includes('conditionalFormats'));
    assert.ok(cfsOf(at16).length > 10);
  });
});
