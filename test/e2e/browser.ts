// The pane in headless Chromium for the browser tests: one build, served on 127.0.0.1, with a guard that
// records every console error and every request that would leave the computer.
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/screenshot-pane';
import { serveDist, type DistServer } from '../../scripts/serve-dist';
import { sharedPaneBuild } from './pane-build';
import { skipUnlessPresent } from '../helpers/skip';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumMissing(): string | null {
  if (existsSync(CHROMIUM)) return null;
  return `no Chromium at ${CHROMIUM}; install it with scripts/install-system-deps.sh or set CHROMIUM_PATH`;
}

/**
 * For a `before` hook: skips the suite with a message when Chromium is missing on a developer's machine. In CI
 * (.ci/run installs Chromium) a missing browser is a failure, so a broken install step cannot pass as skipped tests.
 */
export function requireChromium(ctx: Mocha.Context): void {
  skipUnlessPresent(ctx, chromiumMissing());
}

export interface PaneSession {
  server: DistServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** console errors and uncaught exceptions of the page */
  errors: string[];
  /** requests to anything but the local server (blob: and data: URLs are local) */
  foreign: string[];
  /** every URL the page requested, in order */
  requests: string[];
  /** Date.now() when the page was opened */
  openedAt: number;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** script run in the page before its own, e.g. to take a feature away */
  initScript?: string;
}

export async function openPane(opts: OpenOptions = {}): Promise<PaneSession> {
  const build = await sharedPaneBuild();
  const server = await serveDist(build.out);
  const browser = await launchChromium();
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 360, height: 860 }, deviceScaleFactor: 1 });
  if (opts.initScript) await context.addInitScript(opts.initScript);
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
  // the console names no URL for a failed load
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  context.on('request', (r) => {
    const url = r.url();
    requests.push(url);
    if (/^(blob|data):/.test(url)) return;
    if (new URL(url).hostname !== '127.0.0.1') foreign.push(url);
  });
  const openedAt = Date.now();
  await page.goto(`${server.url}taskpane.html`);
  return {
    openedAt,
    server,
    browser,
    context,
    page,
    errors,
    foreign,
    requests,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Milliseconds a click on `button` takes to re-render what it re-renders, layout included (the handlers of the pane
 * render synchronously).
 */
export async function clickRenderTime(page: Page, button: string): Promise<number> {
  return (await page.evaluate(`(() => {
    const b = document.querySelector(${JSON.stringify(button)});
    const t = performance.now();
    b.click();
    document.body.offsetHeight;
    return performance.now() - t;
  })()`)) as number;
}
