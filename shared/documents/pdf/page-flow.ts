import type { DrawOp } from './draw-op.js';
import type { PageGeometry } from './pdf-style.js';

const tolerance = 0.01;

/** The cursor that fills pages top to bottom; blocks ask it for room and start new pages through it. */
export class PageFlow {
  readonly pages: DrawOp[][] = [];
  readonly left: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
  /** Distance of the cursor from the page's top edge. */
  y = 0;
  private placedOnPage = false;

  constructor(geometry: PageGeometry) {
    this.left = geometry.marginLeft;
    this.width = geometry.width - geometry.marginLeft - geometry.marginRight;
    this.top = geometry.marginTop;
    this.bottom = geometry.height - geometry.marginBottom;
    this.newPage();
  }

  get remaining(): number {
    return this.bottom - this.y;
  }

  get atPageTop(): boolean {
    return !this.placedOnPage;
  }

  /** The height of a fresh page's text area. */
  get pageHeight(): number {
    return this.bottom - this.top;
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
