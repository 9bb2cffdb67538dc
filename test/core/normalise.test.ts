import { strict as assert } from 'node:assert';
import { excelSerialToDate, foldText, nameKey, parseTextDate, parseTextNumber, unwrapCell } from '../../src/core/normalise';

describe('normalise', () => {
  it('folds full-width digits, letters, brackets and spaces', () => {
    assert.equal(foldText('１２３ＡＢＣ（山西）'), '123ABC(山西)');
    assert.equal(foldText('\u3000太原\u3000\u3000市 '), '太原 市');
    assert.equal(foldText('a\u200Bb\uFEFFc\u00ADd'), 'abcd');
    assert.equal(foldText('0351—4921797'), '0351-4921797');
  });
  it('keys names without spaces and case', () => {
    assert.equal(nameKey(' 山西　ＡＢｃ 有限公司 '), '山西ABC有限公司');
  });
  it('reads numbers typed as text, with thousands separators', () => {
    assert.deepEqual(parseTextNumber('1,234.5'), { kind: 'number', value: 1234.5 });
    assert.deepEqual(parseTextNumber(foldText('１２３')), { kind: 'number', value: 123 });
    assert.deepEqual(parseTextNumber('-12.5'), { kind: 'number', value: -12.5 });
    assert.deepEqual(parseTextNumber('12,34'), { kind: 'unit' });
  });
  it('refuses numbers that carry a unit or a word', () => {
    for (const t of ['2000万', '约100', '100万元', '3人']) assert.deepEqual(parseTextNumber(t), { kind: 'unit' }, t);
    assert.deepEqual(parseTextNumber('无'), { kind: 'not-number' });
  });
  it('unwraps formulas, rich text, hyperlinks and errors', () => {
    assert.deepEqual(unwrapCell({ formula: 'SUM(A1:A2)', result: 7 }), { kind: 'number', value: 7 });
    assert.deepEqual(unwrapCell({ sharedFormula: 'A1', result: '是' }), { kind: 'text', text: '是' });
    assert.deepEqual(unwrapCell({ formula: 'A1*2' }), { kind: 'formula-no-result', formula: 'A1*2' });
    assert.deepEqual(unwrapCell({ richText: [{ text: '山西' }, { text: '某公司' }] }), { kind: 'text', text: '山西某公司' });
    assert.deepEqual(unwrapCell({ text: 'a@b.cn', hyperlink: 'mailto:a@b.cn' }), { kind: 'text', text: 'a@b.cn' });
    assert.deepEqual(unwrapCell({ error: '#N/A' }), { kind: 'error', text: '#N/A' });
    assert.deepEqual(unwrapCell('  \u200B '), { kind: 'empty' });
    assert.deepEqual(unwrapCell(null), { kind: 'empty' });
  });
  it('reads Excel serials and typed dates', () => {
    assert.equal(excelSerialToDate(43252).toISOString().slice(0, 10), '2018-06-01');
    assert.equal(parseTextDate('2018年6月1日')?.toISOString().slice(0, 10), '2018-06-01');
    assert.equal(parseTextDate('2018/6/1')?.toISOString().slice(0, 10), '2018-06-01');
    assert.equal(parseTextDate('2018-02-30'), undefined);
  });
});
