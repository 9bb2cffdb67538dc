import { strict as assert } from 'node:assert';
import { APP_TYPES, cover } from '../../src/core/tables';
import { appTypeOptions, coverFields, coverValues, createOutcomeText, isoDate, missingRequired } from '../../taskpane/view/create-form';

const today = new Date(2026, 4, 9);

describe('taskpane create form', () => {
  it('offers every application type with the tables it creates', () => {
    const options = appTypeOptions();
    assert.deepEqual(options.map((o) => o.id), APP_TYPES.map((t) => t.id));
    const base = options.find((o) => o.id === 'base')!;
    assert.equal(base.label, '国家火炬特色产业基地');
    assert.match(base.summary, /骨干企业情况表/);
    assert.match(base.summary, /科技服务机构情况表/);
    assert.match(options.find((o) => o.id === 'industrialization')!.summary, /可选/);
  });

  it('shows the cover fields except those the tool fills, with drop-downs for enums', () => {
    const fields = coverFields('base', today);
    assert.equal(fields.length, cover.fields.length - 2);
    assert.ok(!fields.some((f) => f.key === 'appType' || f.key === 'templateVersion'));
    const city = fields.find((f) => f.key === 'city')!;
    assert.equal(city.kind, 'select');
    assert.deepEqual(city.options, cover.fields.find((f) => f.key === 'city')!.enum);
    assert.equal(fields.find((f) => f.key === 'phone')!.kind, 'tel');
  });

  it('names the application after its type and pre-fills year and date', () => {
    assert.equal(coverFields('base', today).find((f) => f.key === 'appName')!.label, '基地名称');
    const cluster = coverFields('cluster', today);
    assert.equal(cluster.find((f) => f.key === 'appName')!.label, '集群名称');
    assert.equal(cluster.find((f) => f.key === 'dataYear')!.value, '2025');
    assert.equal(cluster.find((f) => f.key === 'date')!.value, '2026-05-09');
    assert.equal(isoDate(new Date(2018, 11, 31)), '2018-12-31');
  });

  it('collects trimmed values, years as numbers, empty fields left out', () => {
    const fields = coverFields('base', today);
    const values = coverValues(fields, { appName: '  太原新材料基地 ', dataYear: '2025', contact: '', phone: '0351-4921797' });
    assert.deepEqual(values, { appName: '太原新材料基地', dataYear: 2025, phone: '0351-4921797' });
    assert.deepEqual(coverValues(fields, { dataYear: '二〇二五' }), { dataYear: '二〇二五' });
  });

  it('lists required fields left empty by their labels', () => {
    const fields = coverFields('cluster', today);
    const missing = missingRequired(fields, { appName: '某集群', city: '太原市', dataYear: '2025', date: '2026-05-09', unit: '科技局' });
    assert.deepEqual(missing, ['联系人', '联系电话']);
  });

  it('reports what was created, what was left alone and what this Excel cannot add', () => {
    const text = createOutcomeText({ created: ['填报信息', '创新型产业集群主要企业和服务机构汇总表'], skipped: ['_lists'], omitted: ['dataValidation', 'pageLayout'] }, ['联系人']);
    assert.match(text, /^已创建:填报信息、创新型产业集群主要企业和服务机构汇总表。/);
    assert.match(text, /已有“_lists”,未做改动/);
    assert.match(text, /不支持下拉列表和输入提示、打印设置/);
    assert.match(text, /尚未填写:联系人/);
    assert.equal(createOutcomeText({ created: [], skipped: ['填报信息'], omitted: [] }, []), '没有创建新的工作表。工作簿中已有“填报信息”,未做改动。');
  });
});
