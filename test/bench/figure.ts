import { loadavg } from 'node:os';

/** One measured figure; `goal` is the target from DESIGN.md section 8, printed beside the value. */
export type BenchFigure = { name: string; value: number; unit: string; goal?: string };

export type FigureModule = { measure(): Promise<BenchFigure[]> };

/**
 * Every line carries the 1-, 5- and 15-minute load averages at the time it is printed (right after
 * its module measured): on this 2-core machine a figure taken above a load of about 2 is not a
 * quiet machine's figure, and the goals are for a quiet one.
 */
export const formatFigure = (figure: BenchFigure): string => {
  const value = Number.isInteger(figure.value) ? String(figure.value) : figure.value.toFixed(1);
  const goal = figure.goal === undefined ? '' : ` (goal ${figure.goal})`;
  const load = loadavg().map((average) => average.toFixed(2)).join(' ');
  return `${figure.name}: ${value} ${figure.unit}${goal} [load average ${load}]`;
};

/** Median wall time in milliseconds of `runs` calls after `warmups` unmeasured ones. */
export const medianMs = (task: () => void, { warmups = 3, runs = 9 } = {}): number => {
  for (let i = 0; i < warmups; i += 1) task();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
};

/** `medianMs` for a task that finishes asynchronously (warm-up runs parse fonts and load pdf.js once). */
export const medianAsyncMs = async (task: () => Promise<unknown>, { warmups = 2, runs = 7 } = {}): Promise<number> => {
  for (let i = 0; i < warmups; i += 1) await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
};
