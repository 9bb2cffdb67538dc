// What the 合并各市报表 tab says after a merge, as data (tested in Node): first what a person wants to know
// (「8 个申报项目已合并，3 个需退回」) and the counts by outcome, then the cities as 汇总（按地市） has them;
// the row accounting and the superseded files one click away.

import type { MergePlan, FileAccount } from '../../src/core/merge';
import { accountingTotals } from '../../src/core/merge';
import { hasCorrectionMarker } from '../../src/core/merge/resubmission';
import { countOutcomes, outcomeOfCounts, type Outcome, type ReadOutcome } from '../../src/core/outcome';
import { OUTCOME_LABEL, paneText, phrases } from '../../src/core/messages';

export interface MergeLine {
  tone: 'ok' | 'info' | 'warning' | 'error';
  text: string;
}

export interface UnitView {
  unit: string;
  submitted: boolean;
  tone: 'ok' | 'warning' | 'error' | 'neutral';
  /** 「未报送」, 「2 个项目，1 个需退回」 */
  text: string;
  /** the same figures as the 汇总（按地市） sheet */
  applications: number;
  clean: number;
  errors: number;
  warnings: number;
  apps: { name: string; type: string; status: string; tone: 'ok' | 'warning' | 'error' }[];
}

export interface MergeView {
  headline: string;
  tone: 'ok' | 'warning' | 'error';
  /** applications by outcome, and files that could not be read */
  outcomes: Record<Outcome, number>;
  lines: MergeLine[];
  /** 明细 164 行；读取 182 行…: kept one click away */
  accounting: string[];
  /** one line with a count; the files themselves when opened */
  superseded: { summary: string; items: string[] } | null;
  units: UnitView[];
}

/**
 * Called 修改稿 only when its name or its 填报日期 says it is one; otherwise just the newer file. The name is read by
 * the merge's own rule (hasCorrectionMarker), on what it adds to the older file's name.
 */
export function supersededText(old: FileAccount, by: FileAccount | undefined): string {
  const name = old.supersededBy ?? '';
  const revised = hasCorrectionMarker(name.replace(old.file.replace(/\.xlsx$/i, ''), ''));
  const later = !!by && !!by.date && !!old.date && by.date > old.date;
  return paneText('merge/superseded', { file: old.file, by: paneText(revised || later ? 'merge/by-revision' : 'merge/by-newer'), name });
}

export function mergeView(plan: MergePlan, mismatches: string[]): MergeView {
  const t = accountingTotals(plan.files);
  const unreadable = plan.files.filter((f) => f.status === 'unreadable');
  const superseded = plan.files.filter((f) => f.status === 'superseded');
  const outcomes = countOutcomes([...unreadable.map((): Outcome => 'unreadable'), ...plan.applications.map((a) => outcomeOfCounts(a.rollup))]);
  const lines: MergeLine[] = [];
  for (const f of unreadable) lines.push({ tone: 'error', text: f.failure ? f.failure.message : paneText('merge/unreadable', { file: f.file }) });
  for (const m of mismatches) lines.push({ tone: 'error', text: paneText('merge/mismatch', { detail: m }) });
  if (outcomes.return) lines.push({ tone: 'warning', text: paneText('merge/see-problems') });
  if (plan.duplicates.length) {
    lines.push({ tone: 'info', text: paneText('merge/duplicates', { count: plan.duplicates.length }) });
  }
  const supersededRows = t.superseded ? paneText('merge/rows-superseded', { count: t.superseded }) : '';
  const accounting = [paneText('merge/rows', { written: t.written, read: t.read, superseded: supersededRows }), paneText('merge/files', { count: plan.files.length })];
  const byName = new Map(plan.files.map((f) => [f.file, f]));
  const tone = unreadable.length || mismatches.length ? 'error' : outcomes.return ? 'warning' : 'ok';
  const parts = [paneText('merge/merged', { count: plan.applications.length })];
  parts.push(outcomes.return ? paneText('merge/to-return', { count: outcomes.return }) : paneText('merge/none-to-return'));
  if (unreadable.length) parts.push(paneText('files/unreadable', { count: unreadable.length }));
  return {
    headline: phrases(parts),
    tone,
    outcomes,
    lines,
    accounting,
    superseded: superseded.length
      ? { summary: paneText('merge/superseded-count', { count: superseded.length }), items: superseded.map((f) => supersededText(f, byName.get(f.supersededBy ?? ''))) }
      : null,
    units: unitViews(plan),
  };
}

const OUTCOME_TONE: Record<ReadOutcome, 'ok' | 'warning' | 'error'> = { return: 'error', warn: 'warning', pass: 'ok' };

function unitViews(plan: MergePlan): UnitView[] {
  return plan.units.map((u) => {
    const apps = plan.applications
      .filter((a) => a.city === u.unit)
      .map((a) => {
        const outcome = outcomeOfCounts(a.rollup);
        return { name: a.name, type: a.typeLabel, status: OUTCOME_LABEL[outcome], tone: OUTCOME_TONE[outcome] };
      });
    const failing = u.applications - u.clean;
    const more = failing ? paneText('unit/to-return', { count: failing }) : paneText('unit/all-clean');
    const text = !u.submitted ? paneText('unit/not-submitted') : u.applications ? paneText('unit/applications', { count: u.applications, more }) : paneText('unit/unreadable');
    const tone = !u.submitted ? 'neutral' : !u.applications ? 'error' : OUTCOME_TONE[outcomeOfCounts({ errors: failing, warnings: u.warnings })];
    return { unit: u.unit, submitted: u.submitted, tone, text, applications: u.applications, clean: u.clean, errors: u.errors, warnings: u.warnings, apps };
  });
}
