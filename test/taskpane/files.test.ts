// The pane's file features in Node: picked files read like the CLI's, the check and the merge on the sample
// returns, the problem list as CSV, and the view models of 校验文件 and 合并各市报表.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { inRunOrder, readPickedFiles, uniqueNames, type PickedFile } from '../../src/returns/picked-files';
import { checkPickedFiles } from '../../src/returns/check-files';
import { mergePickedFiles, workbookBytes } from '../../src/returns/merge-files';
import { csvField, problemsCsv } from '../../src/returns/problems-csv';
import { validateFiles } from '../../src/cli/validate-command';
import { readReturns } from '../../src/cli/merge-command';
import { buildMergePlan } from '../../src/core/merge';
import { BY_UNIT_SHEET } from '../../src/xlsx/merged';
import { filesSummary, groupByFile, outcomeCounts, progressText, skippedText, splitPicked } from '../../taskpane/view/file-list';
import { mergeView } from '../../taskpane/view/merge-view';
import { fileSupport, NOT_SECURE, OLD_BROWSER } from '../../taskpane/view/file-support';
import { quietOfficeTelemetry } from '../../taskpane/office-quiet';

const RETURNS = path.join(__dirname, '../../examples/returns');
const haveSamples = existsSync(RETURNS);
const sample = (needle: string) => readdirSync(RETURNS).filter((n) => n.includes(needle)).map((n) => path.join(RETURNS, n))[0];
const picked = (p: string): PickedFile => ({ name: path.basename(p), lastModified: statSync(p).mtimeMs, bytes: async () => readFileSync(p) });

describe('pane files: reading picked files', () => {
  it('makes names unique the way a person reads them', () => {
    assert.deepEqual(uniqueNames(['a.xlsx', 'b.xlsx', 'a.xlsx', 'a.xlsx', 'a (2).xlsx', 'x']), ['a.xlsx', 'b.xlsx', 'a (2).xlsx', 'a (3).xlsx', 'a (2) (2).xlsx', 'x']);
  });

  it('reads in the order the CLI reads a folder, whatever order they were picked in', () => {
    const names = ['太原市-b.xlsx', '大同市-a.xlsx', '长治市-c.xlsx', '大同市-a(修改稿).xlsx'];
    assert.deepEqual(inRunOrder(names.map((name) => ({ name }))).map((f) => f.name), names.slice().sort());
  });

  it('hashes with crypto.subtle as the CLI hashes with node:crypto, reports progress, keeps the modification time', async function () {
    if (!haveSamples) this.skip();
    const file = sample('长治光电子');
    const seen: string[] = [];
    const [got] = await readPickedFiles([picked(file)], (d, t, f) => seen.push(`${d}/${t} ${f}`));
    assert.equal(got.sha256, createHash('sha256').update(readFileSync(file)).digest('hex'));
    assert.equal(got.size, statSync(file).size);
    assert.equal(got.modified, new Date(statSync(file).mtimeMs).toISOString());
    assert.deepEqual(seen, [`0/1 ${path.basename(file)}`, '1/1 ']);
  });

  it('a file that cannot be read is returned with a plain reason naming it; the next one is read', async () => {
    const files: PickedFile[] = [
      { name: 'a-坏.xlsx', bytes: new TextEncoder().encode('not a zip') },
      { name: 'b-空.xlsx', bytes: new Uint8Array(0) },
    ];
    const out = await readPickedFiles(files);
    assert.equal(out.length, 2);
    for (const f of out) {
      assert.ok(f.failure, f.name);
      assert.ok(f.failure!.message.includes(f.name), f.failure!.message);
      assert.equal(f.input, undefined);
    }
  });

  it('refuses a file over the size limit before reading its bytes', async () => {
    let read = false;
    const [f] = await readPickedFiles([{ name: 'big.xlsx', size: 60 * 1024 * 1024, bytes: async () => ((read = true), new Uint8Array(1)) }]);
    assert.equal(f.failure?.code, 'file/too-large');
    assert.equal(read, false);
  });

  it('src/returns imports no Node module', () => {
    const dir = path.join(__dirname, '../../src/returns');
    for (const name of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      assert.doesNotMatch(text, /from\s+['"](node:|fs|path|crypto|os)['"/]/, name);
    }
  });
});

describe('pane files: 校验文件 and 合并各市报表 on the sample returns', function () {
  this.timeout(60000);
  before(function () {
    if (!haveSamples) {
      console.log('      (skipped: examples/returns is not there)');
      this.skip();
    }
  });

  it('checks each file exactly as `torch-tables validate` does', async () => {
    const paths = [sample('太原不锈钢'), sample('晋城'), sample('运城')];
    const browser = await checkPickedFiles(paths.map(picked));
    const cli = await validateFiles(paths);
    assert.deepEqual(browser.map((b) => ({ file: b.file, issues: b.issues, counts: b.counts })), cli.map((c) => ({ file: c.file, issues: c.issues, counts: c.counts })));
    assert.ok(browser.some((b) => b.issues.length > 0));
  });

  it('merges into the plan the CLI makes of the same files, and a workbook exceljs reads back', async () => {
    const paths = [sample('大同新能源汽车零部件创新型产业集群.'), sample('修改稿'), sample('晋中')];
    const merged = (await mergePickedFiles(paths.map(picked)))!;
    // picked in any order, the pane reads in the CLI's folder order
    const cliPlan = buildMergePlan(await readReturns(paths.slice().sort()));
    // the CLI's plan has not been written (no `written` counts); paths and times differ by nature
    const strip = (p: typeof cliPlan) =>
      p.files.map(({ path: _p, modified: _m, tables, ...rest }) => ({ ...rest, tables: tables.map(({ written: _w, ...t }) => t) }));
    assert.deepEqual(strip(merged.plan), strip(cliPlan));
    assert.deepEqual(merged.plan.units, cliPlan.units);
    assert.deepEqual(merged.mismatches, []);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbookBytes(merged.workbook)) as unknown as ExcelJS.Buffer);
    assert.ok(wb.getWorksheet(BY_UNIT_SHEET));

    const v = mergeView(merged.plan, merged.mismatches);
    assert.match(v.headline, /^2 个申报项目已合并，/);
    assert.equal(v.superseded!.summary, '1 个文件被较新的一份取代，未计入汇总');
    assert.ok(v.superseded!.items.some((t) => /被修改稿「大同市-大同新能源汽车零部件创新型产业集群\(修改稿\)\.xlsx」取代/.test(t)));
    assert.ok(v.accounting.some((t) => /^明细 \d+ 行；读取 \d+ 行/.test(t)), 'the accounting is kept one click away');
    assert.equal(v.outcomes.return + v.outcomes.warn + v.outcomes.pass, 2);
  });
});

describe('pane files: 问题清单.csv', () => {
  it('starts with a BOM, uses CRLF, quotes what needs quoting and keeps formula-looking text as text', () => {
    const csv = problemsCsv([
      { city: '太原市', file: 'a,b.xlsx', sheet: 'S', cell: 'B5', field: '名称', value: '=SUM(A1)', severity: 'error', message: '说 "引号"' },
      { city: '', file: 'c.xlsx', sheet: '', cell: '', field: '', value: '-5', severity: 'notice', message: '两行\n说明' },
    ]);
    assert.equal(csv.charCodeAt(0), 0xfeff);
    assert.deepEqual(csv.slice(1).split('\r\n'), [
      '地市,文件,工作表,单元格,字段,值,级别,说明',
      '太原市,"a,b.xlsx",S,B5,名称,\'=SUM(A1),错误,"说 ""引号"""',
      ',c.xlsx,,,,-5,提示,"两行\n说明"',
      '',
    ]);
    assert.equal(csvField('+86 351'), "'+86 351");
    assert.equal(csvField('@x'), "'@x");
  });
});

describe('pane files: view models', () => {
  const files = [
    { file: 'a.xlsx', issues: [
      { code: 'cell/required', severity: 'error' as const, sheet: 'S1', row: 5, column: 'B', message: '必填' },
      { code: 'cell/number-as-text', severity: 'notice' as const, sheet: 'S2', row: 6, column: 'C', message: '文本数字' },
    ] },
    { file: 'b.xlsx', issues: [] },
    { file: 'c.xlsx', error: { code: 'file/not-zip', message: '「c.xlsx」不是 .xlsx 文件' }, issues: [] },
  ];

  it('groups by file then sheet, failing files first; clean and unreadable files stay in the list', () => {
    const g = groupByFile(files, 'all');
    assert.deepEqual(g.map((x) => [x.file, x.outcome, x.summary, x.tone, x.sheets.map((s) => s.title)]), [
      ['c.xlsx', 'unreadable', '无法读取', 'error', []],
      ['a.xlsx', 'return', '1 个错误，1 个提示', 'error', ['S1', 'S2']],
      ['b.xlsx', 'pass', '未发现问题', 'ok', []],
    ]);
    assert.equal(g[0].error, '「c.xlsx」不是 .xlsx 文件');
    assert.equal(g[1].sheets[0].issues[0].location, 'B5');
    assert.deepEqual(outcomeCounts(files), { unreadable: 1, return: 1, warn: 0, pass: 1 });
  });

  it('filters by severity, leaving out files with nothing at that level, and says how many are hidden', () => {
    const g = groupByFile(files, 'notice');
    assert.deepEqual(g.map((x) => x.file), ['a.xlsx']);
    assert.deepEqual(g[0].sheets.map((s) => s.title), ['S2']);
    assert.equal(g[0].hidden, 1);
    assert.deepEqual(groupByFile(files, 'error').map((x) => x.file), ['c.xlsx', 'a.xlsx'], 'an unreadable file counts as an error');
  });

  it('sums up, shows progress and names skipped files', () => {
    assert.equal(filesSummary(files), '3 个文件：1 个错误，1 个提示；1 个文件无法读取');
    assert.equal(progressText(2, 9, 'x.xlsx'), '读取 3/9 x.xlsx');
    assert.equal(progressText(9, 9, ''), '已读取 9 个文件');
    const split = splitPicked([{ name: 'a.XLSX' }, { name: 'b.xls' }, { name: '~$a.xlsx' }, { name: 'c.csv' }]);
    assert.deepEqual(split.xlsx.map((f) => f.name), ['a.XLSX']);
    assert.match(skippedText(split.skipped), /已跳过「b\.xls」、「~\$a\.xlsx」、「c\.csv」/);
    assert.equal(skippedText([]), '');
  });
});

describe('pane files: can this browser read files', () => {
  const blob = (proto: Record<string, unknown>) => Object.assign(function Blob() {}, { prototype: proto });
  const modern = () => ({
    Promise, Uint8Array, DataView, TextDecoder, DecompressionStream: function () {}, Blob: blob({ arrayBuffer() {} }),
    Map, Set, URL: { createObjectURL() {} }, crypto: { subtle: {} }, isSecureContext: true,
  }) as unknown as Parameters<typeof fileSupport>[0];

  it('yes in a current browser (and in Node 20)', () => {
    assert.deepEqual(fileSupport(modern()), { ok: true });
    assert.deepEqual(fileSupport(globalThis as unknown as Parameters<typeof fileSupport>[0]), { ok: true });
  });

  it('no, in plain Chinese, in the IE11 webview of old Office (core-js gives it Promise, not TextDecoder)', () => {
    const ie = { ...modern(), TextDecoder: undefined, DecompressionStream: undefined, Blob: blob({}), crypto: undefined, isSecureContext: undefined } as unknown as Parameters<typeof fileSupport>[0];
    const s = fileSupport(ie);
    assert.equal(s.ok, false);
    if (!s.ok) {
      assert.equal(s.message, OLD_BROWSER);
      assert.deepEqual(s.missing, ['TextDecoder', 'DecompressionStream', 'Blob.arrayBuffer', 'crypto.subtle']);
    }
  });

  it('no, asking for https, on a plain-http page of a current browser', () => {
    const s = fileSupport({ ...modern(), crypto: {}, isSecureContext: false });
    assert.equal(s.ok, false);
    if (!s.ok) assert.equal(s.message, NOT_SECURE);
  });
});

describe('pane: office.js telemetry outside Office', () => {
  it('switches off the telemetry frame and the app telemetry', () => {
    let loaded = false;
    const g = { OSF: { Logger: { ulsEndpoint: { loadProxyFrame: () => (loaded = true), writeLog: () => undefined } } }, OSFAppTelemetry: { enableTelemetry: true } };
    assert.equal(quietOfficeTelemetry(g), true);
    g.OSF.Logger.ulsEndpoint.loadProxyFrame();
    assert.equal(loaded, false);
    assert.equal(g.OSFAppTelemetry.enableTelemetry, false);
  });

  it('does nothing where office.js has no such parts', () => {
    assert.equal(quietOfficeTelemetry({}), false);
    assert.equal(quietOfficeTelemetry({ OSF: {} }), false);
  });
});
