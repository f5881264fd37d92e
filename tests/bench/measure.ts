/** Shared helpers for benchmarks: each figure is printed as one JSON line on stdout. */
export function report(metric: string, value: number, unit: 'ms' | 'bytes' | 'count'): void {
  const rounded = unit === 'ms' ? Math.round(value * 100) / 100 : Math.round(value);
  console.log(JSON.stringify({ metric, value: rounded, unit }));
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

export async function timeMs(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}
