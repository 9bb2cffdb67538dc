// 火炬申报表助手.html, the tool in one file, opened from disk (file://) in Chromium with every request blocked and the
// browser offline: 下载空白申报表 gives the CLI's templates part by part, 校验文件 shows the CLI's issues, 合并各市报表
// downloads the CLI's merged workbook; and a browser without module scripts (IE mode) is told which browser to use.
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/screenshot-pane';
import { main } from '../../src/cli/main';
import { validateFiles } from '../../src/cli/validate-command';
import { mergeFiles } from '../../src/cli/merge-command';
import { expandInputs } from '../../src/cli/inputs';
import { APP_TYPES } from '../../src/core/tables';
import { templateFileName } from '../../src/xlsx/template';
import { issueView } from '../../taskpane/view/issue-list';
import { sharedPaneBuild } from './pane-build';
import { assertSameParts, readXlsx, sheetCells } from './workbook-cells';
import { requireChromium } from './browser';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OFFLINE_FILE_NAME } = require('../../scripts/offline-file.js') as { OFFLINE_FILE_NAME: string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const acorn = require('acorn') as { parse(code: string, opts: { ecmaVersion: number }): unknown };

const EXAMPLES = join(__dirname, '../../examples/returns');
const ARTIFACTS = join(__dirname, '../../test-artifacts/e2e');

/** What 校验文件 shows, read from the DOM: file → sorted "location|severity|message". */
const READ_FILES = `(() => {
  const out = {};
  for (const g of document.querySelectorAll('#fc-files .file-group')) {
    const entries = [];
    for (const i of g.querySelectorAll('.issue:not(.fold)')) {
      const a = i.querySelector('.issue-address');
      entries.push((a ? a.textContent : '') + '|' + i.querySelector('.badge').textContent + '|' + i.querySelector('.issue-message').textContent);
    }
    out[g.querySelector('.file-name').textContent] = entries.sort();
  }
  return out;
})()`;

describe(`${OFFLINE_FILE_NAME}: the tool in one file, opened from disk with no network`, function () {
  this.timeout(180000);
  let tmp: string;
  let file: string;
  let url: string;
  let html: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let returns: string[];
  const requests: string[] = [];
  /** the only URLs the browser may load: the offline file (and the test's IE stand-in of it) */
  const allowed = new Set<string>();
  const errors: string[] = [];

  before(async function () {
    requireChromium(this);
    const build = await sharedPaneBuild();
    tmp = mkdtempSync(join(tmpdir(), 'torch-offline-'));
    file = join(tmp, OFFLINE_FILE_NAME);
    copyFileSync(join(build.out, OFFLINE_FILE_NAME), file);
    url = pathToFileURL(file).href;
    allowed.add(url);
    html = readFileSync(file, 'utf8');
    returns = await expandInputs([EXAMPLES]);
    browser = await launchChromium();
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 800, height: 900 }, deviceScaleFactor: 1 });
    await context.setOffline(true);
    context.on('request', (r) => requests.push(r.url()));
    // nothing may be fetched: every request but the page itself is refused
    await context.route('**/*', (route) => (allowed.has(route.request().url()) ? route.continue() : route.abort()));
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
    await page.goto(url);
    await page.waitForSelector('#template-buttons button');
  });

  after(async () => {
    if (browser) await browser.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('is one file that refers to nothing outside itself, with the lazy chunk stored compressed', () => {
    const size = statSync(file).size;
    console.log(`      (${OFFLINE_FILE_NAME}: ${(size / 1024).toFixed(0)} KB)`);
    assert.ok(size < 1024 * 1024, `${size} bytes: the exceljs chunk is stored gzipped`);
    assert.doesNotMatch(html, /appsforoffice|office\.js"|https?:\/\/[^"'\s]*\.(js|css|png)/);
    const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<style>[\s\S]*?<\/style>/g, '');
    const refs = [...markup.matchAll(/\b(?:src|href)="?([^"\s>]+)/g)].map((m) => m[1]);
    assert.ok(refs.length >= 2, 'the icons are there');
    assert.deepEqual(refs.filter((r) => !r.startsWith('data:')), []);
    assert.match(html, /<script type="application\/x-gzip-base64" id="torch-chunk-[^"]+">[A-Za-z0-9+/=]+<\/script>/);
  });

  it('says at the top that nothing leaves the computer, and offers templates, 校验文件 and 合并各市报表 only', async () => {
    const first = (await page.textContent('body > :not(header)'))!.trim();
    assert.match(first, /只在本机.*不会上传/);
    assert.equal(await page.isVisible('#tab-files'), true);
    assert.equal(await page.isVisible('#tab-merge'), true);
    assert.equal(await page.isVisible('#tab-create'), false);
    assert.equal(await page.isVisible('#tab-check'), false);
    assert.equal(await page.isVisible('#notice'), false);
    const labels = await page.$$eval('#template-buttons button', (bs) => bs.map((b) => b.textContent));
    assert.deepEqual(labels, APP_TYPES.map((t) => t.label));
    // the exceljs chunk is stored, not run, until something needs it
    assert.equal(await page.evaluate('(self.webpackChunktorch_tables || []).length'), 0);
    await page.screenshot({ path: join(ARTIFACTS, 'offline-file.png'), fullPage: true });
  });

  it('下载空白申报表: the three templates, part by part the CLI’s `torch-tables template all`', async () => {
    const cliDir = join(tmp, 'cli-templates');
    assert.equal(await main(['template', 'all', '-o', cliDir], () => undefined), 0);
    for (const t of APP_TYPES) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-template="${t.id}"]`)]);
      assert.equal(download.suggestedFilename(), templateFileName(t.id));
      const saved = join(tmp, `browser-${t.id}.xlsx`);
      await download.saveAs(saved);
      await assertSameParts(saved, join(cliDir, templateFileName(t.id)), t.id);
      // and exceljs opens it: the cover first, the tables after
      const wb = await readXlsx(saved);
      assert.equal(wb.worksheets[0].name, '填报信息');
      assert.ok(wb.worksheets.length >= 2);
    }
    assert.match((await page.textContent('#template-result'))!, /已下载/);
    assert.equal(await page.evaluate('self.webpackChunktorch_tables.length'), 1, 'the chunk was decoded once, on first use');
  });

  it('校验文件: every sample return shows exactly the CLI’s issues', async () => {
    await page.click('#tab-files');
    await page.setInputFiles('#fc-input', returns);
    await page.waitForSelector('#fc-summary:not([hidden])');
    const shown = (await page.evaluate(READ_FILES)) as Record<string, string[]>;
    const cli = await validateFiles(returns);
    assert.deepEqual(Object.keys(shown).sort(), cli.map((r) => r.file).sort());
    let total = 0;
    for (const r of cli) {
      assert.equal(r.error, undefined, r.file);
      const want = r.issues.map((i) => issueView(i)).map((v) => `${v.location}|${v.severityLabel}|${v.message}`).sort();
      assert.deepEqual(shown[r.file], want, r.file);
      total += want.length;
    }
    assert.ok(total > 0, 'the samples hold planted mistakes');
  });

  it('合并各市报表: downloads the CLI’s merged workbook, sheet by sheet, and the problem list', async () => {
    await page.click('#tab-merge');
    await page.setInputFiles('#merge-input', returns);
    await page.waitForSelector('#merge-actions:not([hidden])');
    await page.screenshot({ path: join(ARTIFACTS, 'offline-merge.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#merge-download')]);
    const panePath = join(tmp, 'offline-merge.xlsx');
    await download.saveAs(panePath);
    const [problems] = await Promise.all([page.waitForEvent('download'), page.click('#merge-problems')]);
    const csvPath = join(tmp, 'problems.csv');
    await problems.saveAs(csvPath);
    await mergeFiles(returns, join(tmp, 'cli.xlsx'));
    const [cli, pane] = await Promise.all([readXlsx(join(tmp, 'cli.xlsx')), readXlsx(panePath)]);
    assert.deepEqual(pane.worksheets.map((w) => w.name), cli.worksheets.map((w) => w.name));
    // 说明 names when each ran; every other sheet is the same cell for cell
    const compared = cli.worksheets.filter((w) => w.name !== '说明');
    assert.ok(compared.length >= 7);
    for (const ws of compared) assert.deepEqual(sheetCells(pane.getWorksheet(ws.name)!), sheetCells(ws), ws.name);
    const lines = readFileSync(csvPath, 'utf8').slice(1).trim().split('\r\n');
    assert.equal(lines.length, cli.getWorksheet('问题清单')!.actualRowCount);
  });

  it('made no request but the page itself and logged no error', () => {
    assert.deepEqual(requests, [url]);
    assert.deepEqual(errors, []);
  });

  it('in a browser without module scripts (IE mode, 兼容模式) says which browser to use, and shows nothing else', async () => {
    // Chromium standing in for IE: the module script does not run and the nomodule one does, as in IE 11
    const old = join(tmp, 'as-in-ie.html');
    writeFileSync(old, html.replace('<script type="module">', '<script type="text/plain">').replace('<script nomodule>', '<script>'));
    const ie = await context.newPage();
    allowed.add(pathToFileURL(old).href);
    await ie.goto(pathToFileURL(old).href);
    const line = (await ie.textContent('#offline-line'))!;
    assert.match(line, /不能运行本工具.*Edge.*Chrome.*Firefox.*极速模式/);
    assert.equal(await ie.isVisible('#offline-line'), true);
    for (const hidden of ['#templates', 'main', '.tabs', 'header']) assert.equal(await ie.isVisible(hidden), false, hidden);
    await ie.close();
    const script = /<script nomodule>([\s\S]*?)<\/script>/.exec(html)![1];
    assert.doesNotThrow(() => acorn.parse(script, { ecmaVersion: 3 }), 'IE runs it: ES3');
  });
});
