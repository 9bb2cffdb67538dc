import assert from 'node:assert/strict';
import { buildWorkbookPlan } from '../../src/core/form/workbook-plan';
import { createApplication } from '../../src/excel/create';
import { detectFeatures } from '../../src/excel/features';
import { FakeBook, featuresUpTo } from './fake-excel';
import { namesAtEachFormat } from './fake-conditional-formats';

const ALL = detectFeatures(featuresUpTo(17));

describe('excel: 创建申报表 adds the rule formulas as conditional formats', () => {
  it('every table sheet gets the plan\'s formats, lowest priority first (add() puts each on top), in the same two syncs', async () => {
    const book = new FakeBook();
    const names = namesAtEachFormat(book);
    const result = await createApplication(book.context, 'base', {}, ALL, 20);
    const plan = buildWorkbookPlan('base', { dataRows: 20 });
    assert.equal(book.syncs, 2);
    assert.deepEqual(result.omitted, []);
    for (const sp of plan.sheets) {
      const added = book.cfs.filter((c) => c.sheet === sp.name);
      const expected = [...(sp.conditionalFormats ?? [])].reverse();
      assert.deepEqual(added.map((c) => [c.address, c.cf.custom.rule.formula]), expected.map((cf) => [`${sp.name}!${cf.range}`, `=${cf.formula}`]), sp.name);
      assert.deepEqual(added.map((c) => [c.cf.custom.format.fill.color, c.cf.custom.format.font.color]), expected.map((cf) => [`#${cf.style.fill}`, `#${cf.style.color}`]));
    }
    assert.ok(book.cfs.length > 80);
    book.cfs.forEach((c, i) => {
      for (const name of c.cf.custom.rule.formula!.match(/torch_[a-z_]+/g) ?? []) assert.ok(names[i].has(name), `${name} defined before the format on ${c.address}`);
    });
  });

  it('leaves the clerk\'s own sheet alone: a sheet that already existed gets no format', async () => {
    const book = new FakeBook(['骨干企业情况表']);
    const result = await createApplication(book.context, 'base', {}, ALL, 20);
    assert.deepEqual(result.skipped, ['骨干企业情况表']);
    assert.equal(book.cfs.filter((c) => c.sheet === '骨干企业情况表').length, 0);
    assert.ok(book.cfs.some((c) => c.sheet === '主要关联企业情况表'));
  });

  it('below ExcelApi 1.6 adds none and reports them omitted', async () => {
    const book = new FakeBook();
    const result = await createApplication(book.context, 'cluster', {}, detectFeatures(featuresUpTo(5)), 20);
    assert.equal(book.cfs.length, 0);
    assert.ok(result.omitted.includes('conditionalFormats'));
    assert.ok(book.names.has('torch_uscc_weights'), 'names (1.4) are still there for a later Excel');
    const at16 = new FakeBook();
    assert.ok(!(await createApplication(at16.context, 'cluster', {}, detectFeatures(featuresUpTo(6)), 20)).omitted.includes('conditionalFormats'));
    assert.ok(at16.cfs.length > 10);
  });
});
