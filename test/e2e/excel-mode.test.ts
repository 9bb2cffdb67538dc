// The pane as Excel shows it, driven by a stand-in PaneHost (no Excel here): 刷新汇总, and 合并各市报表 writing
// the merged workbook into the open workbook through host.writeSheets. Also the pane in a browser that cannot
// read files (as the IE11 webview of Office 2016/2019): a Chinese message, no script error, no chunk loaded.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expandInputs } from '../../src/cli/inputs';
import { BY_APP_SHEET, BY_UNIT_SHEET, DETAIL_ORDER, DETAIL_SHEET_NAMES, DUPLICATES_SHEET, ISSUES_SHEET, NOTES_SHEET } from '../../src/xlsx/merged';
import { OLD_BROWSER } from '../../taskpane/view/file-support';
import { openPane, requireChromium, type PaneSession } from './browser';

const RETURNS = join(__dirname, '../../examples/returns');
const ARTIFACTS = join(__dirname, '../../test-artifacts/e2e');

/** A host that records what the pane asks of it (a string: tsx's helpers do not exist in the page). */
const STAND_IN_HOST = `{
  window.calls = { summary: 0, written: null, progress: [], opened: null, fullCheck: 0, selected: [], confirmed: [] };
  window.failSummary = false;
  window.issues = [];
  window.torchTablesPane.useHost({
    features: () => ({ canCreate: true, canCheck: true, liveChecking: true, dropDowns: true, cellMarks: true, newWorkbook: true }),
    createApplication: () => Promise.resolve({ created: [], skipped: [], omitted: [] }),
    fullCheck: () => { window.calls.fullCheck++; return Promise.resolve(window.issues); },
    onIssues: () => () => undefined,
    selectCell: (sheet, address) => { window.calls.selected.push(sheet + '!' + address); return Promise.resolve(); },
    confirmCode: (code) => { window.calls.confirmed.push(code); return Promise.resolve(); },
    refreshSummary: () => {
      window.calls.summary++;
      return window.failSummary ? Promise.reject({ code: 'AccessDenied' }) : Promise.resolve('汇总');
    },
    writeSheets: (sheets, onProgress) => {
      window.calls.written = sheets.map((s) => ({ name: s.name, rows: s.rows.length }));
      sheets.forEach((s, i) => { if (onProgress) { onProgress(i + 1, sheets.length); window.calls.progress.push(i + 1); } });
      const renamed = { '说明': '说明 (2)' };
      return Promise.resolve({ written: sheets.map((s) => renamed[s.name] || s.name), renamed });
    },
    openWorkbook: (bytes) => {
      window.calls.opened = { length: bytes.length, head: Array.prototype.slice.call(bytes, 0, 2) };
      return Promise.resolve();
    },
  });
}`;

describe('task pane in Excel (stand-in host, Chromium)', function () {
  this.timeout(120000);
  let s: PaneSession;

  before(async function () {
    requireChromium(this);
    mkdirSync(ARTIFACTS, { recursive: true });
    s = await openPane();
    await s.page.waitForSelector('#tab-files:not([hidden])');
    await s.page.evaluate(STAND_IN_HOST);
  });

  after(async () => {
    if (s) await s.close();
  });

  it('shows 新建申报表, 校验 and 合并各市报表, not 校验文件', async () => {
    for (const [tab, shown] of [['create', true], ['check', true], ['merge', true], ['files', false]] as const) {
      assert.equal(await s.page.isVisible(`#tab-${tab}`), shown, tab);
    }
    assert.equal(await s.page.isVisible('#notice'), false);
  });

  it('runs a full check as soon as the pane opens (live checking starts there), not only when 校验 is shown', async () => {
    const { page } = s;
    await page.waitForFunction('window.calls.fullCheck === 1');
    assert.equal(await page.getAttribute('#tab-create', 'aria-selected'), 'true');
    await page.click('#tab-check');
    assert.equal(await page.evaluate('window.calls.fullCheck'), 1, 'showing 校验 afterwards does not check again');
  });

  it('the issue list works from the keyboard: Enter on an entry goes to the cell, 确认无误 then 是，确认 confirms only', async () => {
    const { page } = s;
    await page.click('#tab-check');
    await page.evaluate(`window.issues = [{ code: 'cell/uscc-checksum', severity: 'error', sheet: '骨干企业情况表', row: 5, column: 'C',
      field: '统一社会信用代码', value: '91140100MA0K1234X5', message: '校验位不符' }]`);
    await page.click('#full-check');
    await page.waitForSelector('#issues li.issue.clickable');
    await page.focus('#issues li.issue.clickable');
    await page.keyboard.press('Enter');
    assert.deepEqual(await page.evaluate('window.calls.selected'), ['骨干企业情况表!C5']);
    await page.focus('#issues .issue-actions button');
    await page.keyboard.press('Enter');
    assert.deepEqual(await page.evaluate('window.calls.confirmed'), [], 'the first step only asks');
    assert.equal(await page.evaluate('document.activeElement.textContent'), '是，确认', 'the focus moves to the second step');
    await page.keyboard.press('Enter');
    await page.waitForFunction('window.calls.confirmed.length === 1');
    assert.deepEqual(await page.evaluate('window.calls.confirmed'), ['91140100MA0K1234X5']);
    assert.deepEqual(await page.evaluate('window.calls.selected'), ['骨干企业情况表!C5'], 'confirming does not also jump to the cell');
    await page.evaluate('window.issues = []');
    await page.click('#full-check');
    await page.waitForSelector('#issues p.empty');
  });

  it('the tab strip works from the keyboard: one tab stop, arrows move and show the next tab', async () => {
    const { page } = s;
    await page.click('#tab-create');
    assert.deepEqual(await page.$$eval('[role=tab]:not([hidden])', (t) => t.map((x) => x.getAttribute('tabindex'))), ['0', '-1', '-1']);
    await page.focus('#tab-create');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.getAttribute('#tab-check', 'aria-selected'), 'true');
    assert.equal(await page.isVisible('#panel-check'), true);
    assert.equal(await page.evaluate('document.activeElement.id'), 'tab-check');
    await page.keyboard.press('End');
    assert.equal(await page.getAttribute('#tab-merge', 'aria-selected'), 'true');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.getAttribute('#tab-create', 'aria-selected'), 'true');
  });

  it('刷新汇总 asks the host and says which sheet it updated; a failure is one plain sentence', async () => {
    const { page } = s;
    await page.click('#tab-check');
    await page.click('#refresh-summary');
    await page.waitForSelector('#summary-result:not([hidden])');
    assert.match(await page.textContent('#summary-result') ?? '', /已更新「汇总」工作表/);
    await page.screenshot({ path: join(ARTIFACTS, 'pane-excel-summary.png'), fullPage: true });
    await page.evaluate('window.failSummary = true');
    await page.click('#refresh-summary');
    await page.waitForFunction(() => /受保护/.test(document.getElementById('summary-result')!.textContent ?? ''));
    assert.equal(await page.getAttribute('#summary-result', 'class'), 'result error');
    assert.equal(await page.evaluate('window.calls.summary'), 2);
  });

  it('合并各市报表 writes the merged workbook into the open workbook and names renamed sheets', async function () {
    if (!existsSync(RETURNS)) this.skip();
    const { page } = s;
    await page.click('#tab-merge');
    const files = (await expandInputs([RETURNS])).slice(0, 3);
    await page.setInputFiles('#merge-input', files);
    await page.waitForSelector('#merge-actions:not([hidden])');
    assert.equal(await page.isVisible('#merge-write'), true);
    assert.equal(await page.isVisible('#merge-download'), true, 'the download is offered in Excel too');
    await page.click('#merge-write');
    await page.waitForFunction(() => /已写入/.test(document.getElementById('merge-result')!.textContent ?? ''));
    const written = (await page.evaluate('window.calls.written')) as { name: string; rows: number }[];
    const sheets = [BY_UNIT_SHEET, BY_APP_SHEET, ...DETAIL_ORDER.map((id) => DETAIL_SHEET_NAMES[id]), ISSUES_SHEET, DUPLICATES_SHEET, NOTES_SHEET];
    assert.deepEqual(written.map((w) => w.name), sheets);
    assert.ok(written.find((w) => w.name === DETAIL_SHEET_NAMES.cluster)!.rows > 1);
    assert.deepEqual(await page.evaluate('window.calls.progress'), sheets.map((_, i) => i + 1));
    const text = (await page.textContent('#merge-result')) ?? '';
    assert.match(text, /已写入 9 张工作表/);
    assert.match(text, /「说明」改名为「说明 \(2\)」/);
    await page.screenshot({ path: join(ARTIFACTS, 'pane-excel-merge.png'), fullPage: true });
  });

  it('在新工作簿中打开 hands Excel the merged .xlsx itself', async () => {
    const { page } = s;
    assert.equal(await page.isVisible('#merge-open'), true);
    await page.click('#merge-open');
    await page.waitForFunction(() => /新的 Excel 工作簿/.test(document.getElementById('merge-result')!.textContent ?? ''));
    const opened = (await page.evaluate('window.calls.opened')) as { length: number; head: number[] };
    assert.deepEqual(opened.head, [0x50, 0x4b], 'a zip: the .xlsx bytes');
    assert.ok(opened.length > 10_000);
  });

  it('on Excel 2016 (ExcelApi 1.1) offers no full check it cannot do, and says to use the file check instead', async () => {
    const { page } = s;
    await page.evaluate(`{
      window.calls.fullCheck = 0;
      window.torchTablesPane.useHost({
        features: () => ({ canCreate: false, canCheck: false, liveChecking: false, dropDowns: false, cellMarks: false, newWorkbook: false }),
        createApplication: () => Promise.reject(new Error('unsupported')),
        fullCheck: () => { window.calls.fullCheck++; return Promise.reject(new Error('unsupported')); },
        onIssues: () => () => undefined,
        selectCell: () => Promise.resolve(),
        confirmCode: () => Promise.resolve(),
        refreshSummary: () => Promise.reject(new Error('unsupported')),
        writeSheets: () => Promise.reject(new Error('unsupported')),
      });
    }`);
    await page.click('#tab-check');
    assert.equal(await page.isDisabled('#full-check'), true);
    assert.equal(await page.isDisabled('#refresh-summary'), true);
    assert.match(await page.textContent('#status-note') ?? '', /版本.*太旧/);
    assert.equal(await page.isVisible('#check-error'), false);
    assert.equal(await page.evaluate('window.calls.fullCheck'), 0);
    await page.click('#tab-create');
    assert.doesNotMatch(await page.textContent('#create-result') ?? '', /仍可检查/);
    await page.screenshot({ path: join(ARTIFACTS, 'pane-excel-2016.png'), fullPage: true });
  });

  describe('the whole session', () => {
    it('logged no console error and requested nothing beyond 127.0.0.1', () => {
      assert.deepEqual(s.errors, []);
      assert.deepEqual(s.foreign, []);
    });
  });
});

describe('task pane in a browser that cannot read files (Chromium without TextDecoder)', function () {
  this.timeout(120000);
  let s: PaneSession;

  before(async function () {
    requireChromium(this);
    // as in Internet Explorer 11, where core-js supplies Promise but nothing supplies TextDecoder
    s = await openPane({ initScript: 'delete window.TextDecoder;' });
    await s.page.waitForSelector('#tab-files:not([hidden])');
  });

  after(async () => {
    if (s) await s.close();
  });

  it('says so in Chinese on both file tabs, disables picking and never loads the file readers', async () => {
    const { page } = s;
    assert.equal(await page.textContent('#fc-error'), OLD_BROWSER);
    assert.equal(await page.isDisabled('#fc-input'), true);
    await page.click('#tab-merge');
    assert.equal(await page.textContent('#merge-result'), OLD_BROWSER);
    assert.equal(await page.isDisabled('#merge-input'), true);
    assert.deepEqual(s.requests.filter((u) => /file-tools/.test(u)), []);
    await page.screenshot({ path: join(ARTIFACTS, 'pane-old-browser.png'), fullPage: true });
    assert.deepEqual(s.errors, []);
  });
});
