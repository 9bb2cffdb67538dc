// What the 合并各市报表 tab says after a merge, as data (tested in Node): first what a person wants to know
// (「8 个申报项目已合并，3 个需退回」) and the counts by outcome, then the cities as 汇总（按地市） has them;
// the row accounting and the superseded files one click away.

import type { MergePlan, FileAccount } from '../../src/core/merge';
import { accountingTotals } from '../../src/core/merge';
import { countOutcomes, outcomeOfCounts, type Outcome, type ReadOutcome } from '../../src/core/outcome';
import { OUTCOME_LABEL } from '../../src/core/messages';

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

/** Called 修改稿 only when its name or its 填报日期 says it is one; otherwise just the newer file. */
export function supersededText(old: FileAccount, by: FileAccount | undefined): string {
  const name = old.supersededBy ?? '';
  const revised = /修改|修订|更正|补充|重报|最终|终稿|定稿|新版|v\d/i.test(name.replace(old.file.replace(/\.xlsx$/i, ''), ''));
  const later = !!by && !!by.date && !!old.date && by.date > old.date;
  return `「${old.file}」被${revised || later ? '修改稿' : '较新的一份'}「${name}」取代，未计入汇总。`;
}

export function mergeView(plan: MergePlan, mismatches: string[]): MergeView {
  const t = accountingTotals(plan.files);
  const unreadable = plan.files.filter((f) => f.status === 'unreadable');
  const superseded = plan.files.filter((f) => f.status === 'superseded');
  const outcomes = countOutcomes([...unreadable.map((): Outcome => 'unreadable'), ...plan.applications.map((a) => outcomeOfCounts(a.rollup))]);
  const lines: MergeLine[] = [];
  for (const f of unreadable) lines.push({ tone: 'error', text: f.failure ? f.failure.message : `无法读取「${f.file}」` });
  for (const m of mismatches) lines.push({ tone: 'error', text: `行数核对失败：${m}` });
  if (outcomes.return) lines.push({ tone: 'warning', text: `需退回的申报项目的问题见「问题清单」（可下载后发给各市）。` });
  if (plan.duplicates.length) {
    lines.push({ tone: 'info', text: `${plan.duplicates.length} 个统一社会信用代码出现在多个申报项目中，详见「跨项目重复」工作表。` });
  }
  const accounting = [`明细 ${t.written} 行；读取 ${t.read} 行${t.superseded ? `，其中 ${t.superseded} 行属于被取代的文件` : ''}。`, `共 ${plan.files.length} 个文件。`];
  const byName = new Map(plan.files.map((f) => [f.file, f]));
  const tone = unreadable.length || mismatches.length ? 'error' : outcomes.return ? 'warning' : 'ok';
  const parts = [`${plan.applications.length} 个申报项目已合并`];
  parts.push(outcomes.return ? `${outcomes.return} 个需退回` : '没有需退回的');
  if (unreadable.length) parts.push(`${unreadable.length} 个文件无法读取`);
  return {
    headline: parts.join('，'),
    tone,
    outcomes,
    lines,
    accounting,
    superseded: superseded.length
      ? { summary: `${superseded.length} 个文件被较新的一份取代，未计入汇总`, items: superseded.map((f) => supersededText(f, byName.get(f.supersededBy ?? ''))) }
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
    const text = !u.submitted ? '未报送' : u.applications ? `${u.applications} 个项目${failing ? `，${failing} 个需退回` : '，均无错误'}` : '文件无法读取';
    const tone = !u.submitted ? 'neutral' : failing || !u.applications ? 'error' : u.warnings ? 'warning' : 'ok';
    return { unit: u.unit, submitted: u.submitted, tone, text, applications: u.applications, clean: u.clean, errors: u.errors, warnings: u.warnings, apps };
  });
}
