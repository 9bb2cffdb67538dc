import { strict as assert } from 'node:assert';
import { APP_TYPES, cover } from '../../src/core/tables';
import { appTypeOptions, coverFields, coverValues, createOutcomeText, fieldProblem, isoDate, missingRequired, secondTypeProblem } from '../../taskpane/view/create-form';
import { workbookHolds } from '../../taskpane/view/workbook';

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

  it('reports what was created, what was left alone and what this Excel cannot add; never names the tool\'s own sheets', () => {
    const said = createOutcomeText({ created: ['填报信息', '创新型产业集群主要企业和服务机构汇总表', '_lists'], skipped: ['_torch'], omitted: ['dataValidation', 'pageLayout'] }, ['联系人']);
    assert.equal(said.ok, true);
    assert.match(said.text, /^已创建：填报信息、创新型产业集群主要企业和服务机构汇总表。/);
    assert.doesNotMatch(said.text, /_lists|_torch/);
    assert.match(said.text, /不支持下拉列表和输入提示、打印设置/);
    assert.match(said.text, /尚未填写：联系人/);
    const none = createOutcomeText({ created: [], skipped: ['填报信息'], omitted: [] }, []);
    assert.equal(none.ok, false, 'nothing created is not a success');
    assert.match(none.text, /^没有创建新的工作表，上面填写的内容没有写入工作簿/);
    assert.match(none.text, /工作簿中已有「填报信息」，未做改动/);
  });

  it('checks typed cover values with the engine\'s rules, without naming the field again', () => {
    const fields = coverFields('base', today);
    const f = (k: string) => fields.find((x) => x.key === k)!;
    assert.equal(fieldProblem(f('phone'), '0351-4921797'), '');
    assert.equal(fieldProblem(f('phone'), '13912345678'), '');
    assert.match(fieldProblem(f('phone'), '12345'), /^应为11位手机号或带区号的座机号（如 0351-4921797），现为「12345」$/);
    assert.match(fieldProblem(f('email'), 'a@b'), /^不是有效的电子邮箱/);
    assert.equal(fieldProblem(f('email'), 'kjj@ty.gov.cn'), '');
    assert.match(fieldProblem(f('dataYear'), '17'), /^应为四位年份/);
    assert.equal(fieldProblem(f('dataYear'), '2017'), '');
    assert.match(fieldProblem(f('date'), '6月32日'), /^应为日期/);
    assert.equal(fieldProblem(f('date'), '2018-06-01'), '');
    assert.equal(fieldProblem(f('phone'), ''), '', 'an empty field is not wrong while typing');
  });

  it('will not add a second application type to a workbook that holds one', () => {
    assert.equal(secondTypeProblem('cluster', workbookHolds(['Sheet1'])), '');
    const base = workbookHolds(['填报信息', '骨干企业情况表', '主要关联企业情况表']);
    assert.equal(base.isReturn, true);
    assert.equal(secondTypeProblem('base', base), '');
    assert.match(secondTypeProblem('cluster', base), /不属于「创新型产业集群」.*一个工作簿只放一个申报项目/);
    assert.equal(secondTypeProblem('industrialization', workbookHolds(['骨干企业情况表'])), '', '骨干企业情况表 fits 产业化基地 too');
  });

  it('offers the optional 骨干企业情况表 of 产业化基地 as optional', () => {
    assert.deepEqual(appTypeOptions().find((o) => o.id === 'industrialization')!.optional.map((t) => t.id), ['backbone']);
    assert.deepEqual(appTypeOptions().find((o) => o.id === 'base')!.optional, []);
  });
});
