/** A page's size in PDF points (1/72 inch) at zoom 100 %. */
export type PageSize = { width: number; height: number };

/** ISO A4, 210 × 297 mm, the paper every 浙江制造 standard is set on. */
export const a4Page: PageSize = { width: 595.28, height: 841.89 };

/** CSS pixels per PDF point at zoom 100 %: a page shows at its printed size. */
export const cssUnitsPerPoint = 96 / 72;

export const zoomSteps = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4] as const;
const minZoom = zoomSteps[0];
const maxZoom = zoomSteps[zoomSteps.length - 1] ?? 4;

/** The next preset zoom above (or below) `zoom`, which may itself lie between presets after fitting the width. */
export const stepZoom = (zoom: number, direction: 1 | -1): number => {
  const candidates = direction === 1 ? zoomSteps.filter((step) => step > zoom + 1e-3) : zoomSteps.filter((step) => step < zoom - 1e-3).reverse();
  return candidates[0] ?? (direction === 1 ? maxZoom : minZoom);
};

/** The zoom at which the widest page fills `availableWidth` CSS pixels, within the presets' range. */
export const fitWidthZoom = (sizes: readonly PageSize[], availableWidth: number): number => {
  const widest = Math.max(...sizes.map((size) => size.width), 1);
  return Math.min(maxZoom, Math.max(minZoom, availableWidth / (widest * cssUnitsPerPoint)));
};

/** Below this zoom the body text of an A4 page (10.5 pt) is too small to read on a laptop screen. */
export const readableZoom = 0.8;

/** The width a page view needs to show the widest of `sizes` at `readableZoom`, `chrome` pixels of padding and scrollbar included. */
export const readableViewWidth = (sizes: readonly PageSize[], chrome: number): number =>
  readableZoom * Math.max(...sizes.map((size) => size.width), 1) * cssUnitsPerPoint + chrome;

/** Where each page starts, in CSS pixels from the top of the scrolled content, with `gap` pixels above every page. */
export const pageTops = (sizes: readonly PageSize[], zoom: number, gap: number): number[] => {
  const tops: number[] = [];
  let top = 0;
  for (const size of sizes) {
    top += gap;
    tops.push(top);
    top += size.height * zoom * cssUnitsPerPoint;
  }
  return tops;
};

/** The 1-based page showing at `y` CSS pixels from the top of the scrolled content. */
export const pageAt = (tops: readonly number[], y: number): number => {
  let low = 0;
  let high = tops.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((tops[middle] ?? 0) <= y) low = middle;
    else high = middle - 1;
  }
  return low + 1;
};
