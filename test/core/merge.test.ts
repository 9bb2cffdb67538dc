import { strict as assert } from 'node:assert';
import { validateWorkbook } from '../../src/core/validate';
import { backbone, cover, cluster, related } from '../../src/core/tables';
import type { CellInput, CoverInput, TableDef, WorkbookInput } from '../../src/core/types';
import { buildMergePlan, identify, nameFromFileName, resolveResubmissions, type ReturnFile } from '../../src/core/merge';
import { backboneRow, code, fullLayout, row } from './fixtures';

function coverInput(values: Record<string, CellInput>): CoverInput {
  const cells: Record<string, string> = {};
  cover.fields.forEach((f, i) => (cells[f.key] = `B${i + 3}`));
  return { sheet: '填报信息', values, cells };
}

function returnFile(name: string, opts: { city?: string; app?: string; type?: string; date?: string; modified?: string; def?: TableDef; rows: Record<string, CellInput>[]; extras?: Record<string, CellInput>[] }): ReturnFile {
  const def = opts.def ?? backbone;
  const input: WorkbookInput = {
    file: name,
    cover: opts.city === undefined ? undefined : coverInput({
      appType: opts.type ?? '国家火炬特色产业基地', appName: opts.app ?? '', city: opts.city, dataYear: 2017, unit: '科技局',
      contact: '张三', phone: '0351-4921797', date: opts.date ?? '2018-06-01',
    }),
    tables: [{ def, layout: { ...fullLayout(def), extras: opts.extras ? { 所属行业: 'R' } : {} },
      rows: opts.rows.map((r, i) => ({ ...row(def, 4 + i, r), ...(opts.extras ? { extras: opts.extras[i] } : {}) })) }],
    confirmations: [],
    issues: [],
  };
  return { name, modified: opts.modified, input, result: validateWorkbook(input) };
}

describe('merge: identifying applications', () => {
  it('takes the name from the file when the cover is missing, and says so as an error', () => {
    const id = identify('晋城市-晋城光机电特色产业基地.xlsx', undefined, undefined);
    assert.deepEqual([id.city, id.name, id.inferred], ['晋城市', '晋城光机电特色产业基地', true]);
    assert.equal(id.issues[0].code, 'file/cover-inferred');
    assert.equal(id.issues[0].severity, 'error');
    assert.match(id.issues[0].message, /晋城市.*晋城光机电特色产业基地/);
  });

  it('uses the cover, resolving typed short unit names', () => {
    const id = identify('x.xlsx', { city: '长治', appName: '长治光电子特色产业基地' }, undefined);
    assert.deepEqual([id.city, id.name, id.inferred, id.issues.length], ['长治市', '长治光电子特色产业基地', false, 0]);
  });

  it('cleans file names: unit, bracketed remarks and filler words go', () => {
    assert.equal(nameFromFileName('大同市-大同新能源汽车零部件创新型产业集群(修改稿).xlsx'), '大同新能源汽车零部件创新型产业集群');
    assert.equal(nameFromFileName('长治高新区_光电集群（修改版）.xlsx'), '光电集群');
    assert.equal(nameFromFileName('晋城市晋城光机电特色产业基地申报表.xlsx'), '晋城光机电特色产业基地');
  });
});

describe('merge: resubmissions', () => {
  const c = (file: string, date: string | undefined, modified: string | undefined, order: number) => ({ key: 'k', file, date, modified, order });

  it('keeps the later 填报日期, then the later file time, then the later file', () => {
    let r = resolveResubmissions([c('a', '2018-06-04', '2018-01-01T00:00:00Z', 0), c('b', '2018-05-18', '2019-01-01T00:00:00Z', 1)]);
    assert.deepEqual([r.chosen[0].file, r.superseded[0].loser.file], ['a', 'b']);
    r = resolveResubmissions([c('a', '2018-06-04', '2018-07-01T00:00:00Z', 0), c('b', '2018-06-04', '2018-06-05T00:00:00Z', 1)]);
    assert.equal(r.chosen[0].file, 'a');
    r = resolveResubmissions([c('a', undefined, undefined, 0), c('b', undefined, undefined, 1), c('c', '2018-01-01', undefined, 2)]);
    assert.equal(r.chosen[0].file, 'c');
    assert.deepEqual(r.superseded.map((s) => [s.loser.file, s.winner.file]), [['a', 'c'], ['b', 'c']]);
  });
});

describe('merge plan', () => {
  const base = (name: string, date: string, n: number, city = '太原市') =>
    returnFile(name, { city, app: '太原不锈钢产业基地', date, rows: Array.from({ length: n }, (_, i) => backboneRow(4 + i, i + 1)) });

  it('replaces a resubmitted return and accounts its rows as superseded', () => {
    const plan = buildMergePlan([base('old.xlsx', '2018-05-01', 3), base('new.xlsx', '2018-06-01', 2)]);
    assert.equal(plan.applications.length, 1);
    assert.equal(plan.applications[0].file.name, 'new.xlsx');
    assert.equal(plan.details.backbone.rows.length, 2);
    const old = plan.files.find((f) => f.file === 'old.xlsx')!;
    assert.deepEqual([old.status, old.supersededBy, old.tables[0].read, old.tables[0].planned, old.tables[0].superseded], ['superseded', 'new.xlsx', 3, 0, 3]);
    assert.ok(plan.problems.some((p) => p.file === 'old.xlsx' && /new\.xlsx/.test(p.message)));
  });

  it('keeps typed text where the engine read nothing, and carries extra columns', () => {
    const f = returnFile('a.xlsx', { city: '太原市', app: 'A', rows: [backboneRow(4, 1, { 总收入: '约100' }), backboneRow(5, 2)], extras: [{ 所属行业: '=1+1' }, { 所属行业: null }] });
    const plan = buildMergePlan([f]);
    const d = plan.details.backbone;
    const at = backbone.columns.findIndex((c) => c.key === 'revenue');
    assert.equal(d.rows[0].values[at], '约100');
    assert.deepEqual(d.extras, ['所属行业']);
    assert.deepEqual(d.rows.map((r) => r.extras), [['=1+1'], [null]]);
    assert.deepEqual(d.rows.map((r) => [r.origin.sheet, r.origin.row]), [['骨干企业情况表', 4], ['骨干企业情况表', 5]]);
    assert.equal(plan.applications[0].rollup.figures.revenue, 1000);
  });

  it('lists a file\'s problems sheet by sheet in the workbook\'s order (as validate does), then by row', () => {
    const f = base('太原市-a.xlsx', '2018-06-01', 3);
    const rel = { ...f.input!.tables[0], def: related, layout: fullLayout(related, '主要关联企业情况表'), rows: [
      row(related, 4, { 序号: 1, 企业名称: '关联甲', 统一社会信用代码: code(40), 主要产品: 'x', 关联骨干企业: '山西测试1号科技有限公司', 是否高新技术企业: '是', 总收入: '2000万' }),
    ] };
    f.input!.tables[0].rows[2].values.revenue = '约100';
    f.input!.tables.push(rel);
    f.result = validateWorkbook(f.input!);
    const rows = buildMergePlan([f]).problems.filter((p) => p.severity === 'error' && p.sheet !== '');
    assert.deepEqual(rows.map((p) => `${p.sheet}!${p.cell}`), ['骨干企业情况表!F6', '主要关联企业情况表!H4']);
  });

  it('finds codes shared by two applications, and an unreadable file goes on the list', () => {
    const a = returnFile('a.xlsx', { city: '太原市', app: 'A', rows: [backboneRow(4, 1)] });
    const b = returnFile('b.xlsx', { city: '长治市', app: 'B', type: '创新型产业集群', def: cluster, rows: [{
      序号: 1, 单位名称: '别名公司', 统一社会信用代码: code(1), 单位类别: '骨干企业', 主要产品或服务内容: 'x', 是否高新技术企业: '是', 营业收入: 5,
    }] });
    const broken: ReturnFile = { name: '阳泉市-坏.xlsx', failure: { code: 'file/truncated', message: '文件不完整' } };
    const plan = buildMergePlan([a, b, broken]);
    assert.equal(plan.duplicates.length, 1);
    assert.deepEqual([plan.duplicates[0].code, plan.duplicates[0].applications, plan.duplicates[0].namesDiffer], [code(1), 2, true]);
    assert.equal(plan.files.find((f) => f.file === '阳泉市-坏.xlsx')!.status, 'unreadable');
    const p = plan.problems.find((x) => x.file === '阳泉市-坏.xlsx')!;
    assert.deepEqual([p.city, p.severity, p.message], ['阳泉市', 'error', '文件不完整']);
    assert.equal(plan.units.find((u) => u.unit === '阳泉市')!.errors, 1);
    assert.equal(plan.province.applications, 2);
  });
});
