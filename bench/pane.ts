// The task pane's first paint in headless Chromium, served locally, against a minimal page served the same way
// in the same run; and the sizes of what the pane loads (first bundle, CSS, the lazy file-tools chunk).
// The same for 火炬申报表助手.html opened from disk (file://), against the minimal page opened from disk.
// Run alone: npx tsx bench/pane.ts

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { buildPane } from '../test/e2e/pane-build';
import { serveDist } from '../scripts/serve-dist';
import { launchChromium } from '../scripts/screenshot-pane';

const RUNS = 5;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OFFLINE_FILE_NAME } = require('../scripts/offline-file.js') as { OFFLINE_FILE_NAME: string };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** the smallest page that paints text: what any page served here costs */
const BASELINE_HTML = '<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><title>基准</title></head><body><h1>火炬申报表助手</h1></body></html>';

interface PaintTimes {
  /** first-contentful-paint, ms from navigation start */
  fcp: number;
  /** the pane's tabs set up by Office.onReady (pane only) */
  ready?: number;
}

async function measure(browser: Browser, url: string, readySelector?: string): Promise<PaintTimes> {
  // a fresh context per run: nothing cached
  const context = await browser.newContext({ viewport: { width: 360, height: 860 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    let ready: number | undefined;
    if (readySelector) {
      await page.waitForSelector(readySelector);
      ready = (await page.evaluate('performance.now()')) as number;
    }
    await page.waitForFunction("performance.getEntriesByName('first-contentful-paint').length > 0");
    const fcp = (await page.evaluate("performance.getEntriesByName('first-contentful-paint')[0].startTime")) as number;
    return { fcp, ready };
  } finally {
    await context.close();
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function sizes(dir: string): string[] {
  const files = readdirSync(dir);
  const line = (label: string, re: RegExp) => {
    const f = files.find((n) => re.test(n));
    if (!f) return `${label}: missing`;
    const bytes = readFileSync(join(dir, f));
    return `${label} ${f}: ${kb(bytes.length)} raw, ${kb(gzipSync(bytes).length)} gzipped`;
  };
  return [line('initial JS', /^taskpane\.[0-9a-f]+\.js$/), line('CSS', /^taskpane\.css$/), line('lazy chunk', /^file-tools\.[0-9a-f]+\.js$/)];
}

export async function benchPane(): Promise<string[]> {
  if (!existsSync(CHROMIUM)) return [`skipped: no Chromium at ${CHROMIUM} (scripts/install-system-deps.sh installs it)`];
  const out = mkdtempSync(join(tmpdir(), 'torch-bench-pane-'));
  try {
    await buildPane(out);
    writeFileSync(join(out, 'baseline.html'), BASELINE_HTML);
    const server = await serveDist(out);
    const browser = await launchChromium();
    try {
      const pane: PaintTimes[] = [];
      const base: PaintTimes[] = [];
      // one unmeasured load each warms the browser process and the OS file cache
      await measure(browser, `${server.url}baseline.html`);
      await measure(browser, `${server.url}taskpane.html`, '#tab-files:not([hidden])');
      for (let i = 0; i < RUNS; i++) {
        base.push(await measure(browser, `${server.url}baseline.html`));
        pane.push(await measure(browser, `${server.url}taskpane.html`, '#tab-files:not([hidden])'));
      }
      const offlineUrl = pathToFileURL(join(out, OFFLINE_FILE_NAME)).href;
      const baseFileUrl = pathToFileURL(join(out, 'baseline.html')).href;
      const offline: PaintTimes[] = [];
      const baseFile: PaintTimes[] = [];
      // warmed like the served pair: one unmeasured load of each
      await measure(browser, baseFileUrl);
      await measure(browser, offlineUrl, '#template-buttons button');
      for (let i = 0; i < RUNS; i++) {
        baseFile.push(await measure(browser, baseFileUrl));
        offline.push(await measure(browser, offlineUrl, '#template-buttons button'));
      }
      const bestOf = (xs: number[]) => Math.min(...xs);
      const offlineFcp = bestOf(offline.map((p) => p.fcp));
      const baseFileFcp = bestOf(baseFile.map((p) => p.fcp));
      const offlineBytes = readFileSync(join(out, OFFLINE_FILE_NAME)).length;
      const paneFcp = bestOf(pane.map((p) => p.fcp));
      const baseFcp = bestOf(base.map((p) => p.fcp));
      const ready = bestOf(pane.map((p) => p.ready!));
      return [
        `first contentful paint, best of ${RUNS} (local server, office.js from node_modules): pane ${paneFcp.toFixed(0)} ms, minimal page ${baseFcp.toFixed(0)} ms, ratio ${(paneFcp / baseFcp).toFixed(2)}×`,
        `pane ready (Office.onReady answered, tabs set up): ${ready.toFixed(0)} ms`,
        ...sizes(out),
        `${OFFLINE_FILE_NAME} from file://, best of ${RUNS}: first contentful paint ${offlineFcp.toFixed(0)} ms (minimal page from disk ${baseFileFcp.toFixed(0)} ms, ratio ${(offlineFcp / baseFileFcp).toFixed(2)}×; goal under 1000 ms), ready ${bestOf(offline.map((p) => p.ready!)).toFixed(0)} ms`,
        `${OFFLINE_FILE_NAME}: ${kb(offlineBytes)} (exceljs chunk inside, gzipped)`,
      ];
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchPane().then((lines) => lines.forEach((l) => console.log(l)), (e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
