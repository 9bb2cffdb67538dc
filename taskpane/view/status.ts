// The status line of the 校验 tab.

import type { IssueCounts } from '../../src/core/report';
import { paneText, phrases } from '../../src/core/messages';

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

export const MANUAL_NOTE = paneText('check/manual-note');
export const LIVE_NOTE = paneText('check/live-note');
export const UNAVAILABLE_NOTE = paneText('check/unavailable-note');

const pad = (n: number) => (n < 10 ? '0' : '') + n;
/** 15:32 today, 6月12日 15:32 on another day */
function clockText(at: Date, now: Date = new Date()): string {
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const sameDay = at.getFullYear() === now.getFullYear() && at.getMonth() === now.getMonth() && at.getDate() === now.getDate();
  return sameDay ? time : paneText('check/other-day', { month: at.getMonth() + 1, day: at.getDate(), time });
}

/** Manual checking: when the list was made, and that edits since then are not in it. */
export function manualNote(checkedAt: Date | undefined, now: Date = new Date()): string {
  if (!checkedAt) return MANUAL_NOTE;
  return paneText('check/checked-at', { at: clockText(checkedAt, now) });
}

/** "3 个错误，2 个警告": only the parts that are not zero. */
export function countsLine(c: IssueCounts): string {
  const parts: string[] = [];
  if (c.errors) parts.push(paneText('count/errors', { count: c.errors }));
  if (c.warnings) parts.push(paneText('count/warnings', { count: c.warnings }));
  if (c.notices) parts.push(paneText('count/notices', { count: c.notices }));
  return parts.length ? phrases(parts) : paneText('count/none');
}

/** The tone of these counts: the most serious level present, or ok. */
export function countsTone(c: IssueCounts): 'ok' | 'error' | 'warning' | 'notice' {
  return c.errors ? 'error' : c.warnings ? 'warning' : c.notices ? 'notice' : 'ok';
}

export function statusView(s: StatusInput, now: Date = new Date()): StatusView {
  if (s.mode === 'unavailable') return { text: paneText('check/unavailable'), tone: 'neutral', note: UNAVAILABLE_NOTE };
  const note = s.mode === 'manual' ? manualNote(s.checkedAt, now) : LIVE_NOTE;
  if (s.checking) return { text: paneText('check/checking'), tone: 'neutral', note };
  if (!s.counts) {
    return { text: paneText(s.mode === 'manual' ? 'check/not-yet' : 'check/waiting'), tone: 'neutral', note };
  }
  return { text: countsLine(s.counts), tone: countsTone(s.counts), note };
}
