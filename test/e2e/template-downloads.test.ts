// 下载空白申报表 in the served pane (production bundle, Chromium): outside Excel one button per application type above
// the tabs; in Excel (stand-in host) a line under 创建申报表 for the selected type. Each download is, part by part,
// the workbook `torch-tables template` writes.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { main } from '../../src/cli/main';
import { APP_TYPES } from '../../src/core/tables';
import type { AppTypeId } from '../../src/core/types';
import { templateFileName } from '../../src/xlsx/template';
import { openPane, requireChromium, type PaneSession } from './browser';
import { assertSameParts, readXlsx } from './workbook-cells';

/** A host that can create and check (nothing is asked of it here). */
const STAND_IN_HOST = `window.torchTablesPane.useHost({
  features: () => ({ canCreate: true, canCheck: true, liveChecking: true, dropDowns: true, cellMarks: true, newWorkbook: true }),
  createApplication: () => Promise.resolve({ created: [], skipped: [], omitted: [] }),
  fullCheck: () => Promise.resolve([]),
  onIssues: () => () => undefined,
  selectCell: () => Promise.resolve(),
  confirmCode: () => Promise.resolve(),
  refreshSummary: () => Promise.resolve('汇总'),
  writeSheets: () => Promise.resolve({ written: [], renamed: {} }),
  openWorkbook: () => Promise.resolve(),
})`;

describe('task pane: 下载空白申报表 gives the CLI’s templates (Chromium)', function () {
  this.timeout(180000);
  let s: PaneSession;
  let tmp: string;
  let cliDir: string;

  before(async function () {
    requireChromium(this);
    tmp = mkdtempSync(join(tmpdir(), 'torch-pane-templates-'));
    cliDir = join(tmp, 'cli');
    assert.equal(await main(['template', 'all', '-o', cliDir], () => undefined), 0);
    s = await openPane();
    await s.page.waitForSelector('#tab-files:not([hidden])');
  });

  after(async () => {
    if (s) await s.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** Clicks `selector`, saves the download and compares it with the CLI's template of `id`. */
  async function downloadEqualsCli(page: Page, selector: string, id: AppTypeId, label: string): Promise<void> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
    assert.equal(download.suggestedFilename(), templateFileName(id), label);
    const saved = join(tmp, `${label}-${id}.xlsx`);
    await download.saveAs(saved);
    await assertSameParts(saved, join(cliDir, templateFileName(id)), `${label} ${id}`);
    const wb = await readXlsx(saved);
    assert.equal(wb.worksheets[0].name, '填报信息');
  }

  it('outside Excel: one button per application type above the tabs, each the CLI’s workbook', async () => {
    const { page } = s;
    assert.equal(await page.isVisible('#templates'), true);
    assert.deepEqual(await page.$$eval('#template-buttons button', (bs) => bs.map((b) => b.textContent)), APP_TYPES.map((t) => t.label));
    for (const t of APP_TYPES) await downloadEqualsCli(page, `[data-template="${t.id}"]`, t.id, 'browser');
    assert.match((await page.textContent('#template-result'))!, new RegExp(`已下载「${templateFileName(APP_TYPES[APP_TYPES.length - 1].id)}」`));
    assert.deepEqual(s.foreign, [], 'generated in the page: nothing is fetched from elsewhere');
    assert.deepEqual(s.errors, []);
  });

  it('in Excel: under 创建申报表, the selected type’s blank workbook for colleagues without the add-in', async () => {
    const { page } = s;
    await page.evaluate(STAND_IN_HOST);
    assert.equal(await page.isVisible('#templates'), false, 'the section of the browser pane is gone');
    assert.equal(await page.isVisible('#create-template'), true);
    assert.match((await page.textContent('.template-line'))!, /没有安装助手的同事/);
    // 创建申报表 and the line under it share the sticky strip: both on screen at 320×700
    await page.setViewportSize({ width: 320, height: 700 });
    for (const id of ['#create', '#create-template']) {
      const box = (await page.locator(id).boundingBox())!;
      assert.ok(box.y >= 0 && box.y + box.height <= 700, `${id} at ${box.y}`);
    }
    for (const t of [APP_TYPES[1], APP_TYPES[0]]) {
      await page.selectOption('#app-type', t.id);
      await downloadEqualsCli(page, '#create-template', t.id, 'excel');
      assert.match((await page.textContent('#create-template-result'))!, new RegExp(`已下载「${templateFileName(t.id)}」`));
    }
    assert.deepEqual(s.errors, []);
  });
});
