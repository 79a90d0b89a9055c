import { useEffect, useState, type RefObject } from 'react';

/** The element's inner width in CSS pixels, kept current as the window or a split view resizes it. */
export const useWidth = (target: RefObject<HTMLElement | null>): number => {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = target.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [target]);
  return width;
};

/** Below this reader width the sidebar starts hidden, leaving the page readable beside a score sheet. */
const sidebarMinReaderWidth = 760;

/** The sidebar is open when the reader chose so, or by default when the reader is wide enough. */
export const sidebarShown = (choice: boolean | null, readerWidth: number): boolean => choice ?? readerWidth >= sidebarMinReaderWidth;
