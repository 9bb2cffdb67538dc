// 校验文件 as data: the checked files, each with its counts and its issues grouped by sheet, under a severity filter.
// No DOM here, so it is tested in Node.

import type { Issue } from '../../src/core/types';
import { countsLine, countsTone } from './status';
import { countOpenIssues, filterIssues, groupBySheet, type SeverityFilter, type SheetGroup } from './issue-list';
import { countOutcomes, outcomeOfIssues, OUTCOME_ORDER, type Outcome } from '../../src/core/outcome';
import { clauses, OUTCOME_LABEL, paneText, quotedList } from '../../src/core/messages';

/** One checked file as the pane holds it (the shape src/returns/check-files.ts returns). */
export interface CheckedFile {
  file: string;
  city?: string;
  error?: { code: string; message: string };
  issues: Issue[];
}

export type { Outcome };
/** The counts by outcome as the pane shows them (failing first, unreadable last). */
export const OUTCOMES: { id: Outcome; label: string }[] = (['return', 'warn', 'pass', 'unreadable'] as Outcome[])
  .map((id) => ({ id, label: OUTCOME_LABEL[id] }));

export function outcomeOf(f: CheckedFile): Outcome {
  return outcomeOfIssues(f.issues, !!f.error);
}

export function outcomeCounts(files: CheckedFile[]): Record<Outcome, number> {
  return countOutcomes(files.map(outcomeOf));
}

export interface FileGroup {
  file: string;
  outcome: Outcome;
  /** "2 个错误,1 个提示", "未发现问题" or "无法读取" */
  summary: string;
  tone: 'ok' | 'error' | 'warning' | 'notice';
  /** why the file could not be read (then `sheets` is empty) */
  error?: string;
  sheets: SheetGroup[];
  /** issues of this file hidden by the filter */
  hidden: number;
}

/**
 * Files failing first (unreadable, to send back, with warnings, passed), in picked order within each outcome. Under
 * 全部 every file stays (a clean file says so); under one level, files with nothing at that level are left out
 * (an unreadable file counts as an error).
 */
export function groupByFile(files: CheckedFile[], filter: SeverityFilter): FileGroup[] {
  const order = files.map((f, i) => ({ f, i, o: OUTCOME_ORDER.indexOf(outcomeOf(f)) }));
  order.sort((a, b) => a.o - b.o || a.i - b.i);
  const out: FileGroup[] = [];
  for (const { f } of order) {
    if (f.error) {
      if (filter === 'all' || filter === 'error') {
        out.push({ file: f.file, outcome: 'unreadable', summary: OUTCOME_LABEL.unreadable, tone: 'error', error: f.error.message, sheets: [], hidden: 0 });
      }
      continue;
    }
    const c = countOpenIssues(f.issues);
    const shown = filterIssues(f.issues, filter);
    if (filter !== 'all' && !shown.length) continue;
    out.push({ file: f.file, outcome: outcomeOf(f), summary: countsLine(c), tone: countsTone(c), sheets: groupBySheet(shown), hidden: filterIssues(f.issues, 'all').length - shown.length });
  }
  return out;
}

/** Every issue of every readable file, for the filter buttons' counts. */
export function allIssues(files: CheckedFile[]): Issue[] {
  const out: Issue[] = [];
  for (const f of files) out.push(...f.issues);
  return out;
}

/** The line above the list: "9 个文件：3 个错误，2 个提示；1 个文件无法读取". */
export function filesSummary(files: CheckedFile[]): string {
  const unreadable = files.filter((f) => f.error).length;
  const counts = countOpenIssues(allIssues(files));
  const parts = [];
  if (files.length > unreadable) parts.push(countsLine(counts));
  if (unreadable) parts.push(paneText('files/unreadable', { count: unreadable }));
  return paneText('files/summary', { count: files.length, parts: clauses(parts) });
}

/** "读取 3/9 太原市-….xlsx", "已读取 9 个文件" */
export function progressText(done: number, total: number, file: string): string {
  return done < total ? paneText('files/reading', { n: done + 1, total, file }) : paneText('files/read', { total });
}

/** After 取消: how many files were read before it. */
export function cancelledText(done: number, total: number): string {
  return paneText('files/cancelled', { total, done });
}

/** Only .xlsx files are read; the rest are named so the user knows why they were left out. */
export function splitPicked<T extends { name: string }>(files: T[]): { xlsx: T[]; skipped: string[] } {
  const xlsx: T[] = [];
  const skipped: string[] = [];
  for (const f of files) {
    if (/\.xlsx$/i.test(f.name) && f.name.indexOf('~$') !== 0) xlsx.push(f);
    else skipped.push(f.name);
  }
  return { xlsx, skipped };
}

export function skippedText(skipped: string[]): string {
  if (!skipped.length) return '';
  const more = skipped.length > 3 ? paneText('files/skipped-more', { count: skipped.length }) : '';
  return paneText('files/skipped', { files: quotedList(skipped.slice(0, 3)), more });
}
