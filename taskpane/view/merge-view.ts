// What the 合并各市报表 tab says after a merge, as data (tested in Node).

import type { MergePlan } from '../../src/core/merge';
import { accountingTotals } from '../../src/core/merge';

export interface MergeLine {
  tone: 'ok' | 'info' | 'warning' | 'error';
  text: string;
}

export interface MergeView {
  headline: string;
  tone: 'ok' | 'warning' | 'error';
  lines: MergeLine[];
}

export function mergeView(plan: MergePlan, mismatches: string[]): MergeView {
  const t = accountingTotals(plan.files);
  const unreadable = plan.files.filter((f) => f.status === 'unreadable');
  const superseded = plan.files.filter((f) => f.status === 'superseded');
  const withErrors = plan.applications.filter((a) => a.rollup.errors > 0).length;
  const lines: MergeLine[] = [];
  lines.push({ tone: 'info', text: `明细 ${t.written} 行;读取 ${t.read} 行${t.superseded ? `,其中 ${t.superseded} 行属于被取代的文件` : ''}。` });
  for (const f of unreadable) lines.push({ tone: 'error', text: f.failure ? f.failure.message : `无法读取「${f.file}」` });
  for (const f of superseded) lines.push({ tone: 'info', text: `「${f.file}」被修改稿「${f.supersededBy}」取代,未计入汇总。` });
  if (withErrors) lines.push({ tone: 'warning', text: `${withErrors} 个申报项目有错误,详见“问题清单”。` });
  if (plan.duplicates.length) {
    lines.push({ tone: 'info', text: `${plan.duplicates.length} 个统一社会信用代码出现在多个申报项目中,详见“跨项目重复”。` });
  }
  for (const m of mismatches) lines.push({ tone: 'error', text: `行数核对失败:${m}` });
  const tone = unreadable.length || mismatches.length ? 'error' : withErrors ? 'warning' : 'ok';
  return { headline: `已合并 ${plan.applications.length} 个申报项目(${plan.files.length} 个文件)`, tone, lines };
}
