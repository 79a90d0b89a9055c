import { useSyncExternalStore } from 'react';

export const routes = ['meetings', 'settings', 'about'] as const;
export type Route = (typeof routes)[number];

/** The hash keeps the page across a reload without a router dependency. */
const current = (): Route => {
  const name = window.location.hash.replace(/^#\/?/, '');
  return (routes as readonly string[]).includes(name) ? (name as Route) : 'meetings';
};

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export const useRoute = (): Route => useSyncExternalStore(subscribe, current);

export const navigate = (route: Route): void => {
  window.location.hash = `#/${route}`;
};
