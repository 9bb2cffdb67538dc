// Merge benchmark: 13 generated returns (one per reporting unit, bases and clusters) of 2,000 rows per table.
// Baseline, measured in the same run: exceljs reading every input and writing one output of the same size
// (every data row with six origin columns, one sheet per table, plain values). Target: merge ≤ 1.5× baseline.

import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { REPORTING_UNITS } from '../src/core/cities';
import { mergeFiles } from '../src/cli/merge-command';
import { accountingTotals } from '../src/core/merge';
import { backboneRow, clusterRow, code, relatedRow, servicesRow, writeReturn, type ReturnSpec } from '../test/xlsx/merged-returns';
import { elapsedMs } from './timing';

const ROWS = 2000;
const FIRST_DATA_ROW = 4;

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

/** Bare exceljs: read every input, write every data row (with six origin columns) to one sheet per table. */
async function bareReadWrite(files: string[], out: string, perTable: number): Promise<number> {
  const target = new ExcelJS.Workbook();
  const sheets = new Map<string, ExcelJS.Worksheet>();
  let rows = 0;
  for (const file of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file, { ignoreNodes: ['dataValidations'] } as Partial<ExcelJS.XlsxReadOptions>);
    for (const ws of wb.worksheets) {
      if (ws.state !== 'visible' || ws.name === '填报信息') continue;
      let dest = sheets.get(ws.name);
      if (!dest) sheets.set(ws.name, (dest = target.addWorksheet(ws.name)));
      for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + perTable; r++) {
        const values = (ws.getRow(r).values as ExcelJS.CellValue[]).slice(1);
        dest.addRow(['地市', '申报类型', '申报项目', file, ws.name, r, ...values]);
        rows++;
      }
    }
  }
  await target.xlsx.writeFile(out);
  return rows;
}

interface Measured {
  ms: number;
  peakMb: number;
  rows: number;
  written?: number;
  mismatches?: number;
}

/**
 * One job in a fresh Node process, so neither side pays for the other's heap: wall time of the job inside the
 * child, and the child's peak resident memory.
 */
function measureInChild(job: 'bare' | 'merge', dir: string, perTable: number): Measured {
  const r = spawnSync(process.execPath, ['--import', 'tsx', __filename, job, dir, String(perTable)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${job} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Measured;
}

async function runJob(job: string, dir: string, perTable: number): Promise<Measured> {
  const files = readdirSync(join(dir, 'returns')).sort().map((f) => join(dir, 'returns', f));
  const start = process.hrtime.bigint();
  if (job === 'bare') {
    const rows = await bareReadWrite(files, join(dir, 'bare.xlsx'), perTable);
    return { ms: elapsedMs(start), peakMb: Math.round(process.resourceUsage().maxRSS / 1024), rows };
  }
  const merged = await mergeFiles(files, join(dir, 'merged.xlsx'));
  const t = accountingTotals(merged.plan.files);
  return { ms: elapsedMs(start), peakMb: Math.round(process.resourceUsage().maxRSS / 1024), rows: t.read, written: t.written, mismatches: merged.mismatches.length };
}

const best = (runs: Measured[]): Measured => runs.reduce((a, b) => (b.ms < a.ms ? b : a));

export async function benchMerge(rounds = 2): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'torch-bench-merge-'));
  try {
    const inDir = join(dir, 'returns');
    mkdirSync(inDir);
    const genStart = process.hrtime.bigint();
    for (let i = 0; i < REPORTING_UNITS.length; i++) await writeReturn(spec(i), join(inDir, `${REPORTING_UNITS[i].name}-基准.xlsx`));
    const genMs = elapsedMs(genStart);

    // alternate the two jobs, each in its own process, and keep the best of each
    const bares: Measured[] = [];
    const merges: Measured[] = [];
    for (let k = 0; k < rounds; k++) {
      bares.push(measureInChild('bare', dir, ROWS));
      merges.push(measureInChild('merge', dir, ROWS));
    }
    const bare = best(bares);
    const merge = best(merges);
    const ratio = merge.ms / bare.ms;
    return [
      `inputs: ${REPORTING_UNITS.length} returns, ${merge.rows} rows (${ROWS} per table), generated in ${(genMs / 1000).toFixed(1)} s`,
      `bare exceljs read + write (${bare.rows} rows), best of ${rounds}: ${(bare.ms / 1000).toFixed(2)} s, peak rss ${bare.peakMb} MB`,
      `merge (read, validate, plan, write with formulas and tables), best of ${rounds}: ${(merge.ms / 1000).toFixed(2)} s, peak rss ${merge.peakMb} MB`,
      `merge / bare = ${ratio.toFixed(2)}× (target ≤ 1.5×) ${ratio <= 1.5 ? 'OK' : 'OVER TARGET'}; peak memory ${(merge.peakMb / bare.peakMb).toFixed(2)}× bare; rows written ${merge.written} of ${merge.rows}, mismatches ${merge.mismatches}`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [job, dir, perTable] = process.argv.slice(2);
  if (job === 'bare' || job === 'merge') {
    runJob(job, dir, Number(perTable ?? ROWS)).then((m) => console.log(JSON.stringify(m)), (e) => {
      console.error(e);
      process.exitCode = 1;
    });
  } else {
    benchMerge().then((lines) => lines.forEach((l) => console.log(l)), (e) => {
      console.error(e);
      process.exitCode = 1;
    });
  }
}
