import { useState } from 'react';

/** The sidebar's whole width in CSS pixels, padding and border included (reader.css sizes it border-box). */
export const sidebarWidth = 248;

/**
 * `docked` beside the page, `floating` over it, or `closed`. It docks only where the page beside it
 * still fits the width at a readable zoom; elsewhere it starts closed, and when opened it floats so
 * the page keeps its size.
 */
export type SidebarPlacement = 'docked' | 'floating' | 'closed';

/** `choice` is the reader's own open or close, `null` until they make one. */
export const sidebarPlacement = (choice: boolean | null, readerWidth: number, readableViewWidth: number): SidebarPlacement => {
  const fits = readerWidth - sidebarWidth >= readableViewWidth;
  if (!(choice ?? fits)) return 'closed';
  return fits ? 'docked' : 'floating';
};

/**
 * The reader's sidebar: docked where there is room, floating where not. A floating sidebar closes once
 * the reader has jumped somewhere from it, handing the page its view back.
 */
export const useReaderSidebar = (readerWidth: number, readableViewWidth: number) => {
  const [choice, setChoice] = useState<boolean | null>(null);
  const placement = sidebarPlacement(choice, readerWidth, readableViewWidth);
  return {
    placement,
    toggle: () => setChoice(placement === 'closed'),
    afterJump: () => {
      if (placement === 'floating') setChoice(null);
    },
  };
};
