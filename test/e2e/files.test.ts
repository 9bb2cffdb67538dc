// The pane opened in a plain browser (office.js loaded, no Office host): 校验文件 and 合并各市报表 on the sample
// returns, checked against the documented mistakes and against the CLI's merge of the same files.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { mergeFiles } from '../../src/cli/merge-command';
import { expandInputs } from '../../src/cli/inputs';
import { DETAIL_SHEET_NAMES, BY_APP_SHEET, BY_UNIT_SHEET, ISSUES_SHEET, DUPLICATES_SHEET } from '../../src/xlsx/merged';
import { SEVERITY_LABEL } from '../../src/core/messages';
import { openPane, requireChromium, type PaneSession } from './browser';
import { readXlsx, sheetCells } from './workbook-cells';

const EXAMPLES = join(__dirname, '../../examples');
const ARTIFACTS = join(__dirname, '../../test-artifacts/e2e');

interface Mistake {
  sheet?: string;
  cell?: string;
  severity: 'error' | 'warning' | 'notice';
}
interface Expected {
  files: { file: string; mistakes: Mistake[] }[];
}

/** What the 校验文件 list shows, read from the DOM (folds opened first): file → entries "sheet|address|severity label". */
const READ_LIST = `(() => {
  for (const f of document.querySelectorAll('#fc-files .fold-toggle[aria-expanded="false"]')) f.click();
  const out = {};
  for (const g of document.querySelectorAll('#fc-files .file-group')) {
    const file = g.querySelector('.file-name').textContent;
    const entries = [];
    for (const s of g.querySelectorAll('.group')) {
      const sheet = s.querySelector('.group-name').textContent;
      for (const i of s.querySelectorAll('.issue:not(.fold)')) {
        const a = i.querySelector('.issue-address');
        entries.push(sheet + '|' + (a ? a.textContent : '') + '|' + i.querySelector('.badge').textContent);
      }
    }
    const err = g.querySelector('.result.error');
    out[file] = { entries, counts: g.querySelector('.file-counts').textContent, error: err ? err.textContent : null };
  }
  return out;
})()`;

describe('task pane in a browser (Chromium): 校验文件 and 合并各市报表', function () {
  this.timeout(120000);
  let s: PaneSession;
  let tmp: string;
  let returns: string[];
  let expected: Expected;

  before(async function () {
    requireChromium(this);
    if (!existsSync(join(EXAMPLES, 'expected.json'))) {
      console.log('      (skipped: examples/returns and examples/expected.json are not there)');
      this.skip();
    }
    expected = JSON.parse(readFileSync(join(EXAMPLES, 'expected.json'), 'utf8'));
    returns = await expandInputs([join(EXAMPLES, 'returns')]);
    tmp = mkdtempSync(join(tmpdir(), 'torch-e2e-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    s = await openPane();
    await s.page.waitForSelector('#tab-files:not([hidden])');
  });

  after(async () => {
    if (s) await s.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('outside Excel offers 校验文件 and 合并各市报表 only, and says why', async () => {
    const { page } = s;
    assert.equal(await page.isVisible('#tab-create'), false);
    assert.equal(await page.isVisible('#tab-check'), false);
    assert.equal(await page.isVisible('#tab-merge'), true);
    assert.equal(await page.getAttribute('#tab-files', 'aria-selected'), 'true');
    assert.match(await page.textContent('#notice') ?? '', /未在 Excel 中运行.*不会上传/);
    assert.deepEqual(s.requests.filter((u) => /file-tools/.test(u)), [], 'the file readers are not loaded before a file is picked');
    await page.screenshot({ path: join(ARTIFACTS, 'pane-browser.png'), fullPage: true });
  });

  it('校验文件: every documented mistake of the sample returns, at its cell, and nothing else', async () => {
    const { page } = s;
    await page.setInputFiles('#fc-input', returns);
    await page.waitForSelector('#fc-summary:not([hidden])');
    assert.ok(s.requests.some((u) => /file-tools\.[0-9a-f]{8}\.js$/.test(u)), 'the lazy chunk was loaded on demand');
    const shown = (await page.evaluate(READ_LIST)) as Record<string, { entries: string[]; counts: string; error: string | null }>;
    assert.deepEqual(Object.keys(shown).sort(), expected.files.map((f) => f.file).sort());
    for (const f of expected.files) {
      const want = f.mistakes.map((m) => `${m.sheet ?? '整个工作簿'}|${m.cell ?? ''}|${SEVERITY_LABEL[m.severity]}`).sort();
      assert.deepEqual(shown[f.file].entries.slice().sort(), want, f.file);
      assert.equal(shown[f.file].error, null);
      if (!f.mistakes.length) assert.equal(shown[f.file].counts, '未发现问题', f.file);
    }
    const count = (sev: string) => expected.files.reduce((n, f) => n + f.mistakes.filter((m) => m.severity === sev).length, 0);
    assert.equal(count('error'), 9);
    assert.equal(await page.textContent('#fc-summary'), `10 个文件：${count('error')} 个错误，${count('notice')} 个提示`);
    await page.screenshot({ path: join(ARTIFACTS, 'pane-check-files.png'), fullPage: true });
  });

  it('校验文件: the severity filter shows only the chosen level', async () => {
    const { page } = s;
    await page.click('#fc-filters [data-filter="notice"]');
    const mistakes = expected.files.flatMap((f) => f.mistakes);
    const notices = mistakes.filter((m) => m.severity === 'notice').length;
    assert.equal(notices, 8);
    const badges = await page.$$eval('#fc-files .badge', (b) => b.map((x) => x.textContent));
    assert.equal(badges.length, notices);
    assert.ok(badges.every((b) => b === SEVERITY_LABEL.notice));
    assert.equal(await page.textContent('#fc-filters [aria-pressed="true"]'), `提示${notices}`);
    await page.click('#fc-filters [data-filter="all"]');
    assert.equal((await page.$$('#fc-files .badge')).length, mistakes.length);
  });

  it('校验文件: a broken file is named with a plain reason, the others are still checked, other types are skipped', async () => {
    const { page } = s;
    const broken = join(tmp, '坏文件.xlsx');
    writeFileSync(broken, 'this is not a workbook');
    const note = join(tmp, '说明.txt');
    writeFileSync(note, 'x');
    const good = returns.find((r) => r.includes('长治光电子'))!;
    await page.setInputFiles('#fc-input', [broken, good, note]);
    await page.waitForFunction(() => /2 个文件/.test(document.getElementById('fc-summary')!.textContent ?? ''));
    const shown = (await page.evaluate(READ_LIST)) as Record<string, { entries: string[]; error: string | null }>;
    assert.match(shown['坏文件.xlsx'].error ?? '', /坏文件\.xlsx/);
    assert.doesNotMatch(shown['坏文件.xlsx'].error ?? '', /Error|at |undefined/);
    assert.equal(shown['长治市-长治光电子特色产业基地.xlsx'].entries.length, 5);
    assert.match(await page.textContent('#fc-note') ?? '', /已跳过「说明\.txt」/);
    assert.match(await page.textContent('#fc-summary') ?? '', /1 个文件无法读取/);
  });

  it('校验文件: files dropped onto the zone are checked like picked ones', async () => {
    const { page } = s;
    const file = returns.find((r) => r.includes('运城'))!;
    const dataTransfer = await page.evaluateHandle(
      ([name, b64]) => {
        const bin = atob(b64);
        const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], name));
        return dt;
      },
      [file.split(/[\\/]/).pop()!, readFileSync(file).toString('base64')] as const,
    );
    await page.dispatchEvent('#fc-drop', 'dragover', { dataTransfer });
    await page.dispatchEvent('#fc-drop', 'drop', { dataTransfer });
    await page.waitForFunction(() => /^1 个文件/.test(document.getElementById('fc-summary')!.textContent ?? ''));
    const shown = (await page.evaluate(READ_LIST)) as Record<string, { entries: string[] }>;
    assert.deepEqual(shown['运城市-运城镁铝合金新材料特色产业基地.xlsx'].entries.sort(), ['Sheet2|G11|提示', 'Sheet2|K7|提示']);
  });

  describe('合并各市报表', () => {
    let cli: ExcelJS.Workbook;
    let pane: ExcelJS.Workbook;
    let csv: string;

    before(async () => {
      const { page } = s;
      await page.click('#tab-merge');
      await page.setInputFiles('#merge-input', returns);
      await page.waitForSelector('#merge-actions:not([hidden])');
      await page.screenshot({ path: join(ARTIFACTS, 'pane-merge.png'), fullPage: true });
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#merge-download')]);
      assert.match(download.suggestedFilename(), /^全省汇总-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const panePath = join(tmp, 'pane.xlsx');
      await download.saveAs(panePath);
      const [problems] = await Promise.all([page.waitForEvent('download'), page.click('#merge-problems')]);
      assert.match(problems.suggestedFilename(), /^问题清单-\d{4}-\d{2}-\d{2}\.csv$/);
      await problems.saveAs(join(tmp, 'problems.csv'));
      csv = readFileSync(join(tmp, 'problems.csv'), 'utf8');
      await mergeFiles(returns, join(tmp, 'cli.xlsx'));
      [cli, pane] = await Promise.all([readXlsx(join(tmp, 'cli.xlsx')), readXlsx(panePath)]);
    });

    it('shows what was merged: applications, rows, the resubmission, the cross-application duplicates', async () => {
      const text = `${await s.page.textContent('#merge-outcome')}${await s.page.textContent('#merge-details')}`;
      assert.match(text, /^9 个申报项目已合并，\d 个需退回/);
      assert.match(text, /被修改稿「大同市-大同新能源汽车零部件创新型产业集群\(修改稿\)\.xlsx」取代/);
      assert.match(text, /2 个统一社会信用代码出现在多个申报项目中/);
      assert.equal(await s.page.isVisible('#merge-write'), false, 'no 写入当前工作簿 outside Excel');
    });

    it('downloads the same workbook as the CLI: sheets, detail rows, summaries, problem list, duplicates', () => {
      assert.deepEqual(pane.worksheets.map((w) => w.name), cli.worksheets.map((w) => w.name));
      for (const name of Object.values(DETAIL_SHEET_NAMES)) {
        const a = pane.getWorksheet(name)!;
        const b = cli.getWorksheet(name)!;
        assert.ok(b.actualRowCount > 1, `${name} has rows`);
        assert.equal(a.actualRowCount, b.actualRowCount, `${name}: rows`);
        assert.deepEqual(sheetCells(a), sheetCells(b), name);
      }
      for (const name of [BY_UNIT_SHEET, BY_APP_SHEET, ISSUES_SHEET, DUPLICATES_SHEET]) {
        assert.deepEqual(sheetCells(pane.getWorksheet(name)!), sheetCells(cli.getWorksheet(name)!), name);
      }
    });

    it('the province totals of the summary equal the CLI’s, and are not empty', () => {
      const lastRow = (wb: ExcelJS.Workbook) => {
        const ws = wb.getWorksheet(BY_UNIT_SHEET)!;
        const values: unknown[] = [];
        ws.getRow(ws.actualRowCount).eachCell((c) => values.push((c.value as { result?: unknown })?.result ?? c.value));
        return values;
      };
      const cliTotals = lastRow(cli);
      assert.ok(cliTotals.some((v) => typeof v === 'number' && v > 0), 'the CLI summary has figures');
      assert.deepEqual(lastRow(pane), cliTotals);
    });

    it('downloads 问题清单.csv with a BOM, one line per problem of the merged workbook', () => {
      assert.equal(csv.charCodeAt(0), 0xfeff);
      const lines = csv.slice(1).trim().split('\r\n');
      assert.equal(lines[0], '地市,文件,工作表,单元格,字段,值,级别,说明');
      assert.equal(lines.length, cli.getWorksheet(ISSUES_SHEET)!.actualRowCount);
      assert.ok(lines.some((l) => l.includes('长治市-长治光电子特色产业基地.xlsx,骨干企业情况表,C6,')));
    });
  });

  describe('the whole session', () => {
    it('logged no console error and requested nothing beyond 127.0.0.1', async () => {
      // office.js opens its telemetry frame 3 s after loading: the session must last past that to prove it stays shut
      const elapsed = Date.now() - s.openedAt;
      if (elapsed < 4000) await s.page.waitForTimeout(4000 - elapsed);
      assert.deepEqual(s.errors, []);
      assert.deepEqual(s.foreign, []);
    });
  });
});
