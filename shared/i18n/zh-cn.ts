import { foundationZhCN } from './messages/foundation.zh-cn.js';

/**
 * Simplified Chinese is the source language: every key the UI uses is declared here first.
 * Each feature keeps its strings in `messages/<feature>.zh-cn.ts` and `messages/<feature>.en.ts`.
 */
export const zhCN = {
  ...foundationZhCN,
} as const;

export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;
