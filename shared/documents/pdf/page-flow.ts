import type { DrawOp } from './draw-op.js';
import type { PageGeometry } from './pdf-style.js';

const tolerance = 0.01;

/** The cursor that fills pages top to bottom; blocks ask it for room and start new pages through it. */
export class PageFlow {
  readonly pages: DrawOp[][] = [];
  readonly left: number;
  readonly width: number;
  readonly top: number;
  /** Bottom of a page's text area. */
  readonly pageBottom: number;
  /** Distance of the cursor from the page's top edge. */
  y = 0;
  private placedOnPage = false;
  /** Pages (by index) that end higher than the text area, so their last lines move on with what follows them. */
  private readonly shortPages = new Map<number, number>();

  constructor(private readonly geometry: PageGeometry) {
    this.left = geometry.marginLeft;
    this.width = geometry.width - geometry.marginLeft - geometry.marginRight;
    this.top = geometry.marginTop;
    this.pageBottom = geometry.height - geometry.marginBottom;
    this.newPage();
  }

  /** Bottom of the current page's text, above the margin where the page was ended early. */
  get bottom(): number {
    return this.shortPages.get(this.pages.length - 1) ?? this.pageBottom;
  }

  get remaining(): number {
    return this.bottom - this.y;
  }

  /** Index of the current page. */
  get pageIndex(): number {
    return this.pages.length - 1;
  }

  /** Ends page `index` at `bottom`: nothing is placed below it there. */
  endPageAt(index: number, bottom: number): void {
    this.shortPages.set(index, bottom);
  }

  /** A copy of the cursor at its current place, drawing onto blank pages: for trying a layout before making it. */
  fork(): PageFlow {
    const copy = new PageFlow(this.geometry);
    copy.pages.length = 0;
    for (let index = 0; index < this.pages.length; index += 1) copy.pages.push([]);
    copy.y = this.y;
    copy.placedOnPage = this.placedOnPage;
    for (const [index, bottom] of this.shortPages) copy.shortPages.set(index, bottom);
    return copy;
  }

  get atPageTop(): boolean {
    return !this.placedOnPage;
  }

  /** The height of a fresh page's text area. */
  get pageHeight(): number {
    return this.pageBottom - this.top;
  }

  fits(height: number): boolean {
    return height <= this.remaining + tolerance;
  }

  newPage(): void {
    this.pages.push([]);
    this.y = this.top;
    this.placedOnPage = false;
  }

  /** Starts a new page unless `height` still fits here or the page is empty anyway. */
  ensure(height: number): void {
    if (!this.fits(height) && !this.atPageTop) this.newPage();
  }

  draw(op: DrawOp): void {
    this.pages[this.pages.length - 1]?.push(op);
    this.placedOnPage = true;
  }

  advance(height: number): void {
    this.y += height;
  }

  /** Vertical space between blocks, dropped at the top of a page. */
  space(height: number): void {
    if (this.atPageTop) return;
    if (this.fits(height)) this.y += height;
    else this.newPage();
  }
}
