// torch-tables merge <files or folders...> -o OUT.xlsx [--json REPORT.json]: every city's returns into one
// province workbook. Exit 0 clean; 1 some return has errors (or resubmissions a person must choose between);
// 2 a file could not be read or rows went missing.
//
// Nothing is lost: outputs may not be inputs (checked before reading); the workbook and then the report are
// written atomically (temporary file, fsync, rename), and the previous report is removed first, so a run that
// fails leaves neither a broken workbook nor a report that no longer matches it.

import * as path from 'node:path';
import { mkdir, rm } from 'node:fs/promises';
import { buildMergePlan, accountingTotals, type MergePlan } from '../core/merge';
import { FIGURES, STATUS_LABEL } from '../core/rollup';
import { outcomeOfCounts } from '../core/outcome';
import { writeMergedWorkbook } from '../xlsx/merged-file';
import { writeFileAtomic } from '../xlsx/write-file';
import { readReturns, DEFAULT_READ_LIMITS, type Progress, type ReadLimits } from './read-returns';
import { findInputs, type InputFile } from './inputs';
import { checkOutputs } from './output-paths';
import { parseArgs, UsageError } from './args';
import { writeFailure } from './write-failure';
import { TABLE_VERSION, TOOL_VERSION } from './version';

export { displayNames, readReturns, type Progress } from './read-returns';

export interface MergeOutcome {
  plan: MergePlan;
  mismatches: string[];
  startedAt: string;
}

/** The whole merge: read every file, plan, write the workbook. */
export async function mergeFiles(
  paths: (string | InputFile)[], outPath: string, progress?: Progress, limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<MergeOutcome> {
  const startedAt = new Date().toISOString();
  const files = await readReturns(paths, progress, limits);
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
  const t = accountingTotals(plan.files);
  return {
    tool: 'torch-tables', version: TOOL_VERSION, templateVersion: TABLE_VERSION, startedAt: o.startedAt, output: outPath,
    rows: { ...t, ok: o.mismatches.length === 0 && t.read === t.written + t.superseded + t.leftOut },
    mismatches: o.mismatches,
    files: plan.files,
    skipped: plan.files.filter((f) => f.status === 'skipped').map((f) => ({ file: f.file, path: f.path, code: f.skipped?.code, reason: f.note })),
    tied: plan.tied,
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

/** The summary printed after a merge, one line each. */
export function summaryLines(o: MergeOutcome, outPath: string): string[] {
  const { plan, mismatches } = o;
  const t = accountingTotals(plan.files);
  const of = (s: string) => plan.files.filter((f) => f.status === s);
  const withErrors = plan.applications.filter((a) => outcomeOfCounts(a.rollup) === 'return').length;
  const read = plan.files.length - of('skipped').length;
  // the first two lines keep the wording the task pane shows too
  const lines = [`已合并 ${plan.applications.length} 个申报项目（${read} 个文件），写入 ${outPath}`];
  const parts = [`明细 ${t.written} 行；读取 ${t.read} 行`];
  if (t.superseded) parts.push(`其中 ${t.superseded} 行属于被取代的文件`);
  if (t.leftOut) parts.push(`${t.leftOut} 行未合并（见「问题清单」）`);
  lines.push(parts.join('，'));
  for (const f of of('superseded')) lines.push(`  被取代：${f.note}`);
  for (const group of plan.tied) lines.push(`  无法判断以哪份为准，均未合并，请人工选择：${group.map((f) => `「${f}」`).join('、')}`);
  for (const f of of('unreadable')) lines.push(`  无法读取：${f.failure?.message ?? f.file}`);
  for (const f of of('skipped')) lines.push(`  已跳过：${f.note}`);
  if (withErrors) lines.push(`${withErrors} 个申报项目有错误，详见「问题清单」`);
  if (plan.duplicates.length) lines.push(`${plan.duplicates.length} 个统一社会信用代码出现在多个申报项目中，详见「跨项目重复」`);
  for (const m of mismatches) lines.push(`行数核对失败：${m}`);
  return lines;
}

export async function mergeCommand(argv: string[], out: (line: string) => void, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<number> {
  const { positional, options } = parseArgs(argv, ['out', 'json'], { o: 'out' });
  if (positional.length === 0) throw new UsageError('请指定要合并的 .xlsx 文件或文件夹');
  if (typeof options.out !== 'string') throw new UsageError('请用 -o 指定合并结果的文件名，如 -o 全省汇总.xlsx');
  const outPath = options.out;
  const json = typeof options.json === 'string' ? options.json : undefined;
  if (!/\.xlsx$/i.test(outPath)) throw new UsageError(`合并结果应保存为 .xlsx 文件，现为「${outPath}」`);
  const inputs = await findInputs(positional);
  await checkOutputs([{ option: '-o', path: outPath }, ...(json ? [{ option: '--json', path: json }] : [])], inputs);
  if (!inputs.some((f) => !f.skipped)) throw new UsageError('没有找到要合并的 .xlsx 文件');

  for (const file of [outPath, json]) {
    if (file) await mkdir(path.dirname(path.resolve(file)), { recursive: true }).catch(writeFailure(path.dirname(file)));
  }
  // the previous report describes the previous workbook: gone before anything can fail
  if (json) await rm(json, { force: true }).catch(writeFailure(json));
  const reading = inputs.filter((f) => !f.skipped && !f.failure).length;
  const outcome = await mergeFiles(inputs, outPath, reading > 1 ? terminalProgress() : undefined, limits).catch(writeFailure(outPath));
  if (json) await writeFileAtomic(json, JSON.stringify(mergeReport(outcome, outPath), null, 2)).catch(writeFailure(json));

  for (const line of summaryLines(outcome, outPath)) out(line);
  const { plan, mismatches } = outcome;
  if (plan.files.some((f) => f.status === 'unreadable') || mismatches.length) return 2;
  return plan.applications.some((a) => outcomeOfCounts(a.rollup) === 'return') || plan.tied.length ? 1 : 0;
}
