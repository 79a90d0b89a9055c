import { lazy, type ComponentType } from 'react';

type Preloadable = { preload(): Promise<unknown> };

/** A screen whose code is a chunk of its own, fetched the first time it shows or when `preload` asks earlier. */
export type LazyScreen<Props> = ComponentType<Props> & Preloadable;

export const lazyScreen = <Props extends object>(load: () => Promise<ComponentType<Props>>): LazyScreen<Props> => {
  let loading: Promise<{ default: ComponentType<Props> }> | null = null;
  const preload = () => (loading ??= load().then((component) => ({ default: component })));
  return Object.assign(lazy(preload), { preload });
};

/** Long enough for the screen on show to fetch what it needs first, without sharing the network and the main thread. */
const settleMs = 1500;

/** Fetches the screens' chunks once the screen on show has settled and the browser is idle, so a first visit to each does not wait for them. */
export const preloadWhenIdle = (screens: readonly Preloadable[]): (() => void) => {
  let idle = 0;
  const timer = window.setTimeout(() => {
    idle = requestIdleCallback(() => {
      for (const screen of screens) screen.preload().catch((error: unknown) => console.error('预载页面失败', error));
    });
  }, settleMs);
  return () => {
    window.clearTimeout(timer);
    cancelIdleCallback(idle);
  };
};
