/** What the rules and metrics benchmarks share: how they time and summarise runs. */

/** Runs `run` `warmup` times untimed, then `runs` times timed; returns the sorted times and the last result. */
export function timeRuns<T>(runs: number, warmup: number, run: (i: number) => T): { times: number[]; last: T } {
  const times: number[] = [];
  let last!: T;
  for (let i = 0; i < runs + warmup; i += 1) {
    const t0 = performance.now();
    last = run(i);
    if (i >= warmup) times.push(performance.now() - t0);
  }
  return { times: times.sort((a, b) => a - b), last };
}

const round = (value: number) => Number(value.toFixed(2));

/** Median, 95th percentile and maximum of sorted times, and whether the median meets a target. */
export function summarise(sorted: readonly number[], targetMs?: number) {
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return {
    runs: sorted.length,
    medianMs: round(median),
    p95Ms: round(sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!),
    maxMs: round(sorted.at(-1)!),
    target: targetMs === undefined ? '' : `≤ ${targetMs} ms median`,
    pass: targetMs === undefined ? undefined : median <= targetMs,
  };
}
