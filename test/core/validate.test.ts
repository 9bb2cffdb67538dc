import { strict as assert } from 'node:assert';
import { validateWorkbook } from '../../src/core/validate';
import { backbone, related, services } from '../../src/core/tables';
import type { CoverInput, TableInput } from '../../src/core/types';
import { backboneRow, code, fullLayout, row } from './fixtures';

function coverInput(over: Record<string, unknown> = {}): CoverInput {
  const values: Record<string, any> = { appType: '国家火炬特色产业基地', appName: '太原煤机特色产业基地', city: '太原市', dataYear: 2017, unit: '太原市科技局', contact: '王五', phone: '0351-4921797', date: '2018-06-01', ...over };
  const cells: Record<string, string> = {};
  Object.keys(values).forEach((k, i) => (cells[k] = `B${i + 3}`));
  return { sheet: '填报信息', values, cells };
}

function baseTables(relatedBackbone = '山西测试1号科技有限公司'): TableInput[] {
  return [
    { def: backbone, layout: fullLayout(backbone), rows: [row(backbone, 4, backboneRow(4, 1)), row(backbone, 5, backboneRow(5, 2))] },
    { def: related, layout: fullLayout(related), rows: [row(related, 4, { 序号: 1, 企业名称: '关联甲公司', 统一社会信用代码: code(11), 主要产品: '配件', 关联骨干企业: relatedBackbone, 关联方式: '上游供应', 是否高新技术企业: '否', 总收入: 100 })] },
    { def: services, layout: fullLayout(services), rows: [row(services, 4, { 序号: 1, 机构名称: '太原某孵化器', 统一社会信用代码: code(21), 机构类别: '创新服务机构', 主要服务内容: '孵化', 是否国家级: '是' })] },
  ];
}

describe('validateWorkbook', () => {
  it('finds no issue in a clean application', () => {
    const r = validateWorkbook({ cover: coverInput(), tables: baseTables(), confirmations: [], issues: [] });
    assert.deepEqual(r.issues, []);
    assert.equal(r.appType?.id, 'base');
    assert.equal(r.tables.length, 3);
  });
  it('finds a 关联企业 naming an unknown 骨干企业', () => {
    const r = validateWorkbook({ cover: coverInput(), tables: baseTables('不存在的公司'), confirmations: [], issues: [], file: 'a.xlsx' });
    assert.deepEqual(r.issues.map((i) => `${i.code}@${i.sheet}!${i.column}${i.row}`), ['app/unknown-backbone@主要关联企业情况表!E4']);
    assert.equal(r.issues[0].file, 'a.xlsx');
  });
  it('finds an enterprise that is both 骨干 and 关联', () => {
    const tables = baseTables();
    tables[1].rows[0].values.uscc = code(2);
    const r = validateWorkbook({ cover: coverInput(), tables, confirmations: [], issues: [] });
    assert.deepEqual(r.issues.map((i) => i.code), ['app/both-roles']);
    assert.match(r.issues[0].message, /第 5 行/);
  });
  it('reports a missing table, a missing cover and an odd data year', () => {
    const r = validateWorkbook({ cover: coverInput({ dataYear: 2018 }), tables: baseTables().slice(0, 2), confirmations: [], issues: [] });
    assert.deepEqual(r.issues.map((i) => i.code).sort(), ['app/missing-table', 'cover/data-year']);
    const noCover = validateWorkbook({ tables: baseTables(), confirmations: [], issues: [] });
    assert.deepEqual(noCover.issues.map((i) => i.code), ['cover/missing']);
    assert.equal(noCover.appType?.id, 'base', 'the type is inferred from the tables');
  });
  it('notes a code registered in another Shanxi city; a zone uses its host city\'s area', () => {
    const tables = baseTables();
    tables[0].rows[1].values.uscc = code(2, '140702'); // 晋中
    const r = validateWorkbook({ cover: coverInput(), tables, confirmations: [], issues: [] });
    assert.deepEqual(r.issues.map((i) => `${i.code}:${i.severity}@${i.sheet}!${i.column}${i.row}`), ['app/code-other-city:notice@骨干企业情况表!C5']);
    assert.match(r.issues[0].message, /登记在晋中市，不在本项目所在的太原市/);
    // 山西综改示范区 has no area code of its own: Taiyuan's is expected there
    const zone = validateWorkbook({ cover: coverInput({ city: '山西综改示范区' }), tables: baseTables(), confirmations: [], issues: [] });
    assert.deepEqual(zone.issues, []);
    const zoneOther = validateWorkbook({ cover: coverInput({ city: '长治高新区' }), tables: baseTables(), confirmations: [], issues: [] });
    assert.equal(zoneOther.issues.filter((i) => i.code === 'app/code-other-city').length, 4, 'every Taiyuan code in a 长治 zone');
  });

  it('checks the cover fields at their cells', () => {
    const r = validateWorkbook({ cover: coverInput({ city: '北京', phone: '123' }), tables: baseTables(), confirmations: [], issues: [] });
    assert.deepEqual(r.issues.map((i) => `${i.code}@${i.column}${i.row}`).sort(), ['cell/enum@B5', 'cell/phone@B9']);
  });
});
