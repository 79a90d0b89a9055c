import type { demoZhCN } from './demo.zh-cn.js';

export const demoEn: Record<keyof typeof demoZhCN, string> = {
  'demo.load': 'Load the demo meeting',
  'demo.hint': 'Loads a fictional technical review of “Made in Zhejiang” standards (3 drafts, 7 experts) to try the workflow',
  'demo.failed': 'Could not load the demo meeting: {message}',
};
