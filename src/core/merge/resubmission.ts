// Two returns of the same application: the later 填报日期 wins, then the later file modification time,
// then the file that comes later in the run's order. Every loser is named with its winner.

export interface Candidate {
  key: string;
  file: string;
  /** 填报日期, ISO date */
  date?: string;
  /** file modification time, ISO 8601 */
  modified?: string;
  /** position in the run (input order) */
  order: number;
}

export interface Resolution<T extends Candidate> {
  chosen: T[];
  superseded: { loser: T; winner: T }[];
}

/** Positive when `a` is the more recent return. */
export function compareRecency(a: Candidate, b: Candidate): number {
  const byDate = (a.date ?? '').localeCompare(b.date ?? '');
  if (byDate) return byDate;
  const byTime = (a.modified ? Date.parse(a.modified) : 0) - (b.modified ? Date.parse(b.modified) : 0);
  if (byTime) return byTime;
  return a.order - b.order;
}

export function resolveResubmissions<T extends Candidate>(candidates: T[]): Resolution<T> {
  const groups = new Map<string, T[]>();
  for (const c of candidates) {
    const g = groups.get(c.key);
    if (g) g.push(c);
    else groups.set(c.key, [c]);
  }
  const chosen: T[] = [];
  const superseded: { loser: T; winner: T }[] = [];
  for (const group of groups.values()) {
    const winner = group.reduce((best, c) => (compareRecency(c, best) > 0 ? c : best));
    chosen.push(winner);
    for (const c of group) if (c !== winner) superseded.push({ loser: c, winner });
  }
  return { chosen, superseded };
}
