// issue 10.9: a file may make itself unreadable, never the merge. Each hostile structure below is a small file
// (a real return with one part rewritten) that exceljs would expand into billions of cells or spend minutes on:
// it must be refused from the zip's XML, before exceljs, in under 5 s and under 500 MB, while the other returns
// are merged. Whatever slips past the budgets meets the reading worker's memory limit instead.

import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readReturns } from '../../src/cli/read-returns';
import { rangeCells, StructureScan } from '../../src/xlsx/structure-guard';
import { toBuffer } from '../helpers/workbooks';
import { patchZip } from '../helpers/zip';
import { backboneRow, buildReturn } from './merged-returns';

const SHEET = 'xl/worksheets/sheet2.xml'; // 骨干企业情况表 of a 产业化基地 return
const ROOT = resolve(__dirname, '../..');

function addMerges(refs: string[]): (xml: string) => string {
  return (xml) => xml.replace(/<mergeCells count="(\d+)">/, (_, n) => `<mergeCells count="${Number(n) + refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}`);
}

function addRows(from: number, to: number, cells: (r: number) => string): (xml: string) => string {
  return (xml) => {
    const parts: string[] = [];
    for (let r = from; r <= to; r++) parts.push(`<row r="${r}">${cells(r)}</row>`);
    return xml.replace('</sheetData>', `${parts.join('')}</sheetData>`);
  };
}

/** Hostile files by name, each with the words its refusal must contain. */
const HOSTILE: Record<string, { edit: Record<string, (xml: string) => string>; reason: RegExp }> = {
  '晋中市-整表合并.xlsx': { edit: { [SHEET]: addMerges(['A300:XFD1048576']) }, reason: /合并单元格覆盖的单元格数为 17,174,970,\d{3}，上限为 500,000/ },
  '阳泉市-整表名称.xlsx': {
    edit: { 'xl/workbook.xml': (x) => x.replace('<definedNames>', '<definedNames><definedName name="全表">&apos;骨干企业情况表&apos;!$A$1:$XFD$1048576</definedName>') },
    reason: /名称覆盖的单元格数为 17,179,869,184，上限为 500,000/,
  },
  '运城市-十万合并.xlsx': {
    edit: { [SHEET]: addMerges(Array.from({ length: 100_000 }, (_, i) => `T${i + 300}:U${i + 300}`)) },
    reason: /合并单元格区域数为 10,001，上限为 10,000/,
  },
  '临汾市-公式到底.xlsx': {
    // filled down far past the budget (to row 1,048,576 in the report; 300,000 keeps the fixture quick to build)
    edit: { [SHEET]: addRows(300, 300_000, (r) => `<c r="R${r}"><f>1+1</f></c>`) },
    reason: /一个工作表的行数为 120,001，上限为 120,000/,
  },
  '忻州市-范围越界.xlsx': { edit: { [SHEET]: (x) => x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFE1048577"/>') }, reason: /工作表声明的范围为 A1:XFE1048577/ },
};

describe('structure budgets, measured before exceljs (issue 10.9)', function () {
  this.timeout(300_000);
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'torch-budgets-'));
    const good = buildReturn({ type: 'industrialization', city: '太原市', name: '甲基地', rows: { backbone: [1, 2, 3].map((n) => backboneRow(n)) } });
    const bytes = await toBuffer(good);
    writeFileSync(join(dir, '太原市-甲基地.xlsx'), bytes);
    for (const [name, h] of Object.entries(HOSTILE)) writeFileSync(join(dir, name), patchZip(bytes, h.edit));
    symlinkSync('/dev/zero', join(dir, '吕梁市-零.xlsx'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('counts the cells of a range as exceljs expands them', () => {
    assert.equal(rangeCells('$A$1:$C$3'), 9);
    assert.equal(rangeCells('B2'), 1);
    assert.equal(rangeCells('$A:$A'), undefined);
    assert.equal(rangeCells('A1:XFD1048576'), 16_384 * 1_048_576);
  });

  it('refuses each hostile file in under 5 s and 500 MB, with a plain reason, and merges the rest', async () => {
    // a fresh process, so that its peak memory is this run's alone
    const script = `
      const { readReturns } = require(${JSON.stringify(join(ROOT, 'src/cli/read-returns.ts'))});
      const { main } = require(${JSON.stringify(join(ROOT, 'src/cli/main.ts'))});
      (async () => {
        const dir = process.argv[1];
        const names = JSON.parse(process.argv[2]);
        // one reader for all (the worker starts once); each file's time from the progress calls around it
        const marks = [];
        const files = await readReturns(names.map((n) => require('path').join(dir, n)), (i) => marks[i] = Date.now());
        const each = {};
        names.forEach((n, i) => (each[n] = { ms: (marks[i + 1] ?? Date.now()) - marks[i], failure: files[i].failure }));
        const lines = [];
        const code = await main(['merge', dir, '-o', require('path').join(dir, 'out', 'r.xlsx'), '--json', require('path').join(dir, 'out', 'r.json')], (l) => lines.push(l));
        process.stdout.write(JSON.stringify({ each, code, lines, maxRssKb: process.resourceUsage().maxRSS }));
      })();`;
    const names = [...Object.keys(HOSTILE), '吕梁市-零.xlsx'];
    const { stdout } = await promisify(execFile)(process.execPath, ['-r', 'tsx/cjs', '-e', script, dir, JSON.stringify(names)], { cwd: ROOT, maxBuffer: 1 << 24 });
    const r = JSON.parse(stdout);
    for (const [name, h] of Object.entries(HOSTILE)) {
      const e = r.each[name];
      assert.equal(e.failure?.code, 'file/over-budget', `${name}: ${JSON.stringify(e)}`);
      assert.match(e.failure.message, new RegExp(`文件「${name.replace('.', '\\.')}」的结构超出读取上限：`));
      assert.match(e.failure.message, h.reason, `${name}: ${e.failure.message}`);
      assert.ok(e.ms < 5000, `${name} refused in ${e.ms} ms`);
      console.log(`      ${name}: ${e.ms} ms — ${e.failure.message}`);
    }
    assert.equal(r.each['吕梁市-零.xlsx'].failure.code, 'file/not-regular');
    console.log(`      peak RSS ${Math.round(r.maxRssKb / 1024)} MB`);
    assert.ok(r.maxRssKb < 500 * 1024, `peak RSS ${Math.round(r.maxRssKb / 1024)} MB`);
    assert.equal(r.code, 2);
    assert.match(r.lines[0], /已合并 1 个申报项目/);
    assert.equal(r.lines.filter((l: string) => /无法读取：/.test(l)).length, names.length);
  });

  it('a file that slips past the budgets meets the worker\'s memory limit: that file is unreadable, the others are read', async () => {
    const small = join(dir, '太原市-甲基地.xlsx');
    const big = join(dir, '大同市-大表.xlsx');
    const bytes = await toBuffer(buildReturn({ type: 'industrialization', city: '大同市', name: '大表', rows: { backbone: [backboneRow(1)] } }));
    const text = (r: number, c: string) => `<c r="${c}${r}" t="inlineStr"><is><t>第${r}行${c}列的一段文字，用来占内存</t></is></c>`;
    writeFileSync(big, patchZip(bytes, { [SHEET]: addRows(300, 40_000, (r) => 'BCDEFGHIJKLMNOP'.split('').map((c) => text(r, c)).join('')) }));
    const files = await readReturns([big, small], undefined, { memoryMb: 48, timeoutMs: 120_000 });
    assert.equal(files[0].failure?.code, 'file/read-limit', JSON.stringify(files[0].failure));
    assert.match(files[0].failure!.message, /文件「大同市-大表\.xlsx」读取时超出内存上限（48 MB），已停止读取/);
    assert.equal(files[1].failure, undefined);
    assert.equal(files[1].input?.tables[0].rows.length, 3);
  });

  it('a read that runs past the time limit ends with that file unreadable, and the run goes on', async () => {
    const small = join(dir, '太原市-甲基地.xlsx');
    const slow = join(dir, '大同市-慢表.xlsx');
    // 40,000 rows of 15 cells: well over the 0.3 s limit to read, well under the budgets and the memory limit
    const bytes = await toBuffer(buildReturn({ type: 'industrialization', city: '大同市', name: '慢表', rows: { backbone: [backboneRow(1)] } }));
    writeFileSync(slow, patchZip(bytes, { [SHEET]: addRows(300, 40_000, (r) => 'BCDEFGHIJKLMNOP'.split('').map((c) => `<c r="${c}${r}" t="inlineStr"><is><t>第${r}行</t></is></c>`).join('')) }));
    const files = await readReturns([slow, slow], undefined, { memoryMb: 512, timeoutMs: 300 });
    assert.equal(files[0].failure?.code, 'file/read-limit');
    assert.match(files[0].failure!.message, /文件「.*大同市-慢表\.xlsx」读取时超出读取时间上限（0\.3 秒），已停止读取/);
    assert.equal(files[1].skipped?.code, 'file/duplicate-content', 'the same bytes again are not read again');
    assert.equal((await readReturns([small]))[0].failure, undefined);
  });
});

describe('StructureScan: this tool\'s own outputs', () => {
  const workbookXml = (names: string[]) =>
    `<workbook><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`;
  const scanned = (names: string[]) => {
    const scan = new StructureScan('x.xlsx');
    scan.forPart('xl/workbook.xml')!(workbookXml(names));
    return scan.ownOutput;
  };

  it('recognises an older merged workbook by its sheets, their names written as character references too', () => {
    const asReferences = (s: string) => [...s].map((ch) => `&#x${ch.codePointAt(0)!.toString(16)};`).join('');
    assert.equal(scanned(['说明', '汇总（按地市）', '问题清单']), true);
    assert.equal(scanned(['说明', '汇总（按地市）', '问题清单'].map(asReferences)), true);
    assert.equal(scanned(['说明', '问题清单']), false);
  });
});
