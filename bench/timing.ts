export function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The fastest of n runs of fn, in ms. */
export function best(n: number, fn: () => unknown): number {
  return bestMeasured(n, () => {
    const start = process.hrtime.bigint();
    fn();
    return elapsedMs(start);
  });
}

/** The smallest of n measurements that fn takes itself (for timing one part of a run). */
export function bestMeasured(n: number, fn: () => number): number {
  let min = Infinity;
  for (let i = 0; i < n; i++) min = Math.min(min, fn());
  return min;
}

export async function bestAsync(n: number, fn: () => Promise<unknown>): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    await fn();
    min = Math.min(min, elapsedMs(start));
  }
  return min;
}
