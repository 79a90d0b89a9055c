import { useSyncExternalStore } from 'react';

/**
 * The hash holds the page and its parameters (`#/meetings/M-2026-0147/scoring/S01`), so a reload or a
 * crash-restart returns to the same screen without a router dependency.
 */
export type Route = { path: string[]; query: URLSearchParams };

const parse = (hash: string): Route => {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { path: segments.length > 0 ? segments : ['meetings'], query: new URLSearchParams(query) };
};

let cached: { hash: string; route: Route } | null = null;

/** useSyncExternalStore needs the same object while the hash is unchanged. */
const current = (): Route => {
  const hash = window.location.hash;
  if (cached?.hash !== hash) cached = { hash, route: parse(hash) };
  return cached.route;
};

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export const useRoute = (): Route => useSyncExternalStore(subscribe, current);

/** The route shown now, for code outside React (such as preloading the first screen's code at start-up). */
export const currentRoute = (): Route => current();

export const hrefFor = (...segments: string[]): string => `#/${segments.map(encodeURIComponent).join('/')}`;

export const navigate = (...segments: string[]): void => {
  window.location.hash = hrefFor(...segments);
};
