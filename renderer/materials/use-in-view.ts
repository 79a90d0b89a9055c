import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether `target` is within `margin` of its scrolling `root`'s visible area: pages and thumbnails
 * render only while near the view, so a 200-page PDF keeps a handful of canvases alive.
 */
export const useInView = (target: RefObject<Element | null>, root: RefObject<Element | null>, margin: string): boolean => {
  const [inView, setInView] = useState(false);
  useEffect(() => {
    const element = target.current;
    if (!element) return;
    const observer = new IntersectionObserver(([entry]) => setInView(entry?.isIntersecting ?? false), { root: root.current, rootMargin: margin });
    observer.observe(element);
    return () => observer.disconnect();
  }, [target, root, margin]);
  return inView;
};
