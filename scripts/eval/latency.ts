/**
 * Timing helpers for `npm run bench`: percentiles and a throughput loop.
 */

/** The q-th quantile (0..1) of already sorted numbers, nearest-rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Latency and throughput of a function called over a list of inputs. */
export interface Throughput {
  readonly calls: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/**
 * Calls `fn` on the inputs round-robin for at least `minMs` milliseconds, timing every call.
 * @remarks The per-call timer adds a little overhead, so `perSecond` is slightly pessimistic.
 */
export function measure<T>(inputs: readonly T[], fn: (input: T) => unknown, minMs: number): Throughput {
  const times: number[] = [];
  const started = performance.now();
  let i = 0;
  while (performance.now() - started < minMs || i < inputs.length) {
    const input = inputs[i % inputs.length] as T;
    const t = performance.now();
    fn(input);
    times.push(performance.now() - t);
    i++;
  }
  const elapsed = performance.now() - started;
  times.sort((a, b) => a - b);
  return {
    calls: i,
    perSecond: (i / elapsed) * 1000,
    p50Ms: quantile(times, 0.5),
    p99Ms: quantile(times, 0.99),
    maxMs: times[times.length - 1] ?? 0,
  };
}
