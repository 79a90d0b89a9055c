import { useMediaQuery } from './use-media-query.js';

/** Whether the operating system asks for less motion; followed live when the setting changes. */
export const useReducedMotion = (): boolean => useMediaQuery('(prefers-reduced-motion: reduce)');
