// issue 10.4: one character must not corrupt the province workbook. Excel's own escape (`_xFFFE_`) decodes to a
// character XML 1.0 forbids; control characters arrive the same way; a cell holds at most 32,767 characters.
// The merged workbook must parse as XML part by part, keep the text as Excel would read it, and report each case
// on its source cell.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeFiles } from '../../src/cli/merge-command';
import { excelXmlText, textTrouble } from '../../src/core/xml-text';
import { checkXmlParts, xmlProblem } from '../../src/xlsx/output-check';
import { buildZip, readZipParts } from '../helpers/zip';
import { backboneRow, writeReturn } from './merged-returns';
import { openWorkbook, sheetRows } from './merged-fixture';

describe('XML-safe text in the merged workbook (issue 10.4)', function () {
  this.timeout(120_000);
  let dir: string;
  let out: string;
  let problems: { cell: string; field: string; severity: string; message: string; sheet: string }[];
  const long = '长'.repeat(40_000);
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'torch-xml-'));
    // exceljs writes `_xFFFE_` as typed and decodes it on reading, as Excel does: the return holds U+FFFE
    const rows = [
      backboneRow(1, { name: '甲_xFFFE_科技有限公司', product: '煤机_x0001_装备' }),
      backboneRow(2, { remark: long }),
      backboneRow(3),
    ];
    await writeReturn({ type: 'industrialization', city: '太原市', name: '甲_xFFFE_基地', rows: { backbone: rows } }, join(dir, '太原市-甲基地.xlsx'));
    out = join(dir, 'out.xlsx');
    const outcome = await mergeFiles([join(dir, '太原市-甲基地.xlsx')], out);
    assert.deepEqual(outcome.mismatches, []);
    problems = outcome.plan.problems;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('every XML part of the written workbook parses (xmllint)', function () {
    if (!existsSync('/usr/bin/xmllint')) this.skip();
    const parts = [...readZipParts(readFileSync(out))].filter(([n]) => /\.(xml|rels)$/.test(n));
    assert.ok(parts.some(([n]) => n === 'xl/sharedStrings.xml'));
    for (const [name, data] of parts) {
      execFileSync('xmllint', ['--noout', '-'], { input: data, stdio: ['pipe', 'pipe', 'pipe'] });
      assert.equal(xmlProblem(data.toString('utf8')), undefined, name);
    }
  });

  it('keeps the text as Excel reads it back: the character in Excel\'s escape, the literal text cut to 32,767', async () => {
    const strings = readZipParts(readFileSync(out)).get('xl/sharedStrings.xml')!.toString('utf8');
    assert.ok(strings.includes('甲_xFFFE_科技有限公司'));
    assert.ok(strings.includes('煤机_x0001_装备'));
    const rows = sheetRows((await openWorkbook(out)).getWorksheet('骨干企业')!);
    assert.equal(rows[0]['企业名称'], '甲\uFFFE科技有限公司');
    assert.equal(rows[0]['主导产品'], '煤机\u0001装备');
    assert.equal(rows[0]['申报项目'], '甲\uFFFE基地');
    // the summaries' criteria name the application with `?` in the character's place, which still matches it
    const wb = await openWorkbook(out);
    const revenue = wb.getWorksheet('汇总（按申报项目）')!.getRow(2).getCell(5).value as { formula: string };
    assert.match(revenue.formula, /"=甲\?基地"/);
    assert.equal(String(rows[1]['备注']).length, 32_767);
  });

  it('reports the characters as a notice and the cut as a warning, on the source cells', () => {
    const chars = problems.filter((p) => /控制字符或 XML 不允许的字符/.test(p.message));
    assert.deepEqual(chars.map((p) => [p.field, p.severity, p.sheet]).sort(),
      [['主导产品', 'notice', '骨干企业情况表'], ['企业名称', 'notice', '骨干企业情况表'], ['基地/集群名称', 'notice', '填报信息']]);
    assert.match(chars.find((p) => p.field === '基地/集群名称')!.cell, /^[A-Z]+\d+$/);
    assert.match(chars.find((p) => p.field === '企业名称')!.message, /U\+FFFE/);
    assert.match(chars.find((p) => p.field === '企业名称')!.cell, /^[A-Z]+4$/);
    const cut = problems.filter((p) => /超过 Excel 单元格 32767 个字符的上限/.test(p.message));
    assert.equal(cut.length, 1);
    assert.deepEqual([cut[0].field, cut[0].severity], ['备注', 'warning']);
    assert.match(cut[0].cell, /^[A-Z]+5$/);
    assert.match(cut[0].message, /有 40000 个字符/);
  });

  it('escapes as Excel does, and protects a literal escape', () => {
    assert.equal(excelXmlText('a\uFFFEb'), 'a_xFFFE_b');
    assert.equal(excelXmlText('x_x0041_y'), 'x_x005F_x0041_y');
    assert.equal(excelXmlText('\u0007\u007F'), '_x0007__x007F_');
    assert.equal(excelXmlText('孤\uD800字'), '孤\uFFFD字');
    assert.equal(excelXmlText('😀 tab\tline\n'), '😀 tab\tline\n');
    assert.equal(textTrouble('正常文本😀'), undefined);
    assert.deepEqual(textTrouble('\u200E\u0085'), { chars: ['U+0085'] });
  });

  it('the writer\'s own check refuses a part that is not XML 1.0', async () => {
    const bad = buildZip([
      { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types/>' },
      { name: 'xl/workbook.xml', data: '<?xml version="1.0"?><workbook/>' },
      { name: 'xl/sharedStrings.xml', data: '<?xml version="1.0"?><sst><si><t>甲\uFFFE</t></si></sst>' },
    ]);
    await assert.rejects(checkXmlParts(bad), /「xl\/sharedStrings\.xml」不是有效的 XML/);
    assert.match(xmlProblem('<a><b></a>')!, /mismatched/);
    assert.match(xmlProblem('<a>&nbsp;</a>')!, /entity/);
    assert.equal(xmlProblem('<?xml version="1.0"?><a x="1>2"><b/>text &amp; more<![CDATA[<x>]]></a>'), undefined);
  });
});
