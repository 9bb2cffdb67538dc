// Merge benchmark: 13 generated returns (one per reporting unit, bases and clusters) of 2,000 rows per table.
// Baseline, measured in the same run: exceljs reading every input and writing one output of the same size
// (every data row with six origin columns, one sheet per table, plain values). Target: merge ≤ 1.5× baseline.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { REPORTING_UNITS } from '../src/core/cities';
import { mergeFiles } from '../src/cli/merge-command';
import { accountingTotals } from '../src/core/merge';
import { backboneRow, clusterRow, relatedRow, servicesRow, writeReturn, type ReturnSpec } from '../test/xlsx/merged-returns';
import { elapsedMs } from './timing';

const ROWS = 2000;
const FIRST_DATA_ROW = 4;

function spec(i: number): ReturnSpec {
  const unit = REPORTING_UNITS[i].name;
  const n = (k: number) => i * 100000 + k; // distinct codes per return
  const range = (f: (k: number) => Record<string, ExcelJS.CellValue>) => Array.from({ length: ROWS }, (_, k) => f(n(k)));
  if (i % 3 === 2) return { type: 'cluster', city: unit, name: `${unit}基准集群`, rows: { cluster: range((k) => clusterRow(k)) } };
  return {
    type: 'base', city: unit, name: `${unit}基准基地`,
    rows: {
      backbone: range((k) => backboneRow(k)),
      related: range((k) => relatedRow(k + 50000, backboneRow(n(0)).name as string)),
      services: range((k) => servicesRow(k + 70000)),
    },
  };
}

/** rss sampled every 20 ms while `fn` runs; returns the peak in MB. */
async function peakRss<T>(fn: () => Promise<T>): Promise<{ value: T; peakMb: number; ms: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = process.hrtime.bigint();
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peakMb: Math.round(peak / 1048576), ms: elapsedMs(start) };
  } finally {
    clearInterval(timer);
  }
}

/** Bare exceljs: read every input, write every data row (with six origin columns) to one sheet per table. */
async function bareReadWrite(files: string[], out: string): Promise<number> {
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
      for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + ROWS; r++) {
        const values = (ws.getRow(r).values as ExcelJS.CellValue[]).slice(1);
        dest.addRow(['地市', '申报类型', '申报项目', file, ws.name, r, ...values]);
        rows++;
      }
    }
  }
  await target.xlsx.writeFile(out);
  return rows;
}

export async function benchMerge(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'torch-bench-merge-'));
  try {
    const inDir = join(dir, 'returns');
    mkdirSync(inDir);
    const files: string[] = [];
    const genStart = process.hrtime.bigint();
    for (let i = 0; i < REPORTING_UNITS.length; i++) {
      const file = join(inDir, `${REPORTING_UNITS[i].name}-基准.xlsx`);
      await writeReturn(spec(i), file);
      files.push(file);
    }
    const genMs = elapsedMs(genStart);

    const bare = await peakRss(() => bareReadWrite(files, join(dir, 'bare.xlsx')));
    (global as { gc?: () => void }).gc?.();
    const merge = await peakRss(() => mergeFiles(files, join(dir, 'merged.xlsx')));
    const t = accountingTotals(merge.value.plan.files);
    const ratio = merge.ms / bare.ms;
    return [
      `inputs: ${files.length} returns, ${t.read} rows (${ROWS} per table), generated in ${(genMs / 1000).toFixed(1)} s`,
      `bare exceljs read + write (${bare.value} rows): ${(bare.ms / 1000).toFixed(2)} s, peak rss ${bare.peakMb} MB`,
      `merge (read, validate, plan, write with formulas and tables): ${(merge.ms / 1000).toFixed(2)} s, peak rss ${merge.peakMb} MB`,
      `merge / bare = ${ratio.toFixed(2)}× (target ≤ 1.5×) ${ratio <= 1.5 ? 'OK' : 'OVER TARGET'}; rows written ${t.written} of ${t.read}, mismatches ${merge.value.mismatches.length}`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchMerge().then((lines) => lines.forEach((l) => console.log(l)), (e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
