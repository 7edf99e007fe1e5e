import { performance } from 'node:perf_hooks';

/** Median wall time of `fn` over several runs, after warm-up. */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 7, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return percentile(times, 50);
}

/**
 * Median wall times of a subject and its baseline, run in turns (baseline,
 * subject, baseline, ...) so that a busy machine slows both alike.
 */
export async function alternatingMedians(
  subject: () => unknown | Promise<unknown>,
  baseline: () => unknown | Promise<unknown>,
  runs = 7,
  warmup = 2,
): Promise<{ subjectMs: number; baselineMs: number }> {
  const times = { subject: [] as number[], baseline: [] as number[] };
  for (let i = 0; i < warmup + runs; i += 1) {
    for (const [name, fn] of [['baseline', baseline], ['subject', subject]] as const) {
      const started = performance.now();
      await fn();
      if (i >= warmup) times[name].push(performance.now() - started);
    }
  }
  return { subjectMs: percentile(times.subject, 50), baselineMs: percentile(times.baseline, 50) };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** One line per figure: the subject, its baseline, and the ratio between them (the number to watch). */
export function report(name: string, subjectMs: number, baselineName: string, baselineMs: number): string {
  const line = `${name}: ${subjectMs.toFixed(2)} ms vs ${baselineName}: ${baselineMs.toFixed(2)} ms = ${(subjectMs / baselineMs).toFixed(2)}x`;
  console.log(`[bench] ${line}`);
  return line;
}

/** The same line for a size in bytes, shown in kB (1 kB = 1,000 bytes, as Vite prints them). */
export function reportSize(name: string, subjectBytes: number, baselineName: string, baselineBytes: number): string {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const line = `${name}: ${kB(subjectBytes)} vs ${baselineName}: ${kB(baselineBytes)} = ${(subjectBytes / baselineBytes).toFixed(2)}x`;
  console.log(`[bench] ${line}`);
  return line;
}
