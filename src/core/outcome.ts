// What the province does with a return or an application, decided here only: send it back (an open error), look
// at it (open warnings), take it (nothing open but notices), or ask for it again (the file could not be read).

import type { Issue } from './types';
import { summariseIssues, type IssueCounts } from './report';

export type Outcome = 'unreadable' | 'return' | 'warn' | 'pass';
/** The outcome of something that could be read. */
export type ReadOutcome = Exclude<Outcome, 'unreadable'>;

/** Failing first: the order lists and counts are shown in. */
export const OUTCOME_ORDER: readonly Outcome[] = ['unreadable', 'return', 'warn', 'pass'];

/** An error sends it back; otherwise a warning asks for a look; notices alone pass. */
export function outcomeOfCounts(c: Pick<IssueCounts, 'errors' | 'warnings'>): ReadOutcome {
  return c.errors > 0 ? 'return' : c.warnings > 0 ? 'warn' : 'pass';
}

/** Issues a person has confirmed (credit codes) no longer count as problems. */
export function openIssueCounts(issues: Issue[]): IssueCounts {
  return summariseIssues(issues.filter((i) => !i.confirmed));
}

/** The outcome of one return's issues, confirmed ones left out; `unreadable` when it could not be read. */
export function outcomeOfIssues(issues: Issue[], unreadable = false): Outcome {
  return unreadable ? 'unreadable' : outcomeOfCounts(openIssueCounts(issues));
}

/** How many of each outcome, every outcome present (0 when none). */
export function countOutcomes(outcomes: Iterable<Outcome>): Record<Outcome, number> {
  const out: Record<Outcome, number> = { unreadable: 0, return: 0, warn: 0, pass: 0 };
  for (const o of outcomes) out[o]++;
  return out;
}
