// The pane in Excel at 320×700, driven by a stand-in PaneHost that keeps state like the Excel host does: status a
// clerk can trust (errors beside their action and gone after a success, the time of the last manual check),
// 确认无误 in two steps with an 已确认 list and 撤销, focus kept; the guided 新建申报表; writing the merge a
// second time. Production bundle in Chromium.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expandInputs } from '../../src/cli/inputs';
import { clickRenderTime, openPane, requireChromium, type PaneSession } from './browser';

const RETURNS = join(__dirname, '../../examples/returns');
const SHOTS = join(__dirname, '../../test-artifacts/pane-320');
const VIEW = { width: 320, height: 700 };

/** A host with state (a string: tsx's helpers do not exist in the page). `window.h` is its state. */
const STATEFUL_HOST = `{
  const h = window.h = {
    features: { canCreate: true, canCheck: true, liveChecking: false, dropDowns: true, cellMarks: true, newWorkbook: true },
    issues: [], confirmed: [], sheets: ['Sheet1'], failCheck: false, listeners: [],
    created: [], createResult: { created: ['填报信息', '骨干企业情况表', '_lists', '_torch'], skipped: [], omitted: [] },
    writes: [], selected: [], checks: 0, sheetReads: 0,
  };
  const current = () => h.issues.map((i) => i.code === 'cell/uscc-checksum' && h.confirmed.indexOf(i.value) >= 0
    ? Object.assign({}, i, { confirmed: true, severity: 'warning' }) : i);
  h.notify = () => h.listeners.forEach((l) => l(current()));
  window.torchTablesPane.useHost({
    features: () => h.features,
    createApplication: (type, cover, options) => { h.created.push({ type, cover, options: options || null }); return Promise.resolve(h.createResult); },
    fullCheck: () => { h.checks++; return h.failCheck ? Promise.reject({ code: 'GeneralException' }) : Promise.resolve(current()); },
    onIssues: (l) => { h.listeners.push(l); return () => undefined; },
    selectCell: (sheet, address) => { h.selected.push(sheet + '!' + address); return Promise.resolve(); },
    // as the Excel host: record, check again, tell the listeners
    confirmCode: (code) => { h.confirmed.push(code); h.checks++; h.notify(); return Promise.resolve(); },
    withdrawCode: (code) => { h.confirmed = h.confirmed.filter((c) => c !== code); h.checks++; h.notify(); return Promise.resolve(); },
    sheetNames: () => { h.sheetReads++; return Promise.resolve(h.sheets.slice()); },
    refreshSummary: () => h.failSummary ? Promise.reject({ code: 'AccessDenied' }) : Promise.resolve('汇总'),
    writeSheets: (sheets, onProgress, options) => {
      h.writes.push({ names: sheets.map((s) => s.name), replace: !!(options && options.replace) });
      return Promise.resolve({ written: sheets.map((s) => s.name), renamed: {} });
    },
    openWorkbook: () => Promise.resolve(),
  });
}`;

const CODE = '91140100MA0K1234X5';
const ISSUES = `[
  { code: 'cell/uscc-checksum', severity: 'error', sheet: '骨干企业情况表', row: 6, column: 'C', field: '统一社会信用代码', value: '${CODE}', message: '「统一社会信用代码」校验位不符，请核对「${CODE}」' },
  { code: 'cell/required', severity: 'error', sheet: '骨干企业情况表', row: 5, column: 'B', field: '企业名称', message: '「企业名称」必须填写' },
  { code: 'row/not-greater', severity: 'warning', sheet: '骨干企业情况表', row: 8, column: 'H', field: '出口创汇', message: '「出口创汇」（5）不应大于「营业收入」（3）' },
]`;

describe('task pane in Excel at 320×700: status, 确认无误, 新建申报表 (stand-in host, Chromium)', function () {
  this.timeout(120000);
  let s: PaneSession;
  const active = () => s.page.evaluate(`(() => { const a = document.activeElement; return a ? (a.getAttribute('data-focus') || a.id || a.tagName) : ''; })()`);
  const shot = (name: string) => s.page.screenshot({ path: join(SHOTS, name) });

  before(async function () {
    requireChromium(this);
    mkdirSync(SHOTS, { recursive: true });
    s = await openPane();
    await s.page.setViewportSize(VIEW);
    await s.page.waitForSelector('#tab-files:not([hidden])');
    await s.page.evaluate(STATEFUL_HOST);
  });

  after(async () => {
    if (s) await s.close();
  });

  describe('校验', () => {
    it('manual checking says when the list was made and that it may be out of date', async () => {
      const { page } = s;
      await page.click('#tab-check');
      await page.waitForFunction('window.h.checks >= 1');
      await page.waitForFunction(() => /上次检查：\d\d:\d\d/.test(document.getElementById('status-note')!.textContent ?? ''));
      assert.match((await page.textContent('#status-note'))!, /之后的修改不会自动检查，列表可能已过时/);
      await shot('10-check-clean-manual.png');
    });

    it('a failed check is shown under the status, beside 全表检查, and goes when a check succeeds', async () => {
      const { page } = s;
      await page.evaluate('window.h.failCheck = true');
      await page.focus('#full-check');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#check-error:not([hidden])');
      assert.match((await page.textContent('#check-error'))!, /^检查失败：/);
      assert.equal(await page.evaluate(`document.getElementById('check-error').previousElementSibling.className`), 'status-bar', 'right under the button');
      const gap = await page.evaluate(`document.getElementById('check-error').getBoundingClientRect().top - document.getElementById('full-check').getBoundingClientRect().bottom`);
      assert.ok((gap as number) < 40, `${gap}px below 全表检查`);
      assert.equal(await active(), 'full-check', 'the focus stays on the button');
      await shot('11-check-failed.png');
      await page.evaluate(`window.h.failCheck = false; window.h.issues = ${ISSUES}`);
      await page.keyboard.press('Enter');
      await page.waitForSelector('#check-error', { state: 'hidden' });
      assert.equal(await page.textContent('#status-text'), '2 个错误，1 个警告');
      assert.equal(await active(), 'full-check');
      await shot('12-check-issues.png');
    });

    it('a filter click and a re-check keep the focus where it was', async () => {
      const { page } = s;
      await page.focus('#filters [data-filter="warning"]');
      await page.keyboard.press('Enter');
      assert.equal(await active(), 'filter:warning');
      assert.equal(await page.$$eval('#issues .issue', (i) => i.length), 1);
      await page.keyboard.press('Enter');
      await page.click('#filters [data-filter="all"]');
      await page.focus('#issues li.issue.clickable >> nth=1');
      const before = await active();
      assert.match(String(before), /^issue:/);
      await page.evaluate('window.h.notify()');
      assert.equal(await active(), before);
    });

    it('确认无误 takes two steps, lists the code as 已确认, can be withdrawn, and keeps the focus', async () => {
      const { page } = s;
      await page.focus(`[data-focus="confirm:${CODE}"]`);
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate('window.h.confirmed.length'), 0, 'the first step only asks');
      assert.equal(await active(), `confirm-yes:${CODE}`);
      assert.match((await page.textContent('#issues .issue-actions'))!, /营业执照上的代码就是「91140100MA0K1234X5」？/);
      await shot('13-check-confirm-step2.png');
      await page.click('#issues .issue-actions button:has-text("取消")');
      assert.equal(await active(), `confirm:${CODE}`, '取消 goes back to 确认无误');
      await page.keyboard.press('Enter');
      const checks = (await page.evaluate('window.h.checks')) as number;
      await page.keyboard.press('Enter');
      await page.waitForSelector('#issues .confirmed');
      assert.equal(await page.evaluate('window.h.checks'), checks + 1, 'one check after confirming, the host\'s own');
      assert.deepEqual(await page.evaluate('window.h.confirmed'), [CODE]);
      assert.equal(await page.textContent('#status-text'), '1 个错误，1 个警告');
      assert.equal(await page.textContent('#issues .confirmed .issue-message'), CODE);
      assert.match((await page.textContent('#issues .confirmed'))!, /显示为已确认的警告/);
      assert.equal(await active(), `withdraw:${CODE}`, 'the focus follows the entry to the 已确认 list');
      await shot('14-check-confirmed.png');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#issues .confirmed', { state: 'detached' });
      assert.deepEqual(await page.evaluate('window.h.confirmed'), []);
      assert.equal(await page.textContent('#status-text'), '2 个错误，1 个警告');
      assert.equal(await active(), `confirm:${CODE}`, 'withdrawn, the focus is back on its 确认无误');
    });

    it('5,000 issues of one kind in one column are one entry; the list renders in under 300 ms and stays under 3 screens', async () => {
      const { page } = s;
      await page.evaluate(`{
        const many = [];
        for (let r = 5; r < 5005; r++) many.push({ code: 'cell/unit-in-number', severity: 'error', sheet: '骨干企业情况表', row: r, column: 'F', field: '营业收入', value: '5万元', message: '「营业收入」只填数字，现为「5万元」' });
        window.h.issues = many;
      }`);
      await page.click('#full-check');
      await page.waitForSelector('#issues .fold');
      assert.equal(await page.textContent('#issues .fold .issue-address'), 'F 列 5000 处');
      assert.equal(await page.textContent('#issues .fold .issue-message'), '带单位');
      const ms = await clickRenderTime(page, '#filters [data-filter="error"]');
      assert.ok(ms < 300, `rendered in ${ms.toFixed(0)} ms`);
      const height = await page.$eval('#issues', (e) => e.getBoundingClientRect().height);
      assert.ok(height < 3 * VIEW.height, `${height}px`);
      await shot('15-check-5000-folded.png');
      // one click on a folded cell still goes to it
      await page.click('#issues .fold-toggle');
      await page.click('#issues .fold-items .issue >> nth=2');
      assert.equal(await page.evaluate('window.h.selected.pop()'), '骨干企业情况表!F7');
      await page.evaluate('window.h.issues = []');
      await page.click('#full-check');
      await page.waitForSelector('#issues p.empty');
    });

    it('a failed 刷新汇总 is shown under its button and gone after it succeeds', async () => {
      const { page } = s;
      await page.evaluate('window.h.failSummary = true');
      await page.click('#refresh-summary');
      await page.waitForFunction(() => /受保护/.test(document.getElementById('summary-result')!.textContent ?? ''));
      assert.equal(await page.getAttribute('#summary-result', 'class'), 'result error');
      assert.equal(await page.isVisible('#check-error'), false, 'not in the check\'s box');
      await page.evaluate('window.h.failSummary = false');
      await page.focus('#refresh-summary');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => /已更新/.test(document.getElementById('summary-result')!.textContent ?? ''));
      assert.equal(await page.getAttribute('#summary-result', 'class'), 'result');
      assert.equal(await active(), 'refresh-summary', 'the focus stays on the button');
    });

    it('exports the open workbook\'s problem list under a dated name', async () => {
      const { page } = s;
      await page.evaluate(`window.h.issues = ${ISSUES}`);
      await page.click('#full-check');
      await page.waitForSelector('#check-export:not([hidden])');
      const [d] = await Promise.all([page.waitForEvent('download'), page.click('#check-export')]);
      assert.match(d.suggestedFilename(), /^问题清单-\d{4}-\d{2}-\d{2}\.csv$/);
    });
  });

  describe('新建申报表', () => {
    it('checks cover fields as they are typed, with the engine\'s rules', async () => {
      const { page } = s;
      await page.click('#tab-create');
      await page.fill('#cover-phone', '12345');
      await page.focus('#cover-email');
      assert.match((await page.textContent('#cover-phone-error'))!, /^应为11位手机号或带区号的座机号/);
      assert.equal(await page.getAttribute('#cover-phone', 'aria-invalid'), 'true');
      await shot('20-create-field-error.png');
      await page.click('#create');
      assert.match((await page.textContent('#create-result'))!, /请先改正：联系电话/);
      assert.equal(await page.evaluate('window.h.created.length'), 0);
      assert.equal(await active(), 'cover-phone', 'the focus goes to the field to fix');
      await page.fill('#cover-phone', '0351-4921797');
      assert.equal(await page.isVisible('#cover-phone-error'), false, 'fixed while typing, the message goes');
    });

    it('keeps 创建申报表 in sight at 320×700', async () => {
      const { page } = s;
      await page.evaluate('window.scrollTo(0, 0)');
      const box = await page.$eval('#create', (b) => b.getBoundingClientRect().bottom);
      assert.ok(box <= VIEW.height, `the button ends at ${box}px`);
      await shot('21-create-form.png');
    });

    it('产业化基地: 骨干企业情况表 can be left out; the result names no technical sheet and ends with 去校验', async () => {
      const { page } = s;
      await page.selectOption('#app-type', 'industrialization');
      await page.fill('#cover-appName', '太原新材料产业化基地');
      assert.equal(await page.isVisible('#optional-backbone'), true);
      await page.uncheck('#optional-backbone');
      await page.evaluate(`window.h.createResult = { created: ['填报信息', '_lists', '_torch'], skipped: [], omitted: [] }`);
      await page.click('#create');
      await page.waitForSelector('#go-check:not([hidden])');
      const created = (await page.evaluate('window.h.created[0]')) as { type: string; cover: Record<string, unknown>; options: { leaveOut: string[] } };
      assert.equal(created.type, 'industrialization');
      assert.deepEqual(created.options, { leaveOut: ['backbone'] });
      assert.equal(created.cover.appName, '太原新材料产业化基地');
      assert.equal(created.cover.phone, '0351-4921797');
      const text = (await page.textContent('#create-result'))!;
      assert.match(text, /^已创建：填报信息。/);
      assert.doesNotMatch(text, /_lists|_torch/);
      assert.equal(await active(), 'go-check', 'the next step has the focus');
      await shot('22-create-done.png');
      await page.keyboard.press('Enter');
      assert.equal(await page.getAttribute('#tab-check', 'aria-selected'), 'true');
    });

    it('says so, as a warning, and keeps the typed values when nothing new is created', async () => {
      const { page } = s;
      await page.click('#tab-create');
      await page.evaluate(`window.h.createResult = { created: [], skipped: ['填报信息', '_lists'], omitted: [] }; window.h.sheets = ['填报信息']`);
      await page.click('#create');
      await page.waitForFunction(() => /没有创建新的工作表/.test(document.getElementById('create-result')!.textContent ?? ''));
      assert.equal(await page.getAttribute('#create-result', 'class'), 'result warning');
      assert.equal(await page.inputValue('#cover-appName'), '太原新材料产业化基地');
      assert.equal(await page.isVisible('#go-check'), false);
      await shot('23-create-nothing-new.png');
    });

    it('will not add a second application type to a workbook that holds one', async () => {
      const { page } = s;
      await page.evaluate(`window.h.sheets = ['填报信息', '骨干企业情况表', '主要关联企业情况表']; window.h.created = []`);
      await page.selectOption('#app-type', 'cluster');
      await page.click('#create');
      await page.waitForFunction(() => /一个工作簿只放一个申报项目/.test(document.getElementById('create-result')!.textContent ?? ''));
      assert.equal(await page.evaluate('window.h.created.length'), 0);
      await shot('24-create-second-type.png');
    });

    it('opens on 校验 when the workbook already holds a return', async () => {
      const { page } = s;
      await page.click('#tab-create');
      await page.evaluate(`{ window.h.sheets = ['填报信息', '主要企业和服务机构汇总表']; window.h.listeners = []; ${STATEFUL_HOST.slice(1, -1).replace("sheets: ['Sheet1']", "sheets: ['填报信息', '主要企业和服务机构汇总表']")} }`);
      await page.waitForFunction(() => document.getElementById('tab-check')!.getAttribute('aria-selected') === 'true');
      assert.equal(await page.evaluate('window.h.sheetReads'), 1, 'one round trip for the sheet names tells the tabs and the merge what the workbook holds');
    });
  });

  describe('合并各市报表 into the open workbook', () => {
    it('when the workbook is a return, the main action is a new workbook, and the pane says what writing would do', async function () {
      if (!existsSync(RETURNS)) this.skip();
      const { page } = s;
      await page.click('#tab-merge');
      await page.setInputFiles('#merge-input', (await expandInputs([RETURNS])).slice(0, 3));
      await page.waitForSelector('#merge-actions:not([hidden])');
      assert.equal(await page.getAttribute('#merge-open', 'class'), 'button primary');
      assert.equal(await page.getAttribute('#merge-write', 'class'), 'button');
      assert.equal(await page.evaluate(`document.getElementById('merge-actions').firstElementChild.id`), 'merge-open');
      assert.match((await page.textContent('#merge-write-hint'))!, /当前工作簿是一份申报表/);
      await shot('30-merge-into-return.png');
    });

    it('writing a second time asks, then replaces our own sheets instead of adding 「(2)」 copies', async function () {
      if (!existsSync(RETURNS)) this.skip();
      const { page } = s;
      await page.click('#merge-write');
      await page.waitForFunction('window.h.writes.length === 1');
      assert.equal(await page.evaluate('window.h.writes[0].replace'), false, 'nothing of ours there yet: written without asking');
      const names = (await page.evaluate('window.h.writes[0].names')) as string[];
      assert.ok(names.length > 5);
      await page.evaluate(`window.h.sheets = window.h.sheets.concat(${JSON.stringify(names)})`);
      await page.click('#merge-write');
      await page.waitForSelector('#merge-ask:not([hidden])');
      assert.match((await page.textContent('#merge-ask'))!, new RegExp(`已有 ${names.length} 张同名的工作表.*替换它们吗？`));
      assert.equal(await page.evaluate('document.activeElement.textContent'), '替换');
      await shot('31-merge-replace-question.png');
      await page.keyboard.press('Enter');
      await page.waitForFunction('window.h.writes.length === 2');
      assert.equal(await page.evaluate('window.h.writes[1].replace'), true);
      await page.waitForFunction(() => /已替换并写入/.test(document.getElementById('merge-result')!.textContent ?? ''));
    });
  });

  describe('the whole session', () => {
    it('logged no console error and requested nothing beyond 127.0.0.1', () => {
      assert.deepEqual(s.errors, []);
      assert.deepEqual(s.foreign, []);
    });
  });
});
