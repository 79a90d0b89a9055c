import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import * as kindKeys from './review-kind-keys.js';
import { zhCN } from './zh-cn.js';

/** The words around an expert's own sheet, from its submit button to the discussion of every sheet. */
const sheetWordMaps = [
  'advanceDiscussionKeys',
  'historyFinalKeys',
  'historyPreliminaryKeys',
  'historyTitleKeys',
  'hubOffKeys',
  'liveSubmittedKeys',
  'matrixVersionsKeys',
  'proxyOpenKeys',
  'proxyTitleKeys',
  'sheetPreliminaryKeys',
  'submitDoneKeys',
  'submitFirstKeys',
  'submitSignTitleKeys',
] as const;
const sheetWords = sheetWordMaps.map((map) => [map, kindKeys[map]] as const);

describe('the sheet words of a periodic review, whose rubric asks for no scores', () => {
  it('speak of its 复审意见表, never of scoring, in Chinese and in English', () => {
    for (const [map, keys] of sheetWords) {
      expect(zhCN[keys.periodic], map).not.toMatch(/评分|初评/);
      expect(en[keys.periodic].toLowerCase(), map).not.toMatch(/score|preliminary/);
    }
  });

  it('leave the scored kinds their scoring words', () => {
    for (const [map, keys] of sheetWords) expect(keys.initiation, map).toBe(keys.technical);
    expect(zhCN[kindKeys.submitFirstKeys.initiation]).toBe('提交评分');
  });
});
