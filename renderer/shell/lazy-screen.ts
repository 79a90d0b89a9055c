import { lazy, type ComponentType } from 'react';

type Preloadable = { preload(): Promise<unknown> };

/** A screen whose code is a chunk of its own, fetched the first time it shows or when `preload` asks earlier. */
export type LazyScreen<Props> = ComponentType<Props> & Preloadable;

export const lazyScreen = <Props extends object>(load: () => Promise<ComponentType<Props>>): LazyScreen<Props> => {
  let loading: Promise<{ default: ComponentType<Props> }> | null = null;
  const preload = () => (loading ??= load().then((component) => ({ default: component })));
  return Object.assign(lazy(preload), { preload });
};

/** Fetches the screens' chunks once the browser is idle, so the first visit to each does not wait for them. */
export const preloadWhenIdle = (screens: readonly Preloadable[]): (() => void) => {
  const handle = requestIdleCallback(() => {
    for (const screen of screens) screen.preload().catch((error: unknown) => console.error('预载页面失败', error));
  });
  return () => cancelIdleCallback(handle);
};
