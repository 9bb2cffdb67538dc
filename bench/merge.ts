// Merge benchmark: generated returns (one per reporting unit, bases and clusters; past 13 the units come round
// again), each case run against two baselines in the same invocation, every job in its own Node process:
// - the non-streaming floor (exceljs readFile + writeFile of the same rows, bench/floors.ts);
// - the streaming floor (exceljs's streaming reader into row arrays + its streaming writer, bench/floors.ts).
// Cases: 13 returns × 2,000 rows per table (62,000 rows), the same with 4× the rows, 200 returns × 50 rows.
// Goals (issue 11): merge ≤ 0.65× the non-streaming floor and ≤ 1.6× the streaming floor; peak RSS ≤ 0.5 GB at
// 62,000 rows; 4× the rows in ≤ 4.4× the time; 200 × 50 ≤ 1.5× the non-streaming floor.
// Run alone: npx tsx bench/merge.ts [case ...]   (cases: 62k, 4x, 200x50; TORCH_BENCH_INPUTS=folder keeps the
// generated returns there between runs)

import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { REPORTING_UNITS } from '../src/core/cities';
import { backboneRow, clusterRow, code, relatedRow, servicesRow, writeReturn, type ReturnSpec } from '../test/xlsx/merged-returns';
import { elapsedMs } from './timing';
import { bareReadWrite, streamingReadWrite } from './floors';

const ROWS = 2000;

/** Return i of a generated set: unit i mod 13, `rows` rows per table, codes and names distinct across the set. */
export function spec(i: number, rows = ROWS): ReturnSpec {
  const u = REPORTING_UNITS[i % REPORTING_UNITS.length];
  const round = Math.floor(i / REPORTING_UNITS.length);
  const suffix = round ? String(round + 1) : '';
  const unit = u.name;
  // enterprises registered in the unit's own city, as in a real return (the zones use their host city's area)
  const area = u.code || REPORTING_UNITS.find((h) => h.name === u.hostCity)!.code;
  const local = (row: Record<string, ExcelJS.CellValue>, k: number) => ({ ...row, uscc: code(k, area) });
  // distinct codes per return (seven digits: later rounds of the 13 units share the unit's block)
  if (round && rows > 1000) throw new Error('more than 13 returns: at most 1,000 rows each');
  const n = (k: number) => (i % REPORTING_UNITS.length) * 100000 + round * 1000 + k;
  const range = (f: (k: number) => Record<string, ExcelJS.CellValue>) => Array.from({ length: rows }, (_, k) => f(n(k)));
  if (i % 3 === 2) return { type: 'cluster', city: unit, name: `${unit}基准集群${suffix}`, rows: { cluster: range((k) => local(clusterRow(k), k)) } };
  return {
    type: 'base', city: unit, name: `${unit}基准基地${suffix}`,
    rows: {
      backbone: range((k) => local(backboneRow(k), k)),
      related: range((k) => local(relatedRow(k + 50000, backboneRow(n(0)).name as string), k + 50000)),
      services: range((k) => local(servicesRow(k + 70000), k + 70000)),
    },
  };
}

interface Measured {
  ms: number;
  peakMb: number;
  rows: number;
  written?: number;
  mismatches?: number;
}

type Job = 'bare' | 'stream' | 'merge';

/**
 * One job in a fresh Node process, so no side pays for another's heap: wall time of the job inside the child,
 * and the child's peak resident memory.
 */
function measureInChild(job: Job, dir: string, perTable: number): Measured {
  const r = spawnSync(process.execPath, ['--import', 'tsx', __filename, job, dir, String(perTable)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${job} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Measured;
}

async function runJob(job: Job, dir: string, perTable: number): Promise<Measured> {
  const files = readdirSync(join(dir, 'returns')).sort().map((f) => join(dir, 'returns', f));
  const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
  if (job !== 'merge') {
    const start = process.hrtime.bigint();
    const rows = await (job === 'bare' ? bareReadWrite : streamingReadWrite)(files, join(dir, `${job}.xlsx`), perTable);
    return { ms: elapsedMs(start), peakMb: peakMb(), rows };
  }
  // the command as installed: the compiled lib/ (benchMerge builds it), not the sources through tsx; loaded before
  // the clock starts, as the floors' modules are (bench/cli-start.ts measures loading)
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { mergeFiles } = require(join(ROOT, 'lib/cli/merge-command.js')) as typeof import('../src/cli/merge-command');
  const { accountingTotals } = require(join(ROOT, 'lib/core/merge')) as typeof import('../src/core/merge');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const start = process.hrtime.bigint();
  const merged = await mergeFiles(files, join(dir, 'merged.xlsx'));
  const ms = elapsedMs(start);
  const t = accountingTotals(merged.plan.files);
  return { ms, peakMb: peakMb(), rows: t.read, written: t.written, mismatches: merged.mismatches.length };
}

const best = (runs: Measured[]): Measured => runs.reduce((a, b) => (b.ms < a.ms ? b : a));

export interface MergeCase {
  name: string;
  files: number;
  /** rows per table in each return */
  rows: number;
  /** rounds of the three jobs (the big cases run once: minutes each on 2 shared cores) */
  rounds: number;
}

export const CASES: MergeCase[] = [
  { name: '62k', files: REPORTING_UNITS.length, rows: ROWS, rounds: 2 },
  { name: '4x', files: REPORTING_UNITS.length, rows: 4 * ROWS, rounds: 1 },
  { name: '200x50', files: 200, rows: 50, rounds: 2 },
];

/** The case's returns: generated into a temporary folder (or kept under TORCH_BENCH_INPUTS/<case>). */
export async function inputs(c: Pick<MergeCase, 'name' | 'files' | 'rows'>): Promise<{ dir: string; keep: boolean }> {
  const root = process.env.TORCH_BENCH_INPUTS;
  const dir = root ? join(root, c.name) : mkdtempSync(join(tmpdir(), `torch-bench-merge-${c.name}-`));
  const inDir = join(dir, 'returns');
  if (existsSync(inDir) && readdirSync(inDir).length === c.files) return { dir, keep: true };
  mkdirSync(inDir, { recursive: true });
  for (let i = 0; i < c.files; i++) await writeReturn(spec(i, c.rows), join(inDir, `${REPORTING_UNITS[i % REPORTING_UNITS.length].name}-${i}.xlsx`));
  return { dir, keep: Boolean(root) };
}

export interface CaseResult {
  c: MergeCase;
  bare: Measured;
  stream: Measured;
  merge: Measured;
}

export async function runCase(c: MergeCase): Promise<CaseResult> {
  const { dir, keep } = await inputs(c);
  try {
    // the three jobs alternate, each in its own process; the best of each is kept
    const runs: Record<Job, Measured[]> = { bare: [], stream: [], merge: [] };
    for (let k = 0; k < c.rounds; k++) for (const job of ['bare', 'stream', 'merge'] as Job[]) runs[job].push(measureInChild(job, dir, c.rows));
    return { c, bare: best(runs.bare), stream: best(runs.stream), merge: best(runs.merge) };
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const x = (r: number) => `${r.toFixed(2)}×`;
const verdict = (ok: boolean) => (ok ? 'OK' : 'OVER TARGET');

export function caseLines(r: CaseResult, one?: CaseResult): string[] {
  const { c, bare, stream, merge } = r;
  const vsBare = merge.ms / bare.ms;
  const vsStream = merge.ms / stream.ms;
  const bareGoal = c.name === '200x50' ? 1.5 : 0.65;
  const lines = [
    `[${c.name}] ${c.files} returns × ${c.rows} rows per table: ${merge.rows} rows read, ${merge.written} written, mismatches ${merge.mismatches}; best of ${c.rounds}`,
    `  non-streaming floor ${s(bare.ms)}, ${bare.peakMb} MB · streaming floor ${s(stream.ms)}, ${stream.peakMb} MB · merge ${s(merge.ms)}, ${merge.peakMb} MB`,
    `  merge / non-streaming floor = ${x(vsBare)} (goal ≤ ${bareGoal}×) ${verdict(vsBare <= bareGoal)}; merge / streaming floor = ${x(vsStream)} (goal ≤ 1.6×) ${verdict(vsStream <= 1.6)}`,
    `  peak RSS ${merge.peakMb} MB = ${x(merge.peakMb / bare.peakMb)} the non-streaming floor${c.name === '62k' ? ` (goal ≤ 500 MB) ${verdict(merge.peakMb <= 500)}` : ''}`,
  ];
  if (one && c.name === '4x') {
    const growth = merge.ms / one.merge.ms;
    lines.push(`  4× the rows: merge ${x(growth)} the time of 1× (goal ≤ 4.4×) ${verdict(growth <= 4.4)}; floors ${x(bare.ms / one.bare.ms)} and ${x(stream.ms / one.stream.ms)}`);
  }
  return lines;
}

const ROOT = join(__dirname, '..');

export async function benchMerge(names = CASES.map((c) => c.name)): Promise<string[]> {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.js')], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building lib/ failed: ${build.stderr}`);
  const lines: string[] = [];
  let one: CaseResult | undefined;
  for (const c of CASES.filter((k) => names.includes(k.name))) {
    const r = await runCase(c);
    if (c.name === '62k') one = r;
    lines.push(...caseLines(r, one));
  }
  return lines;
}

if (require.main === module) {
  const [job, dir, perTable] = process.argv.slice(2);
  if (job === 'bare' || job === 'stream' || job === 'merge') {
    runJob(job, dir, Number(perTable ?? ROWS)).then((m) => console.log(JSON.stringify(m)), (e) => {
      console.error(e);
      process.exitCode = 1;
    });
  } else {
    const names = process.argv.slice(2);
    benchMerge(names.length ? names : undefined).then((lines) => lines.forEach((l) => console.log(l)), (e) => {
      console.error(e);
      process.exitCode = 1;
    });
  }
}
