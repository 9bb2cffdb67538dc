// The province's triage in the production bundle (Chromium, 320×700): counts by outcome, failing files first, the
// cities as 汇总（按地市） has them, folded repeats (a generated return with 5,000 of one error), the filter bar in
// sight while scrolling, problem lists from 校验文件, progress with 取消, and the keyboard.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expandInputs } from '../../src/cli/inputs';
import { mergeFiles } from '../../src/cli/merge-command';
import { BY_UNIT_SHEET } from '../../src/xlsx/merged';
import { PROVINCE_LABEL } from '../../src/core/rollup-units';
import { orgCodeCheckChar, usccCheckChar } from '../../src/core/uscc';
import { clickRenderTime, openPane, requireChromium, type PaneSession } from './browser';

const EXAMPLES = join(__dirname, '../../examples');
const SHOTS = join(__dirname, '../../test-artifacts/pane-320');
const VIEW = { width: 320, height: 700 };

/** A valid credit code of 晋中 for company i: its organisation code and its own check characters right. */
function code(i: number): string {
  const org = String(10000000 + i);
  const prefix = `91140702${org}${orgCodeCheckChar(org)}`;
  return prefix + usccCheckChar(prefix);
}

/** A return with 5,000 rows whose 营业收入 carries a unit: 5,000 times the same error in one column. */
async function repeatedErrors(sample: string, out: string, rows = 5000): Promise<void> {
  const src = new ExcelJS.Workbook();
  await src.xlsx.readFile(sample);
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet('填报信息');
  src.getWorksheet('填报信息')!.eachRow((row, r) => (cover.getRow(r).values = row.values as ExcelJS.CellValue[]));
  const table = wb.addWorksheet('主要企业和服务机构汇总表');
  const from = src.getWorksheet('主要企业和服务机构汇总表')!;
  for (let r = 1; r <= 3; r++) table.getRow(r).values = from.getRow(r).values as ExcelJS.CellValue[];
  for (let i = 1; i <= rows; i++) {
    // an array from index 0 fills from column A
    table.getRow(3 + i).values = [i, `晋中液压配套企业${i}有限公司`, code(i), '中小微企业', '液压件', '否', '5000万元', 10, 1, 0, 0];
  }
  await wb.xlsx.writeFile(out);
}

describe('task pane triage at 320×700 (production bundle, Chromium)', function () {
  this.timeout(180000);
  let s: PaneSession;
  let tmp: string;
  let returns: string[];
  let expected: { files: { file: string; mistakes: { severity: string }[] }[] };

  before(async function () {
    requireChromium(this);
    if (!existsSync(join(EXAMPLES, 'expected.json'))) this.skip();
    expected = JSON.parse(readFileSync(join(EXAMPLES, 'expected.json'), 'utf8'));
    returns = await expandInputs([join(EXAMPLES, 'returns')]);
    tmp = mkdtempSync(join(tmpdir(), 'torch-triage-'));
    mkdirSync(SHOTS, { recursive: true });
    s = await openPane();
    await s.page.setViewportSize(VIEW);
    await s.page.waitForSelector('#tab-files:not([hidden])');
  });

  after(async () => {
    if (s) await s.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('Enter on 选择文件 opens the file dialog; 帮助 opens a short guide; the notice can be closed', async () => {
    const { page } = s;
    await page.screenshot({ path: join(SHOTS, '01-files-empty.png') });
    // file-chooser interception is switched on by the first listener without waiting for the browser's answer
    // (Playwright sends it as a no-reply message): on a busy machine a key pressed right after it can open the real
    // dialog instead. A listener added earlier has it on before the key.
    page.on('filechooser', () => undefined);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    await page.focus('#fc-drop');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    assert.equal(chooser.isMultiple(), true);
    await page.click('#help-toggle');
    assert.match((await page.textContent('#help'))!, /使用说明.*校验文件/s);
    await page.screenshot({ path: join(SHOTS, '00-help.png') });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    assert.equal(await page.isVisible('#help'), false);
    assert.equal(await page.evaluate('document.activeElement.id'), 'help-toggle');
    await page.click('#notice .notice-close');
    assert.equal(await page.isVisible('#notice'), false);
    assert.equal(await page.evaluate('document.activeElement.id'), 'tab-files', 'the focus goes to the tab, not the page');
  });

  it('校验文件 on the samples: counts by outcome first, failing files first', async () => {
    const { page } = s;
    await page.setInputFiles('#fc-input', returns);
    await page.waitForSelector('#fc-outcomes:not([hidden])');
    const want = { return: 0, warn: 0, pass: 0, unreadable: 0 };
    const outcomeOf = (m: { severity: string }[]) => (m.some((x) => x.severity === 'error') ? 'return' : m.some((x) => x.severity === 'warning') ? 'warn' : 'pass');
    for (const f of expected.files) want[outcomeOf(f.mistakes)]++;
    const shown = await page.$$eval('#fc-outcomes .outcome', (cells) => cells.map((c) => [c.getAttribute('data-outcome'), c.querySelector('.outcome-count')!.textContent, c.querySelector('.outcome-label')!.textContent]));
    assert.deepEqual(shown, [['return', String(want.return), '需退回'], ['warn', String(want.warn), '有警告'], ['pass', String(want.pass), '通过'], ['unreadable', '0', '无法读取']]);
    assert.ok(want.return > 0 && want.pass > 0);
    const order = await page.$$eval('#fc-files .file-group', (g) => g.map((x) => x.getAttribute('data-outcome')));
    assert.deepEqual(order, [...Array(want.return).fill('return'), ...Array(want.warn).fill('warn'), ...Array(want.pass).fill('pass')]);
    await page.screenshot({ path: join(SHOTS, '02-files-checked.png') });
  });

  it('a filter hides files with nothing at that level, and keeps the focus on the filter', async () => {
    const { page } = s;
    await page.focus('#fc-filters [data-filter="error"]');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate('document.activeElement.getAttribute("data-filter")'), 'error');
    const outcomes = await page.$$eval('#fc-files .file-group', (g) => g.map((x) => x.getAttribute('data-outcome')));
    assert.ok(outcomes.length > 0 && outcomes.every((o) => o === 'return'), outcomes.join(','));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await page.click('#fc-filters [data-filter="all"]');
  });

  it('the problem list can be exported from 校验文件, under a dated name', async () => {
    const { page } = s;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#fc-export')]);
    assert.match(download.suggestedFilename(), /^问题清单-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = join(tmp, 'fc.csv');
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8').slice(1).trim().split('\r\n');
    const total = expected.files.reduce((n, f) => n + f.mistakes.length, 0);
    assert.equal(lines.length, total + 1);
    assert.ok(lines.slice(1).every((l) => /^[^,]+市,/.test(l)), 'every row names its city');
  });

  it('many files show a progress bar, and 取消 stops reading with the files read so far', async () => {
    const { page } = s;
    const many = [...returns, ...returns, ...returns];
    await page.setInputFiles('#fc-input', many);
    await page.waitForSelector('#fc-progress:not([hidden]) #fc-cancel:not([hidden])');
    await page.screenshot({ path: join(SHOTS, '03-files-progress.png') });
    await page.click('#fc-cancel');
    await page.waitForSelector('#fc-progress', { state: 'hidden' });
    const note = (await page.textContent('#fc-note')) ?? '';
    const m = /已取消：读取了 (\d+) 个文件中的 (\d+) 个/.exec(note);
    assert.ok(m, note);
    assert.equal(Number(m[1]), many.length);
    assert.ok(Number(m[2]) < many.length);
    assert.equal(await page.$$eval('#fc-files .file-group', (g) => g.length), Number(m[2]));
  });

  it('5,000 of one error fold into one entry 「… 列 5000 处：带单位」: the list renders in under 300 ms and stays under 3 screens', async () => {
    const { page } = s;
    const file = join(tmp, '晋中市-五千处带单位.xlsx');
    await repeatedErrors(returns.find((r) => r.includes('晋中'))!, file);
    await page.setInputFiles('#fc-input', [file]);
    await page.waitForSelector('#fc-files .fold');
    const fold = (await page.textContent('#fc-files .fold .fold-toggle .issue-address'))!;
    assert.match(fold, /^[A-Z]+ 列 5000 处$/);
    assert.equal(await page.textContent('#fc-files .fold .fold-toggle .issue-message'), '带单位');
    // a whole re-render of the list (what a filter click does), layout included
    const ms = await clickRenderTime(page, '#fc-filters [data-filter="all"]');
    assert.ok(ms < 300, `rendered in ${ms.toFixed(0)} ms`);
    const height = await page.$eval('#fc-files', (e) => e.getBoundingClientRect().height);
    assert.ok(height < 3 * VIEW.height, `the list is ${height}px high`);
    await page.screenshot({ path: join(SHOTS, '04-files-5000-folded.png') });
    // it opens a page of cells at a time, and closes again
    await page.click('#fc-files .fold .fold-toggle');
    assert.equal(await page.$$eval('#fc-files .fold-items .issue', (i) => i.length), 50);
    assert.match((await page.textContent('#fc-files .fold .more'))!, /再显示 50 处（还有 4950 处）/);
    assert.equal(await page.evaluate('document.activeElement.className'), 'fold-toggle', 'the focus stays on the fold');
    await page.screenshot({ path: join(SHOTS, '05-files-fold-open.png') });
    await page.click('#fc-files .fold .fold-toggle');
    assert.equal(await page.$$eval('#fc-files .fold-items', (i) => i.length), 0);
  });

  it('the filter bar stays in sight while the list scrolls', async () => {
    const { page } = s;
    await page.setInputFiles('#fc-input', returns);
    await page.waitForSelector('#fc-outcomes:not([hidden])');
    await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    const top = await page.$eval('#fc-toolbar', (e) => e.getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 2, `the filter bar is at ${top}px`);
    await page.screenshot({ path: join(SHOTS, '06-files-scrolled.png') });
    await page.evaluate('window.scrollTo(0, 0)');
  });

  describe('合并各市报表', () => {
    let byUnit: ExcelJS.Worksheet;

    before(async () => {
      const { page } = s;
      await page.click('#tab-merge');
      await page.screenshot({ path: join(SHOTS, '07-merge-empty.png') });
      await page.setInputFiles('#merge-input', returns);
      await page.waitForSelector('#merge-actions:not([hidden])');
      const out = join(tmp, 'cli.xlsx');
      await mergeFiles(returns, out);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      byUnit = wb.getWorksheet(BY_UNIT_SHEET)!;
    });

    it('says first what a person wants to know, with the counts by outcome', async () => {
      const { page } = s;
      const head = (await page.textContent('#merge-outcome .merge-headline'))!;
      assert.match(head, /^9 个申报项目已合并，(\d) 个需退回$/);
      const back = Number(/(\d) 个需退回/.exec(head)![1]);
      assert.equal(await page.textContent('#merge-outcome [data-outcome="return"] .outcome-count'), String(back));
      assert.doesNotMatch(head, /明细|读取/, 'the accounting is not the first line');
      await page.screenshot({ path: join(SHOTS, '08-merge-done.png') });
    });

    it('lists every city with the figures of 汇总（按地市）', async () => {
      const { page } = s;
      const shown = (await page.$$eval('#merge-details .unit', (u) => u.map((x) => [x.getAttribute('data-unit'), x.getAttribute('data-figures')]))) as [string, string][];
      const headers = (byUnit.getRow(1).values as unknown[]).map(String);
      const col = (name: string) => headers.indexOf(name);
      // exceljs leaves out a formula's cached result when it is 0
      const value = (v: unknown) => (v && typeof v === 'object' && 'formula' in v ? ((v as { result?: unknown }).result ?? 0) : v);
      const sheet: [string, string][] = [];
      for (let r = 2; r <= byUnit.actualRowCount; r++) {
        const row = byUnit.getRow(r).values as unknown[];
        const unit = String(row[col('地市')]);
        if (unit === PROVINCE_LABEL) continue;
        const figures = [row[col('报送情况')], value(row[col('申报项目数')]), value(row[col('其中：无错误')]), value(row[col('错误数')]), value(row[col('警告数')])];
        sheet.push([unit, figures.join('|')]);
      }
      assert.ok(sheet.length >= 11, `${sheet.length} units`);
      assert.deepEqual(shown, sheet);
      assert.ok(shown.some(([, f]) => f.startsWith('未报送')), 'who has not reported is listed');
      // a city opens to its applications, each with its status
      await page.click('#merge-details .unit[data-unit="长治市"] .link-button');
      const apps = await page.$$eval('#merge-details .unit[data-unit="长治市"] .unit-app', (a) => a.map((x) => x.textContent));
      assert.equal(apps.length, 2);
      assert.ok(apps.some((a) => /^需退回/.test(a ?? '')), apps.join(' / '));
    });

    it('folds the superseded files into one line with a count, and says 修改稿 only where the name says so', async () => {
      const { page } = s;
      const lines = await page.$$eval('#merge-details .disclosure > .link-button', (b) => b.map((x) => x.textContent));
      assert.ok(lines.includes('▸1 个文件被较新的一份取代，未计入汇总'), lines.join(' / '));
      assert.equal(await page.isVisible('text=被修改稿「大同市-大同新能源汽车零部件创新型产业集群(修改稿).xlsx」取代'), false);
      await page.click('#merge-details .link-button:has-text("被较新的一份取代")');
      assert.equal(await page.isVisible('text=被修改稿「大同市-大同新能源汽车零部件创新型产业集群(修改稿).xlsx」取代'), true);
      await page.click('#merge-details .link-button:has-text("行数核对")');
      assert.match((await page.textContent('#merge-details'))!, /明细 \d+ 行；读取 \d+ 行/);
      await page.screenshot({ path: join(SHOTS, '09-merge-details.png'), fullPage: true });
    });

    it('downloads carry the date', async () => {
      const { page } = s;
      await page.focus('#merge-download');
      const [d] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      assert.match(d.suggestedFilename(), /^全省汇总-\d{4}-\d{2}-\d{2}\.xlsx$/);
      await page.waitForSelector('#merge-download:not([disabled])');
      assert.equal(await page.evaluate('document.activeElement.id'), 'merge-download', 'the focus stays on the button');
    });
  });

  describe('the whole session', () => {
    it('logged no console error and requested nothing beyond 127.0.0.1', () => {
      assert.deepEqual(s.errors, []);
      assert.deepEqual(s.foreign, []);
    });
  });
});
