// torch-tables merge <files or folders...> -o OUT.xlsx [--json REPORT.json]: every city's returns into one
// province workbook. Exit 0 clean; 1 some return has errors; 2 a file could not be read or rows went missing.

import * as path from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { buildMergePlan, accountingTotals, type MergePlan } from '../core/merge';
import { FIGURES, STATUS_LABEL } from '../core/rollup';
import { writeMergedWorkbook } from '../xlsx/merged';
import { readReturns, type Progress } from './read-returns';
import { expandInputs } from './inputs';
import { parseArgs, UsageError } from './args';
import { writeFailure } from './write-failure';
import { TABLE_VERSION, TOOL_VERSION } from './version';

export { displayNames, readReturn, readReturns, type Progress } from './read-returns';

export interface MergeOutcome {
  plan: MergePlan;
  mismatches: string[];
  startedAt: string;
}

/** The whole merge: read every file, plan, write the workbook. */
export async function mergeFiles(paths: string[], outPath: string, progress?: Progress): Promise<MergeOutcome> {
  const startedAt = new Date().toISOString();
  const files = await readReturns(paths, progress);
  const plan = buildMergePlan(files);
  const mismatches = await writeMergedWorkbook(plan, outPath, { startedAt, toolVersion: TOOL_VERSION, templateVersion: TABLE_VERSION });
  return { plan, mismatches, startedAt };
}

/** A one-line progress bar on a terminal; nothing when stderr is a file or a pipe. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress | undefined {
  if (!stream.isTTY) return undefined;
  return (done, total, file) => {
    const width = 24;
    const filled = total ? Math.round((done / total) * width) : width;
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const line = done < total ? `读取 ${bar} ${done}/${total} ${file}` : `读取 ${bar} ${total}/${total} 完成`;
    stream.write(`\r\x1b[2K${line}${done >= total ? '\n' : ''}`);
  };
}

export function mergeReport(o: MergeOutcome, outPath: string): object {
  const { plan } = o;
  return {
    tool: 'torch-tables', version: TOOL_VERSION, templateVersion: TABLE_VERSION, startedAt: o.startedAt, output: outPath,
    rows: { ...accountingTotals(plan.files), ok: o.mismatches.length === 0 },
    mismatches: o.mismatches,
    files: plan.files,
    applications: plan.applications.map((a) => ({
      city: a.city, type: a.typeLabel, name: a.name, file: a.file.name, inferred: a.inferred, date: a.date,
      status: STATUS_LABEL[a.rollup.status], errors: a.rollup.errors, warnings: a.rollup.warnings, figures: a.rollup.figures,
    })),
    units: [...plan.units, plan.province].map((u) => ({ ...u })),
    figures: FIGURES.map((f) => ({ key: f.key, label: f.label, unit: f.unit })),
    duplicates: plan.duplicates,
    issues: plan.problems,
  };
}

export async function mergeCommand(argv: string[], out: (line: string) => void): Promise<number> {
  const { positional, options } = parseArgs(argv, ['out', 'json'], { o: 'out' });
  if (positional.length === 0) throw new UsageError('请指定要合并的 .xlsx 文件或文件夹');
  if (typeof options.out !== 'string') throw new UsageError('请用 -o 指定合并结果的文件名,如 -o 全省汇总.xlsx');
  const outPath = options.out;
  if (!/\.xlsx$/i.test(outPath)) throw new UsageError(`合并结果应保存为 .xlsx 文件,现为「${outPath}」`);
  const paths = (await expandInputs(positional)).filter((p) => path.resolve(p) !== path.resolve(outPath));
  if (paths.length === 0) throw new UsageError('没有找到要合并的 .xlsx 文件');

  for (const file of [outPath, options.json]) {
    if (typeof file === 'string') await mkdir(path.dirname(path.resolve(file)), { recursive: true }).catch(writeFailure(path.dirname(file)));
  }
  const outcome = await mergeFiles(paths, outPath, paths.length > 1 ? terminalProgress() : undefined).catch(writeFailure(outPath));
  const { plan, mismatches } = outcome;
  if (typeof options.json === 'string') {
    const json = options.json;
    await writeFile(json, JSON.stringify(mergeReport(outcome, outPath), null, 2)).catch(writeFailure(json));
  }

  const t = accountingTotals(plan.files);
  const unreadable = plan.files.filter((f) => f.status === 'unreadable');
  const superseded = plan.files.filter((f) => f.status === 'superseded');
  const withErrors = plan.applications.filter((a) => a.rollup.errors > 0).length;
  out(`已合并 ${plan.applications.length} 个申报项目(${plan.files.length} 个文件),写入 ${outPath}`);
  out(`明细 ${t.written} 行;读取 ${t.read} 行${t.superseded ? `,其中 ${t.superseded} 行属于被取代的文件` : ''}`);
  for (const f of superseded) out(`  被取代:${f.file} → ${f.supersededBy}`);
  for (const f of unreadable) out(`  无法读取:${f.failure?.message ?? f.file}`);
  if (withErrors) out(`${withErrors} 个申报项目有错误,详见「问题清单」`);
  if (plan.duplicates.length) out(`${plan.duplicates.length} 个统一社会信用代码出现在多个申报项目中,详见「跨项目重复」`);
  for (const m of mismatches) out(`行数核对失败:${m}`);
  if (unreadable.length || mismatches.length) return 2;
  return withErrors ? 1 : 0;
}
