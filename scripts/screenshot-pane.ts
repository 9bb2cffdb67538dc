// Screenshots of the built task pane as a person sees it, in headless Chromium with no internet:
// the pane outside Excel (校验文件), the create tab, and the check tab fed with sample issues by a stand-in host.
// The file tabs on real returns are photographed by the browser tests (test/e2e, into test-artifacts/e2e).
// Run after `npm run build`: npx tsx scripts/screenshot-pane.ts [out-dir]
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { serveDist } from './serve-dist';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

async function main(out: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  const server = await serveDist('dist');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 860 }, deviceScaleFactor: 1 });
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForSelector('#notice:not([hidden])');
    await page.screenshot({ path: join(out, 'pane-outside-excel.png'), fullPage: true });

    // a stand-in host, so both tabs can be seen working (a string: tsx's helpers do not exist in the page)
    await page.evaluate(`{
      const issues = [
        { code: 'cell/required', severity: 'error', sheet: '骨干企业情况表', row: 5, column: 'B', field: '企业名称', message: '「企业名称」必须填写' },
        { code: 'cell/uscc-checksum', severity: 'error', sheet: '骨干企业情况表', row: 6, column: 'C', field: '统一社会信用代码', value: '91140100MA0K12345X', message: '统一社会信用代码 91140100MA0K12345X 的校验位不正确，请对照营业执照核实' },
        { code: 'row/not-greater', severity: 'warning', sheet: '骨干企业情况表', row: 8, column: 'H', field: '出口创汇', message: '「出口创汇」大于「营业收入」，请核实' },
        { code: 'cell/enum', severity: 'error', sheet: '主要关联企业情况表', row: 4, column: 'E', field: '所属骨干企业', message: '「所属骨干企业」不在骨干企业情况表中' },
        { code: 'cell/number-as-text', severity: 'notice', sheet: '主要关联企业情况表', row: 7, column: 'G', field: '从业人员', message: '「从业人员」是以文本存储的数字' },
        { code: 'table/total', severity: 'warning', sheet: '科技服务机构情况表', row: 12, column: 'F', field: '服务收入', message: '合计行与各行之和不符' },
      ];
      const host = {
        features: () => ({ canCreate: true, canCheck: true, liveChecking: false, dropDowns: true, cellMarks: true }),
        createApplication: () => Promise.resolve({ created: ['填报信息'], skipped: [], omitted: [] }),
        fullCheck: () => Promise.resolve(issues),
        onIssues: () => () => undefined,
        selectCell: () => Promise.resolve(),
        confirmCode: () => Promise.resolve(),
        refreshSummary: () => Promise.resolve('汇总'),
        writeSheets: (sheets) => Promise.resolve({ written: sheets.map((x) => x.name), renamed: {} }),
      };
      window.torchTablesPane.useHost(host);
    }`);
    await page.screenshot({ path: join(out, 'pane-create.png'), fullPage: true });
    await page.click('#tab-check');
    await page.waitForSelector('.issue');
    await page.screenshot({ path: join(out, 'pane-check.png'), fullPage: true });
    await page.click('.filter:nth-child(3)');
    await page.screenshot({ path: join(out, 'pane-check-warnings.png'), fullPage: true });
    console.log(`screenshots in ${resolve(out)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (require.main === module) {
  main(process.argv[2] ?? 'test-artifacts/screenshots').catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
