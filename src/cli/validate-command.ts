// torch-tables validate <file...> [--json]: every problem of every file, by cell; exit 0 / 1 (errors) / 2 (unreadable).

import { countsText, formatReport, summariseIssues } from '../core/report';
import { outcomeOfCounts } from '../core/outcome';
import type { Issue } from '../core/types';
import { fileCheck, type FileCheck } from '../returns/check-files';
import { readReturns } from './read-returns';
import { findInputs, type InputFile } from './inputs';
import { parseArgs, UsageError } from './args';
import { TOOL_VERSION } from './version';

export type FileReport = FileCheck;

/** Every file read and checked as the pane's 校验文件 does; a file that cannot be read carries its reason. */
export async function validateFiles(files: (string | InputFile)[]): Promise<FileReport[]> {
  return (await readReturns(files)).map(fileCheck);
}

/** Sheets in the order their issues already stand in. */
function sheetsOf(issues: Issue[]): string[] {
  return [...new Set(issues.map((i) => i.sheet ?? ''))];
}

export async function validateCommand(argv: string[], out: (line: string) => void): Promise<number> {
  const { positional, options } = parseArgs(argv, [], {}, ['json']);
  if (positional.length === 0) throw new UsageError('请指定要检查的 .xlsx 文件或文件夹');
  const found = await findInputs(positional);
  if (!found.some((f) => !f.skipped)) throw new UsageError('没有找到要检查的 Excel 工作簿（.xlsx）');
  const all = await validateFiles(found);
  const reports = all.filter((r) => !r.skipped);
  const skipped = all.filter((r) => r.skipped).map((r) => ({ file: r.file, code: r.skipped!.code, reason: r.skipped!.message }));
  if (options.json) {
    out(JSON.stringify({ tool: 'torch-tables', version: TOOL_VERSION, files: reports, skipped }, null, 2));
  } else {
    for (const s of skipped) out(`已跳过：${s.reason}`);
    for (const r of reports) {
      if (r.error) out(`${r.file}：无法读取 — ${r.error.message}`);
      else out(formatReport(r.issues, [r.file], sheetsOf(r.issues)));
    }
    const readable = reports.filter((r) => !r.error);
    const unreadable = reports.length - readable.length;
    const summary = readable.length ? countsText(summariseIssues(readable.flatMap((r) => r.issues))) : '';
    out(`\n共 ${reports.length} 个文件：${[summary, unreadable ? `${unreadable} 个文件无法读取` : ''].filter(Boolean).join('；')}`);
  }
  if (reports.some((r) => r.error)) return 2;
  return reports.some((r) => outcomeOfCounts(r.counts) === 'return') ? 1 : 0;
}
