import { describe, expect, it } from 'vitest';
import { measure, quantile } from '../../scripts/eval/latency.js';

describe('quantile', () => {
  it('uses the nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(xs, 0.5)).toBe(50);
    expect(quantile(xs, 0.99)).toBe(99);
    expect(quantile(xs, 1)).toBe(100);
    expect(quantile([], 0.5)).toBe(0);
  });
});

describe('measure', () => {
  it('calls the function on every input at least once and orders its percentiles', () => {
    const seen: number[] = [];
    const t = measure([1, 2, 3], (x) => seen.push(x), 0);
    expect(seen).toEqual([1, 2, 3]);
    expect(t.calls).toBe(3);
    expect(t.p50Ms).toBeLessThanOrEqual(t.p99Ms);
    expect(t.p99Ms).toBeLessThanOrEqual(t.maxMs);
  });
});
