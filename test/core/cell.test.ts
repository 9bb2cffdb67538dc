import { strict as assert } from 'node:assert';
import { checkCell } from '../../src/core/checks/cell';
import { backbone, cover } from '../../src/core/tables';
import type { ColumnDef } from '../../src/core/types';

const col = (header: string): ColumnDef => backbone.columns.find((c) => c.header === header)!;
const coverField = (key: string): ColumnDef => cover.fields.find((c) => c.key === key)!;
const codes = (r: ReturnType<typeof checkCell>) => r.findings.map((f) => f.code);

describe('cell checks', () => {
  it('reads numbers typed as text, full-width digits included, with a notice only', () => {
    const r = checkCell(col('总收入'), '１，２３４.５');
    assert.equal(r.value, 1234.5);
    assert.deepEqual(codes(r), ['cell/number-as-text']);
    assert.equal(r.findings[0].severity, 'notice');
  });
  it('rejects a number that carries a unit, and never coerces it', () => {
    const r = checkCell(col('总收入'), '2000万');
    assert.equal(r.value, null);
    assert.deepEqual(codes(r), ['cell/unit-in-number']);
    assert.deepEqual(codes(checkCell(col('总收入'), '约100')), ['cell/unit-in-number']);
  });
  it('accepts a negative 净利润 but not a negative 总收入', () => {
    assert.deepEqual(codes(checkCell(col('净利润'), -35.2)), []);
    assert.deepEqual(codes(checkCell(col('总收入'), -1)), ['cell/min']);
  });
  it('wants whole numbers for people and counts', () => {
    assert.deepEqual(codes(checkCell(col('从业人员'), 12.5)), ['cell/not-integer']);
    assert.deepEqual(codes(checkCell(col('从业人员'), 12)), []);
  });
  it('warns about more than 4 decimals of money', () => {
    const r = checkCell(col('总收入'), 1.23456);
    assert.deepEqual(codes(r), ['cell/decimals']);
    assert.equal(r.findings[0].severity, 'warning');
  });
  it('flags a date where a number belongs', () => {
    assert.deepEqual(codes(checkCell(col('总收入'), new Date(Date.UTC(2018, 0, 2)))), ['cell/date-in-number']);
  });
  it('checks credit codes: format, checksum, confirmation, outside Shanxi', () => {
    assert.deepEqual(codes(checkCell(col('统一社会信用代码'), '91440300708461136t')), ['cell/uscc-outside-shanxi']);
    assert.deepEqual(codes(checkCell(col('统一社会信用代码'), '9144030070846113')), ['cell/uscc']);
    assert.deepEqual(codes(checkCell(col('统一社会信用代码'), 914403007084611360)), ['cell/uscc-as-number']);
    const failing = checkCell(col('统一社会信用代码'), '91350100M0001TGQXM');
    assert.equal(failing.findings[0].code, 'cell/uscc-checksum');
    assert.equal(failing.findings[0].severity, 'error');
    const confirmed = checkCell(col('统一社会信用代码'), '91350100M0001TGQXM', new Map([['91350100M0001TGQXM', { code: '91350100M0001TGQXM', by: '张三', at: '2018-06-01' }]]));
    assert.equal(confirmed.findings[0].code, 'cell/uscc-checksum-confirmed');
    assert.equal(confirmed.findings[0].severity, 'warning');
    assert.equal(confirmed.findings[0].confirmed, true);
  });
  it('accepts exactly 是 or 否 after folding', () => {
    assert.deepEqual(codes(checkCell(col('是否高新技术企业'), ' 是 ')), []);
    assert.deepEqual(codes(checkCell(col('是否高新技术企业'), 'Y')), ['cell/yesno']);
    assert.deepEqual(codes(checkCell(col('是否高新技术企业'), true)), ['cell/bool']);
  });
  it('checks enumerations', () => {
    assert.deepEqual(codes(checkCell(coverField('city'), '太原市')), []);
    assert.deepEqual(codes(checkCell(coverField('city'), '北京市')), ['cell/enum']);
  });
  it('checks phones, e-mail, years and dates', () => {
    assert.deepEqual(codes(checkCell(coverField('phone'), '13812345678')), []);
    assert.deepEqual(codes(checkCell(coverField('phone'), 13812345678)), []);
    assert.deepEqual(codes(checkCell(coverField('phone'), '0351-4921797')), []);
    assert.deepEqual(codes(checkCell(coverField('phone'), '4921797')), ['cell/phone']);
    assert.deepEqual(codes(checkCell(coverField('email'), 'gxc@163.com')), []);
    assert.deepEqual(codes(checkCell(coverField('email'), 'gxc@163')), ['cell/email']);
    assert.equal(checkCell(coverField('dataYear'), '2017年').value, 2017);
    assert.deepEqual(codes(checkCell(coverField('dataYear'), 17)), ['cell/year']);
    assert.equal(checkCell(coverField('date'), 43252).value, '2018-06-01');
    assert.equal(checkCell(coverField('date'), new Date(Date.UTC(2018, 5, 1))).value, '2018-06-01');
    assert.deepEqual(codes(checkCell(coverField('date'), '六月一日')), ['cell/date']);
  });
  it('reports formulas without a result and error values', () => {
    assert.deepEqual(codes(checkCell(col('总收入'), { formula: 'B2*2' })), ['cell/formula-no-result']);
    assert.deepEqual(codes(checkCell(col('总收入'), { formula: 'B2*2', result: 8 })), []);
    assert.deepEqual(codes(checkCell(col('总收入'), { error: '#N/A' })), ['cell/error-value']);
  });
  it('checks text length', () => {
    assert.deepEqual(codes(checkCell(col('企业名称'), '公'.repeat(101))), ['cell/length']);
    assert.deepEqual(codes(checkCell(col('企业名称'), { richText: [{ text: '山西' }, { text: '公司' }] })), []);
  });
  it('lets empty optional cells pass', () => {
    assert.deepEqual(codes(checkCell(col('出口创汇'), null)), []);
    assert.deepEqual(codes(checkCell(col('出口创汇'), '   ')), []);
  });
});
