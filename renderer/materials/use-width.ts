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
