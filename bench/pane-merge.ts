// The pane's merge + download in headless Chromium at the merge bench's 13 returns × 2,000 rows per table: the
// peak memory of the page's renderer process while the merged workbook becomes the Blob a download takes, today's
// way (exceljs writeBuffer's bytes, checked, in a Blob) against part by part (workbook-blob.ts), in the same run,
// alternating, each in a fresh browser. Peak = the renderer's VmHWM (Linux), reset after the merge (clear_refs) so
// that the write step's own peak is seen; the JS heap after the merge is given beside it.
// Run alone: npx tsx bench/pane-merge.ts   (TORCH_BENCH_INPUTS=folder keeps the returns, as bench/merge.ts;
// TORCH_BENCH_PANE_ROUNDS=n rounds, default 1; TORCH_BENCH_PANE_ROWS=n rows per table, default 2,000)

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';
import { REPORTING_UNITS } from '../src/core/cities';
import { serveDist } from '../scripts/serve-dist';
import { launchChromium } from '../scripts/screenshot-pane';
import { inputs } from './merge';
import { elapsedMs } from './timing';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../webpack.config.js') as (env: Record<string, unknown>, argv: Record<string, unknown>) => webpack.Configuration;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROWS = Number(process.env.TORCH_BENCH_PANE_ROWS ?? 2000);
const ROUNDS = Number(process.env.TORCH_BENCH_PANE_ROUNDS ?? 1);
const PAGE = '<!doctype html><html><head><meta charset="UTF-8"><title>bench</title></head><body><input type="file" id="files" multiple><script src="pane-merge.js"></script></body></html>';

type Kind = 'bytes' | 'blob';

interface Run {
  rows: number;
  size: number;
  mergeMs: number;
  writeMs: number;
  /** renderer resident memory when the write starts, MB */
  startMb: number;
  /** renderer peak during the write, MB */
  peakMb: number;
  /** renderer peak during the merge, MB */
  mergePeakMb: number;
  heapMb: number;
  /** JS heap in use when the write starts, and the most seen during it, MB */
  heapStartMb: number;
  heapPeakMb: number;
}

async function buildPage(out: string): Promise<void> {
  const config = makeConfig({ outputPath: out }, { mode: 'production' });
  config.entry = { 'pane-merge': './bench/pane-merge-page.ts' };
  config.output = { ...config.output, filename: '[name].js', chunkFilename: '[name].js' };
  config.plugins = [];
  config.devtool = false;
  await new Promise<void>((ok, fail) => webpack(config, (err, s) => (err ? fail(err) : s!.hasErrors() ? fail(new Error(s!.toString('errors-only'))) : ok())));
  writeFileSync(join(out, 'pane-merge.html'), PAGE);
}

/** Descendants of this process whose command line says they are renderers. */
function renderers(): number[] {
  const parent = new Map<number, number>();
  const cmd = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      cmd.set(Number(name), readFileSync(`/proc/${name}/cmdline`, 'utf8'));
    } catch {
      // gone meanwhile
    }
  }
  const mine = (pid: number): boolean => {
    for (let p = parent.get(pid); p; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  return [...cmd].filter(([pid, c]) => c.includes('--type=renderer') && mine(pid)).map(([pid]) => pid);
}

function status(pid: number): { rss: number; hwm: number } {
  const s = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

async function measure(url: string, files: string[], kind: Kind): Promise<Run> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.setInputFiles('#files', files);
    let start = process.hrtime.bigint();
    const rows = (await page.evaluate('window.bench.merge()')) as number;
    const mergeMs = elapsedMs(start);
    // the page's renderer: the biggest of this browser's
    const pid = renderers().map((p) => [p, status(p).rss] as const).sort((a, b) => b[1] - a[1])[0][0];
    const heapMb = ((await page.evaluate('performance.memory ? performance.memory.usedJSHeapSize : 0')) as number) / 2 ** 20;
    const mergePeakMb = status(pid).hwm;
    // the JS heap in use, sampled whenever the page answers (between its tasks: a peak inside one is missed)
    const cdp = await page.context().newCDPSession(page);
    const heapUsed = async () => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 2 ** 20;
    const heapStartMb = await heapUsed();
    let heapPeakMb = heapStartMb;
    let writing = true;
    const sampling = (async () => {
      while (writing) {
        heapPeakMb = Math.max(heapPeakMb, await heapUsed());
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    // Linux: 5 resets the peak to the current resident size
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    const startMb = status(pid).rss;
    start = process.hrtime.bigint();
    const size = (await page.evaluate(`window.bench.write(${JSON.stringify(kind)})`)) as number;
    const writeMs = elapsedMs(start);
    const peakMb = status(pid).hwm;
    writing = false;
    await sampling;
    return { rows, size, mergeMs, writeMs, startMb, peakMb, mergePeakMb, heapMb, heapStartMb, heapPeakMb };
  } finally {
    await browser.close();
  }
}

const mb = (n: number) => `${Math.round(n)} MB`;

export async function benchPaneMerge(): Promise<string[]> {
  if (!existsSync(CHROMIUM)) return [`skipped: no Chromium at ${CHROMIUM}`];
  if (!existsSync('/proc/self/clear_refs')) return ['skipped: needs Linux /proc to read the renderer\'s peak memory'];
  const out = mkdtempSync(join(tmpdir(), 'torch-bench-pane-page-'));
  const { dir, keep } = await inputs({ name: ROWS === 2000 ? '62k' : `pane-${ROWS}`, files: REPORTING_UNITS.length, rows: ROWS });
  try {
    await buildPage(out);
    const server = await serveDist(out);
    const files = readdirSync(join(dir, 'returns')).sort().map((f) => join(dir, 'returns', f));
    const runs: Record<Kind, Run[]> = { bytes: [], blob: [] };
    try {
      for (let k = 0; k < ROUNDS; k++) for (const kind of ['bytes', 'blob'] as Kind[]) runs[kind].push(await measure(`${server.url}pane-merge.html`, files, kind));
    } finally {
      await server.close();
    }
    // the least memory of each (the runs alternate; a busy machine only adds)
    const best = (rs: Run[]) => rs.reduce((a, b) => (b.peakMb - b.startMb < a.peakMb - a.startMb ? b : a));
    const [a, b] = [best(runs.bytes), best(runs.blob)];
    const extra = (r: Run) => r.peakMb - r.startMb;
    return [
      `${files.length} returns × ${ROWS} rows per table in the pane (headless Chromium): ${b.rows} rows read, merged in ${(b.mergeMs / 1000).toFixed(1)} s; renderer peak during the merge ${mb(b.mergePeakMb)}, JS heap after it ${mb(b.heapMb)}; best of ${ROUNDS}`,
      `  merged workbook → Blob, today's way (writeBuffer + check): ${(a.writeMs / 1000).toFixed(1)} s, renderer ${mb(a.startMb)} → peak ${mb(a.peakMb)} (+${mb(extra(a))}), ${(a.size / 2 ** 20).toFixed(1)} MB file`,
      `  part by part (workbook-blob.ts): ${(b.writeMs / 1000).toFixed(1)} s, renderer ${mb(b.startMb)} → peak ${mb(b.peakMb)} (+${mb(extra(b))}), ${(b.size / 2 ** 20).toFixed(1)} MB file`,
      `  JS heap during the write (sampled between the page's tasks): today ${mb(a.heapStartMb)} → ${mb(a.heapPeakMb)} (+${mb(a.heapPeakMb - a.heapStartMb)}), part by part ${mb(b.heapStartMb)} → ${mb(b.heapPeakMb)} (+${mb(b.heapPeakMb - b.heapStartMb)})`,
      `  memory the write adds: part by part / today = ${(extra(b) / extra(a)).toFixed(2)}×; peak of merge + download: ${(Math.max(b.mergePeakMb, b.peakMb) / Math.max(a.mergePeakMb, a.peakMb)).toFixed(2)}× (${mb(Math.max(b.mergePeakMb, b.peakMb))} against ${mb(Math.max(a.mergePeakMb, a.peakMb))}); time ${(b.writeMs / a.writeMs).toFixed(2)}×`,
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchPaneMerge().then((lines) => lines.forEach((l) => console.log(l)), (e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
