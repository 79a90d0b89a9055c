import { type FigureModule, formatFigure } from './figure.js';

/** Each module measures one area; add a loader here to add its figures to `npm run bench`. */
const figureModules: readonly (() => Promise<FigureModule>)[] = [
  () => import('./engine-bench.js'),
  () => import('./meeting-ops-bench.js'),
  () => import('./renderer-bench.js'),
  () => import('./app-documents-bench.js'),
  () => import('./scoring-screen-bench.js'),
  () => import('./pdf-bench.js'),
  () => import('./documents-bench.js'),
  () => import('./bureau-bench.js'),
  () => import('./package-bench.js'),
  () => import('./hub-bench.js'),
  () => import('./compliance-bench.js'),
];

for (const load of figureModules) {
  const module = await load();
  for (const figure of await module.measure()) console.log(formatFigure(figure));
}
