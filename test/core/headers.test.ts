import { strict as assert } from 'assert';
import { findTable, locateCoverLabels, matchCoverLabel, matchHeaderRow, normaliseHeader, splitHeaderUnit, isTotalLabel, isFooterLabel, rowKindOf } from '../../src/core/headers';
import { TABLES, backbone, related, services, cluster } from '../../src/core/tables';

describe('normaliseHeader', () => {
  it('folds width, drops whitespace, line breaks, zero-width characters and stars', () => {
    assert.equal(normaliseHeader(' *企业\n名称 '), '企业名称');
    assert.equal(normaliseHeader('统一社会\u200B信用代码＊'), '统一社会信用代码');
    assert.equal(normaliseHeader('ＲＡＤ　经费'), 'RAD经费');
  });
  it('strips a trailing unit in any bracket and unifies colons', () => {
    assert.equal(normaliseHeader('总收入\n(万元)'), '总收入');
    assert.equal(normaliseHeader('从业人员（人）'), '从业人员');
    assert.equal(normaliseHeader('出口创汇【万美元】'), '出口创汇');
    assert.equal(normaliseHeader('总收入(单位：万元)'), '总收入');
    assert.equal(normaliseHeader('其中：主导产品收入'), normaliseHeader('其中:主导产品收入'));
    assert.equal(normaliseHeader('联系电话：'), '联系电话');
  });
  it('keeps brackets that are not units', () => {
    assert.equal(normaliseHeader('企业名称（全称）'), '企业名称(全称)');
  });
  it('reports the unit it strips, also from a last line without brackets', () => {
    assert.deepEqual(splitHeaderUnit('总收入（千元）'), { name: '总收入', unit: '千元' });
    assert.deepEqual(splitHeaderUnit('从业人员\n人'), { name: '从业人员', unit: '人' });
    assert.deepEqual(splitHeaderUnit('企业名称'), { name: '企业名称', unit: undefined });
  });
  it('recognises 合计 and footer labels', () => {
    assert.ok(isTotalLabel('合  计'));
    assert.ok(isTotalLabel('合计：'));
    assert.ok(!isTotalLabel('合计科技有限公司'));
    assert.ok(isFooterLabel('填表人：张三'));
    assert.ok(isFooterLabel('填报单位（盖章）:'));
    assert.ok(isFooterLabel('注：金额单位为万元'));
    assert.ok(!isFooterLabel('注塑科技有限公司'));
    assert.ok(!isFooterLabel('3'));
  });
});

describe('matchHeaderRow', () => {
  it('maps reordered, unit-bearing, aliased and starred headers and keeps unknown ones as extras', () => {
    const row = ['序号', '企业全称', '营业收入\n（万元）', '*统一社会信用代码', '所属行业', '年末从业人员(人)', '', '其中：研发人员'];
    const m = matchHeaderRow(backbone, row);
    assert.deepEqual(m.columns, { serial: 0, name: 1, revenue: 2, uscc: 3, staff: 5, rdStaff: 7 });
    assert.deepEqual(m.extras, [{ index: 4, header: '所属行业' }]);
    assert.deepEqual(m.units, { revenue: '万元', staff: '人' });
    assert.equal(m.matched, 6);
    assert.equal(m.score, 5.5);
  });
  it('takes units from a units row and group headers from the row above', () => {
    const above = ['序号', '企业名称', '从业人员', '从业人员', '其中', '其中'];
    const row = ['序号', '企业名称', '合计', '其中:研发人员', '主导产品收入', '出口'];
    const units = ['', '', '人', '人', '万元', '千元'];
    const m = matchHeaderRow(backbone, row, units, above);
    assert.equal(m.columns.staff, 2);
    assert.equal(m.columns.rdStaff, 3);
    assert.equal(m.columns.productRevenue, 4);
    assert.equal(m.units.productRevenue, '万元');
    assert.deepEqual(m.extras.map((e) => e.header), ['出口']);
  });
  it('treats a header merged across columns as one column', () => {
    const m = matchHeaderRow(backbone, ['企业名称', '企业名称', '统一社会信用代码', '说明', '说明']);
    assert.deepEqual(m.columns, { name: 0, uscc: 2, remark: 3 });
    assert.equal(m.extras.length, 0);
  });
  it('makes duplicate extra headers unique', () => {
    const m = matchHeaderRow(backbone, ['企业名称', '地址', '统一社会信用代码', '地址']);
    assert.deepEqual(m.extras.map((e) => e.header), ['地址', '地址(2)']);
  });
});

describe('findTable', () => {
  const titled = [
    ['国家火炬特色产业基地主要关联企业情况表'],
    ['基地名称：太原不锈钢基地', '', '', '数据年度：2017'],
    ['序号', '企业名称', '统一社会信用代码', '主要产品', '关联骨干企业', '总收入(万元)'],
  ];
  it('finds the table by title and header row', () => {
    const f = findTable(titled, TABLES)!;
    assert.equal(f.def.id, 'related');
    assert.equal(f.headerRow, 2);
    assert.ok(f.titled);
  });
  it('finds a table without a title by its headers alone, and tells similar tables apart', () => {
    const backboneRow = backbone.columns.map((c) => c.header);
    assert.equal(findTable([[], backboneRow], TABLES)!.def.id, 'backbone');
    const relatedRow = related.columns.map((c) => c.header);
    assert.equal(findTable([relatedRow], TABLES)!.def.id, 'related');
    assert.equal(findTable([services.columns.map((c) => c.header)], TABLES)!.def.id, 'services');
    assert.equal(findTable([cluster.columns.map((c) => c.header)], TABLES)!.def.id, 'cluster');
  });
  it('picks the row with the most matches under a group header and notes a units row', () => {
    const rows = [
      ['骨干企业情况表'],
      ['序号', '企业名称', '统一社会信用代码', '主导产品', '从业人员', '从业人员', '总收入'],
      ['序号', '企业名称', '统一社会信用代码', '主导产品', '合计', '其中:研发人员', '总收入'],
      ['', '', '', '', '人', '人', '万元'],
      ['1', 'A公司', '91440300708461136T', '钢', '10', '2', '100'],
    ];
    const f = findTable(rows, TABLES)!;
    assert.equal(f.def.id, 'backbone');
    assert.equal(f.headerRow, 2);
    assert.equal(f.unitsRow, 3);
    assert.equal(f.match.columns.rdStaff, 5);
    assert.equal(f.match.units.staff, '人');
  });
  it('does not take a sheet of notes or a title alone for a table', () => {
    assert.equal(findTable([['国家火炬特色产业基地骨干企业情况表'], ['说明', '企业名称']], TABLES), undefined);
    assert.equal(findTable([['姓名', '电话', '邮箱']], TABLES), undefined);
  });
  it('uses a metadata hint only to break ties', () => {
    const row = ['序号', '企业名称', '统一社会信用代码', '主要产品', '是否高新技术企业', '总收入'];
    assert.equal(findTable([row], TABLES, { hint: 'backbone' })!.def.id, 'backbone');
    assert.equal(findTable([row], TABLES, { hint: 'related' })!.def.id, 'related');
    assert.equal(findTable([titled[0], row], TABLES, { hint: 'backbone' })!.def.id, 'related');
  });
  it('counts a title only above the header row, the first title row for each table', () => {
    const header = titled[2];
    const below = findTable([header, titled[0]], TABLES)!;
    assert.equal(below.headerRow, 0);
    assert.equal(below.titled, false);
    const twice = findTable([titled[0], ['国家火炬特色产业基地主要关联企业情况表'], header], TABLES)!;
    assert.equal(twice.titled, true);
    assert.equal(twice.score, findTable(titled, TABLES)!.score);
  });
  it('never takes a row led by a plain number (a serial, a figure) for the header, whatever it names', () => {
    const names = backbone.columns.map((c) => c.header);
    assert.equal(findTable([['1', ...names.slice(1)]], TABLES), undefined);
    assert.equal(findTable([['', ' 2.5 ', ...names.slice(1)]], TABLES), undefined);
    // the same figures as mayBeHeader and the 合计 rule know: grouped thousands, a percentage
    assert.equal(findTable([['1,234.5', ...names.slice(1)]], TABLES), undefined);
    assert.equal(findTable([['3.2%', ...names.slice(1)]], TABLES), undefined);
    // numbering typed into header text is a header still
    const f = findTable([['1', ...names.slice(1)], ['1.序号', ...names.slice(1)]], TABLES)!;
    assert.equal(f.def.id, 'backbone');
    assert.equal(f.headerRow, 1);
  });
  it('reads the same headers the same way on every call (each distinct text normalised once)', () => {
    const rows = [titled[0], ['序号', '企業名稱', '统一社会信用代码（必填）', '主要产品', '关联骨干企业', '总收入\n(万元)']];
    const first = findTable(rows, TABLES)!;
    for (let i = 0; i < 3; i++) assert.deepEqual(findTable(rows.map((r) => [...r]), TABLES), first);
    assert.equal(first.match.columns.name, 1);
    assert.equal(first.match.units.revenue, '万元');
    assert.equal(normaliseHeader('总收入\n(万元)'), normaliseHeader('总收入\n(万元)'));
  });
});

describe('rowKindOf', () => {
  it('takes a row led by a number for data without the label tests, and finds 合计 and footers by their labels', () => {
    assert.equal(rowKindOf(['1', '合计']), 'data');
    assert.equal(rowKindOf(['', '12', '填表人:']), 'data');
    assert.equal(rowKindOf(['', '合 计']), 'total');
    assert.equal(rowKindOf(['填表人：张三']), 'footer');
    assert.equal(rowKindOf(['１', '合计']), 'data');
    assert.equal(rowKindOf(['1,234', '合计']), 'data');
  });
});

describe('matchCoverLabel', () => {
  it('maps labels and aliases to cover fields', () => {
    assert.equal(matchCoverLabel('申报类型'), 'appType');
    assert.equal(matchCoverLabel('基地／集群名称：'), 'appName');
    assert.equal(matchCoverLabel('填报单位（盖章）'), 'unit');
    assert.equal(matchCoverLabel('*联系 电话'), 'phone');
    assert.equal(matchCoverLabel('E-mail'), 'email');
    assert.equal(matchCoverLabel('企业名称'), undefined);
    assert.equal(matchCoverLabel(''), undefined);
  });
});

describe('locateCoverLabels', () => {
  it('takes the first text of a row among its first columns, each field once, with a value after a colon', () => {
    const rows = [
      ['申报材料填报信息'],
      ['', '申报类型', '国家火炬特色产业基地'],
      ['所在地市', '太原市'],
      ['联系电话:0351-4921797'],
      ['备注', '所在地市'], // a second 所在地市 and a label past the row's first text are not labels
      ['', '', '', '填报单位', '太原市科技局'], // too far right
    ];
    assert.deepEqual(locateCoverLabels(rows), [
      { key: 'appType', row: 1, col: 1 },
      { key: 'city', row: 2, col: 0 },
      { key: 'phone', row: 3, col: 0, inline: '0351-4921797' },
    ]);
  });
});
