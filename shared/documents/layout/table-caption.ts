import type { TableCaption } from './blocks.js';

/** 「表1」, an ideographic space, then the title: how Chinese documents caption a table. */
export const captionText = (caption: TableCaption): string => `表${caption.number}\u3000${caption.title}`;

/** 「表1（续）」 above the header row repeated where the table continues on a new page. */
export const continuedCaptionText = (caption: TableCaption): string => `表${caption.number}（续）`;
