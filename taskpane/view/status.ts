// The status line of the 校验 tab.

import type { IssueCounts } from '../../src/core/report';

export type CheckMode = 'live' | 'manual' | 'unavailable';

export interface StatusInput {
  /** null before the first check */
  counts: IssueCounts | null;
  mode: CheckMode;
  checking?: boolean;
  /** when the last check finished */
  checkedAt?: Date;
}

export interface StatusView {
  text: string;
  tone: 'neutral' | 'ok' | 'error' | 'warning' | 'notice';
  /** a second line explaining how checking works on this Excel */
  note?: string;
}

export const MANUAL_NOTE = '此版本的 Excel 不能边填边查，修改后请点「全表检查」。';
export const LIVE_NOTE = '填写时自动检查。';
export const UNAVAILABLE_NOTE = '此版本的 Excel 太旧，不能在这里检查或汇总。请保存文件后在浏览器中打开本助手，用「校验文件」检查。';

const pad = (n: number) => (n < 10 ? '0' : '') + n;
/** 15:32 today, 6月12日 15:32 on another day */
function clockText(at: Date, now: Date = new Date()): string {
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const sameDay = at.getFullYear() === now.getFullYear() && at.getMonth() === now.getMonth() && at.getDate() === now.getDate();
  return sameDay ? time : `${at.getMonth() + 1}月${at.getDate()}日 ${time}`;
}

/** Manual checking: when the list was made, and that edits since then are not in it. */
export function manualNote(checkedAt: Date | undefined, now: Date = new Date()): string {
  if (!checkedAt) return MANUAL_NOTE;
  return `上次检查：${clockText(checkedAt, now)}。之后的修改不会自动检查，列表可能已过时；修改后请再点「全表检查」。`;
}

/** "3 个错误，2 个警告": only the parts that are not zero. */
export function countsLine(c: IssueCounts): string {
  const parts: string[] = [];
  if (c.errors) parts.push(`${c.errors} 个错误`);
  if (c.warnings) parts.push(`${c.warnings} 个警告`);
  if (c.notices) parts.push(`${c.notices} 个提示`);
  return parts.length ? parts.join('，') : '未发现问题';
}

export function statusView(s: StatusInput, now: Date = new Date()): StatusView {
  if (s.mode === 'unavailable') return { text: '无法检查', tone: 'neutral', note: UNAVAILABLE_NOTE };
  const note = s.mode === 'manual' ? manualNote(s.checkedAt, now) : LIVE_NOTE;
  if (s.checking) return { text: '正在检查……', tone: 'neutral', note };
  if (!s.counts) {
    return { text: s.mode === 'manual' ? '尚未检查' : '等待检查', tone: 'neutral', note };
  }
  const c = s.counts;
  const tone = c.errors ? 'error' : c.warnings ? 'warning' : c.notices ? 'notice' : 'ok';
  return { text: countsLine(c), tone, note };
}
