import { describe, expect, it } from 'vitest';
import { kindOnlyForbidden, technicalOnlyWords } from '../../test/support/review-kind-words.js';
import type { ReviewType } from '../model/review-type.js';
import { en } from './en.js';
import * as kindKeys from './review-kind-keys.js';
import { zhCN } from './zh-cn.js';

/** Every screen word that differs by kind, as review-kind-keys.ts picks it. */
const keyMaps = Object.entries(kindKeys) as [string, Readonly<Record<ReviewType, keyof typeof zhCN>>][];

/** Another kind's name, in Chinese and in English, that a kind's text may not hold. */
const otherKindNames: Record<Exclude<ReviewType, 'technical'>, { zh: string; en: string }> = {
  initiation: { zh: '复审', en: 'periodic' },
  periodic: { zh: '立项', en: 'initiation' },
};

describe('screen words of each review kind', () => {
  it('shows an initiation or periodic review none of the technical review’s words nor the other kind’s', () => {
    expect(keyMaps.length).toBeGreaterThan(20);
    for (const [map, keys] of keyMaps) {
      for (const kind of ['initiation', 'periodic'] as const) {
        const zh = zhCN[keys[kind]];
        for (const word of [...technicalOnlyWords, ...kindOnlyForbidden[kind], otherKindNames[kind].zh]) expect(zh, `${map}.${kind}`).not.toContain(word);
        expect(en[keys[kind]].toLowerCase(), `${map}.${kind}`).not.toContain(otherKindNames[kind].en);
      }
      for (const other of Object.values(otherKindNames)) expect(zhCN[keys.technical], `${map}.technical`).not.toContain(other.zh);
    }
  });

  it('gives each kind its own text wherever the technical review’s names its words', () => {
    for (const [map, keys] of keyMaps) {
      const technical = zhCN[keys.technical];
      if (!technicalOnlyWords.some((word) => technical.includes(word))) continue;
      expect(new Set([keys.technical, keys.initiation, keys.periodic]).size, map).toBe(3);
    }
  });

  it('says a technical review’s words only in a technical review’s text, so no screen shows them to every kind', () => {
    // The demo meeting is a technical review by definition.
    const technicalTexts = new Set<string>(['demo.hint', ...keyMaps.map(([, keys]) => keys.technical)]);
    const everyKind = Object.entries(zhCN).filter(([key, text]) => !technicalTexts.has(key) && technicalOnlyWords.some((word) => text.includes(word)));
    expect(everyKind).toEqual([]);
  });
});
