// How a bench file measures and prints: medians of repeated runs, one JSON line per figure.
export interface Figure { name: string; value: number; unit: string; baseline: number | null; ratio: number | null }

const round = (n: number) => (n >= 100 ? Math.round(n) : Math.round(n * 1000) / 1000);

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Run `fn` `warmUp` times unmeasured, then `runs` times, and return the median in ms. */
export async function timeMedian(fn: () => unknown, runs: number, warmUp = 2): Promise<number> {
  for (let i = 0; i < warmUp; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return median(times);
}

export function emit(name: string, value: number, unit: string, baseline: number | null = null): Figure {
  const figure: Figure = {
    name, value: round(value), unit, baseline: baseline === null ? null : round(baseline),
    ratio: baseline === null || baseline === 0 ? null : Math.round((value / baseline) * 100) / 100,
  };
  console.log(JSON.stringify(figure));
  return figure;
}
