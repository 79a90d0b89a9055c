/** One measured figure; `goal` is the target from DESIGN.md section 8, printed beside the value. */
export type BenchFigure = { name: string; value: number; unit: string; goal?: string };

export type FigureModule = { measure(): Promise<BenchFigure[]> };

export const formatFigure = (figure: BenchFigure): string => {
  const value = Number.isInteger(figure.value) ? String(figure.value) : figure.value.toFixed(1);
  const goal = figure.goal === undefined ? '' : ` (goal ${figure.goal})`;
  return `${figure.name}: ${value} ${figure.unit}${goal}`;
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
