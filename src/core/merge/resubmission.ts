// Two or more returns of the same application: one documented rule, never the order of the files. The later
// 填报日期 wins; on the same date the later file modification time; at the same time the file whose name marks
// it as a corrected version (修改稿, 更正, … in any bracket width). When the best are still tied, none of them is
// merged: a person must choose, and each is reported naming the others. Every loser is named with its winner
// and the reason that decided.

import { foldText } from '../normalise';

export interface Candidate {
  key: string;
  file: string;
  /** 填报日期, ISO date */
  date?: string;
  /** file modification time, ISO 8601 */
  modified?: string;
}

/** What decided between two returns. */
export type Reason = 'date' | 'modified' | 'marker';

export interface Resolution<T extends Candidate> {
  chosen: T[];
  superseded: { loser: T; winner: T; reason: Reason }[];
  /** returns of one application that the rule cannot tell apart: none of them is merged */
  tied: T[][];
}

/** Words in a file name that mark a corrected resubmission. */
const MARKER = /(修改稿|修改版|修订稿|修订版|更正版?|更新版|补正)/;

export function hasCorrectionMarker(file: string): boolean {
  return MARKER.test(foldText(file.replace(/^.*[\\/]/, '')));
}

/** Positive when `a` is the more recent return, with the reason; 0 when the rule cannot tell them apart. */
export function compareRecency(a: Candidate, b: Candidate): { order: number; reason?: Reason } {
  const byDate = (a.date ?? '').localeCompare(b.date ?? '');
  if (byDate) return { order: byDate, reason: 'date' };
  const time = (c: Candidate) => (c.modified ? Date.parse(c.modified) : 0);
  const byTime = Math.sign(time(a) - time(b));
  if (byTime) return { order: byTime, reason: 'modified' };
  const byMarker = Number(hasCorrectionMarker(a.file)) - Number(hasCorrectionMarker(b.file));
  if (byMarker) return { order: byMarker, reason: 'marker' };
  return { order: 0 };
}

export function resolveResubmissions<T extends Candidate>(candidates: T[]): Resolution<T> {
  const groups = new Map<string, T[]>();
  for (const c of candidates) {
    const g = groups.get(c.key);
    if (g) g.push(c);
    else groups.set(c.key, [c]);
  }
  const chosen: T[] = [];
  const superseded: Resolution<T>['superseded'] = [];
  const tied: T[][] = [];
  for (const group of groups.values()) {
    // the most recent: those no other return beats
    const best = group.filter((c) => group.every((o) => o === c || compareRecency(o, c).order <= 0));
    if (best.length === 1) chosen.push(best[0]);
    else tied.push(best);
    for (const c of group) {
      if (best.includes(c)) continue;
      // named after the best return that beats it (the first of them, when the best are tied)
      const winner = best[0];
      superseded.push({ loser: c, winner, reason: compareRecency(winner, c).reason! });
    }
  }
  return { chosen, superseded, tied };
}
