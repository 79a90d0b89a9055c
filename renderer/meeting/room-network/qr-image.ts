import { bytesToBase64 } from '../../../shared/protocol/base64.js';

/**
 * The host's SVG QR code as an image source: as an <img>, the SVG's markup is never inserted into
 * the page, so nothing in it can run or restyle the screen.
 */
export const svgImageSource = (svg: string): string => `data:image/svg+xml;base64,${bytesToBase64(new TextEncoder().encode(svg))}`;
