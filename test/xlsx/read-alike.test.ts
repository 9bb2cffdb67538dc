// The one-pass reader (the zip guard's inflation feeding the part parsers) reads every file as exceljs's
// in-memory reader did: the ten samples, the templates, the test workbooks, the hand-laid return, and a workbook
// made to hold every kind of cell (shared and inline strings, rich text, formulas whose cached result is 0, FALSE,
// text or an error, shared formulas, hyperlinks, dates in both date systems, percentages, merged ranges, hidden
// rows and sheets). Then what only the new reader does: prefixed XML, broken XML.
import { strict as assert } from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import type { WorkbookInput } from '../../src/core/types';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { readBook } from '../../src/xlsx/read-workbook';
import { ReadError } from '../../src/xlsx/errors';
import { templateBuffer } from '../../src/xlsx/template';
import { RETURNS } from '../examples/samples';
import { handLaidReturn } from '../helpers/hand-laid';
import * as fx from '../helpers/workbooks';
import { buildZip, patchZip, readZipParts } from '../helpers/zip';
import { exceljsBook } from './exceljs-grid';

/** Rich-text runs without their fonts (the new reader keeps the text only; the engine reads no more). */
function comparable(input: WorkbookInput): unknown {
  return JSON.parse(JSON.stringify(input, (_k, v: unknown) => {
    if (v && typeof v === 'object' && 'font' in v && 'text' in v) return { text: (v as { text: unknown }).text };
    return v;
  }));
}

async function bothRead(bytes: Uint8Array, name: string): Promise<{ old: unknown; now: unknown }> {
  const old = comparable(readBook(await exceljsBook(bytes), name));
  const now = comparable(await readWorkbookBuffer(bytes, name));
  return { old, now };
}

/** A workbook holding every kind of cell the reader meets, in a table the reader finds. */
function everyKindOfCell(date1904: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet('骨干企业');
  ws.getRow(1).values = [
    '序号', '企业名称（全称）', '统一社会信用代码', '所属行业', '主要产品', '总收入（万元）', '是否高新技术企业',
    '年末从业人员（人）', '其中：研发人员（人）', '出口创汇（万美元）', '备注', '占比', '公式列', '日期列',
  ];
  const r = ws.getRow(2);
  r.getCell(1).value = 1;
  r.getCell(2).value = { richText: [{ text: '富文本', font: { bold: true } }, { text: '企业', font: { italic: true } }] };
  r.getCell(3).value = { formula: 'A1&""', result: fx.CODES.a } as ExcelJS.CellFormulaValue;
  r.getCell(4).value = { text: '链接文字', hyperlink: 'https://example.org/a?b=1&c=2' };
  r.getCell(5).value = '第一行\n第二行 & <符号> "引号"';
  r.getCell(6).value = { formula: '0*1', result: 0 } as ExcelJS.CellFormulaValue;
  r.getCell(7).value = { formula: '1=2', result: false } as ExcelJS.CellFormulaValue;
  r.getCell(8).value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  r.getCell(9).value = true;
  r.getCell(11).value = ' 前后有空格 ';
  r.getCell(12).value = 0.0328;
  r.getCell(12).numFmt = '0.00%';
  r.getCell(14).value = new Date(Date.UTC(2024, 4, 31));
  ws.getCell('M2').value = { formula: 'A2*2', result: 2, shareType: 'shared', ref: 'M2:M4' } as ExcelJS.CellFormulaValue;
  ws.getCell('M3').value = { sharedFormula: 'M2', result: 0 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('M4').value = { sharedFormula: 'M2', result: 6 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('A3').value = 2;
  ws.getCell('B3').value = '隐藏行企业';
  ws.getRow(3).hidden = true;
  ws.getCell('A4').value = 3;
  ws.getCell('B4').value = '上下合并企业';
  ws.mergeCells('D4:D5');
  ws.getCell('D4').value = '上下合并';
  ws.getCell('A5').value = 4;
  ws.getCell('B5').value = '下一家企业';
  ws.mergeCells('E6:G6');
  ws.getCell('E6').value = '左右合并';
  ws.getCell('A6').value = 5;
  ws.getCell('B6').value = '再一家企业';
  ws.getCell('T6').value = '表头以外';
  const hidden = wb.addWorksheet('旧表', { state: 'hidden' });
  hidden.getCell('A1').value = '说明';
  return wb;
}

describe('the one-pass reader reads as exceljs did', function () {
  this.timeout(120_000);

  for (const file of readdirSync(RETURNS).filter((f) => f.endsWith('.xlsx'))) {
    it(`sample ${file}`, async () => {
      const { old, now } = await bothRead(readFileSync(join(RETURNS, file)), file);
      assert.deepEqual(now, old);
    });
  }

  for (const type of ['base', 'cluster'] as const) {
    it(`the ${type} template, empty`, async () => {
      const bytes = await templateBuffer(type);
      const { old, now } = await bothRead(bytes, `${type}.xlsx`);
      assert.deepEqual(now, old);
    });
  }

  const built: [string, () => ExcelJS.Workbook][] = [
    ['a hand-made backbone table', fx.handMadeBackbone],
    ['a two-row header', fx.twoRowHeaderRelated],
    ['a filled template', fx.filledTemplate],
    ['a hand-made cover', () => fx.handMadeCover()],
    ['the hand-laid return (阳泉)', handLaidReturn],
    ['every kind of cell', () => everyKindOfCell(false)],
    ['every kind of cell, 1904 dates', () => everyKindOfCell(true)],
  ];
  for (const [what, make] of built) {
    it(what, async () => {
      const { old, now } = await bothRead(await fx.toBuffer(make()), 'a.xlsx');
      assert.deepEqual(now, old);
    });
  }

  it('every kind of cell: the values themselves (so the comparison above cannot pass on two equal mistakes)', async () => {
    const input = await readWorkbookBuffer(await fx.toBuffer(everyKindOfCell(false)), 'a.xlsx');
    assert.equal(input.tables.length, 1);
    const rows = input.tables[0].rows;
    assert.deepEqual(rows.map((row) => row.row), [2, 3, 4, 5, 6]);
    const [first, , third, fourth, fifth] = rows;
    const v = first.values;
    assert.deepEqual(v.name, { richText: [{ text: '富文本' }, { text: '企业' }] });
    assert.deepEqual(v.uscc, { formula: 'A1&""', result: fx.CODES.a });
    assert.deepEqual(Object.values({ ...v, ...first.extras }).filter((x) => typeof x === 'object' && x && 'hyperlink' in x), [{ text: '链接文字', hyperlink: 'https://example.org/a?b=1&c=2' }]);
    const all = JSON.stringify(rows.map((row) => [row.values, row.extras]));
    for (const piece of ['"result":0', '"result":false', '#DIV/0!', '"3.28%"', '" 前后有空格 "', '第一行\\n第二行 & <符号> \\"引号\\"', '"sharedFormula":"M2","result":0', '"sharedFormula":"M2","result":6', '表头以外']) {
      assert.ok(all.includes(piece), `${piece} read: ${all}`);
    }
    assert.ok(Object.values(first.extras ?? {}).some((x) => x instanceof Date && x.toISOString() === '2024-05-31T00:00:00.000Z'), 'the date');
    assert.equal(third.extras?.['所属行业'], '上下合并');
    assert.equal(fourth.extras?.['所属行业'], '上下合并', 'merged down: both rows');
    assert.equal(fifth.values.product, '左右合并');
  });
});

describe('the one-pass reader: what exceljs could not read', () => {
  it('reads parts written with a namespace prefix (<x:row>, <x:c>), as some generators write them', async () => {
    const bytes = await fx.toBuffer(fx.handMadeBackbone());
    const plain = await readWorkbookBuffer(bytes, 'a.xlsx');
    const prefixed = patchZip(Buffer.from(bytes), {
      'xl/worksheets/sheet1.xml': (xml) => xml
        .replace(/<worksheet /, '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ')
        .replace(/<(\/?)(?!x:)([a-zA-Z]+)([ >/])/g, '<$1x:$2$3')
        .replace(/<\/x:x:/g, '</x:'),
    });
    assert.ok(readZipParts(prefixed).get('xl/worksheets/sheet1.xml')!.toString().includes('<x:c '), 'the fixture is prefixed');
    assert.deepEqual(comparable(await readWorkbookBuffer(prefixed, 'a.xlsx')), comparable(plain));
  });

  it('reads the Chinese built-in date format (id 31, yyyy"年"m"月"d"日") as a date', async () => {
    const wb = fx.handMadeCover();
    const bytes = await fx.toBuffer(wb);
    const withId31 = patchZip(Buffer.from(bytes), {
      'xl/styles.xml': (xml) => xml.replace(/<cellXfs count="(\d+)">/, (_m, n: string) => `<cellXfs count="${Number(n) + 1}">`).replace('</cellXfs>', '<xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'),
    });
    const styles = readZipParts(withId31).get('xl/styles.xml')!.toString();
    const index = (styles.split('<cellXfs')[1].split('</cellXfs>')[0].match(/<xf /g) ?? []).length - 1;
    const patched = patchZip(withId31, {
      'xl/worksheets/sheet1.xml': (xml) => xml.replace('</sheetData>', `<row r="60"><c r="A60" t="inlineStr"><is><t>填报日期</t></is></c><c r="B60" s="${index}"><v>45443</v></c></row></sheetData>`),
    });
    const input = await readWorkbookBuffer(patched, 'a.xlsx');
    assert.ok(input.cover, 'the cover is read');
    const dates = Object.values(input.cover!.values).filter((v) => v instanceof Date) as Date[];
    assert.ok(dates.some((d) => d.toISOString().startsWith('2024-05-31')), JSON.stringify(input.cover!.values));
  });

  it('reads a sheet whose part has another name than sheetN.xml, and measures it against the budgets all the same', async () => {
    const bytes = Buffer.from(await fx.toBuffer(fx.handMadeBackbone()));
    const renamed = buildZip([...readZipParts(bytes)].map(([name, data]) => {
      const text = data.toString('utf8').replace(/worksheets\/sheet1\.xml/g, 'worksheets/data.xml');
      return { name: name.replace('worksheets/sheet1.xml', 'worksheets/data.xml').replace('_rels/sheet1.xml.rels', '_rels/data.xml.rels'), data: text };
    }));
    assert.ok(readZipParts(renamed).has('xl/worksheets/data.xml'));
    assert.deepEqual(comparable(await readWorkbookBuffer(renamed, 'a.xlsx')), comparable(await readWorkbookBuffer(bytes, 'a.xlsx')));
    await assert.rejects(readWorkbookBuffer(renamed, 'a.xlsx', { limits: { budgets: { maxCells: 10 } } }), (e: unknown) => e instanceof ReadError && e.code === 'file/over-budget');
  });

  it('finds a sheet whose part name differs in case from its relationship\'s target, written with backslashes', async () => {
    const bytes = Buffer.from(await fx.toBuffer(fx.handMadeBackbone()));
    const odd = buildZip([...readZipParts(bytes)].map(([name, data]) => ({
      name: name.replace('xl/worksheets/sheet1.xml', 'xl/Worksheets/Sheet1.xml'),
      data: name === 'xl/_rels/workbook.xml.rels' ? data.toString('utf8').replace('worksheets/sheet1.xml', 'worksheets\\sheet1.xml') : data,
    })));
    assert.ok(readZipParts(odd).has('xl/Worksheets/Sheet1.xml'));
    assert.deepEqual(comparable(await readWorkbookBuffer(odd, 'a.xlsx')), comparable(await readWorkbookBuffer(bytes, 'a.xlsx')));
  });

  it('a sheet part that is not whole XML makes the file unreadable, naming the part', async () => {
    const bytes = await fx.toBuffer(fx.handMadeBackbone());
    const broken = patchZip(Buffer.from(bytes), { 'xl/worksheets/sheet1.xml': (xml) => xml.slice(0, Math.floor(xml.length / 2)) });
    await assert.rejects(readWorkbookBuffer(broken, 'a.xlsx'), (e: unknown) => {
      assert.ok(e instanceof ReadError);
      assert.equal(e.code, 'file/unreadable');
      assert.match(String(e.detail ?? ''), /xl\/worksheets\/sheet1\.xml/);
      return true;
    });
  });
});
