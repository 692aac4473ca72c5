/** Times of repeated runs, in milliseconds, and what the table reports of them. */
export interface Sample {
  times: number[];
  median: number;
  p95: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (rank - low);
}

export function sampleOf(times: readonly number[]): Sample {
  const sorted = [...times].sort((a, b) => a - b);
  return { times: sorted, median: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/** A task slower than this a run is measured `SLOW_RUNS` times only, so that a miss cannot stall the bench. */
export const SLOW_MS = 2000;
export const SLOW_RUNS = 3;

/**
 * Runs `task` `warmup` times unmeasured, then `runs` times measured one by one (`SLOW_RUNS` times when its first
 * run took over `SLOW_MS`, a run that counts as the first measured one).
 */
export async function measure(task: () => unknown, runs: number, warmup = 2): Promise<Sample> {
  const times: number[] = [];
  const first = await once(task);
  if (first > SLOW_MS) {
    times.push(first);
    for (let i = 1; i < SLOW_RUNS; i += 1) times.push(await once(task));
    return sampleOf(times);
  }
  for (let i = 1; i < warmup; i += 1) await task();
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return sampleOf(times);
}

/** Runs `task` once and answers how long it took. */
export async function once(task: () => unknown): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}
