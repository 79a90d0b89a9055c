import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { translator } from './translate.js';
import { zhCN } from './zh-cn.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  it('defaults to Chinese text and fills parameters', () => {
    expect(translator('zh-CN')('meetings.count', { count: 3 })).toBe('共 3 次审评会');
    expect(translator('en')('meetings.count', { count: 3 })).toBe('3 review meetings');
  });

  it('keeps the same placeholders in every language', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });

  it('has Chinese in every Chinese string (Han characters, or Chinese punctuation in a template such as 「{name}（{note}）」)', () => {
    const latinOnly = Object.entries(zhCN).filter(
      ([key, text]) => !/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(text) && !['settings.language.en', 'expert.language', 'settings.bureauUrl.placeholder', 'engine.outcome.explanation'].includes(key),
    );
    expect(latinOnly).toEqual([]);
  });

  it('has no Chinese in an English string but the Chinese language name and the Chinese words a user types or finds on paper', () => {
    const chineseOnPurpose = ['settings.language.zh', 'expert.language', 'setup.paste.help', 'setup.paste.placeholder', 'setup.issue.draftMissing', 'proxy.notice'];
    const leaking = Object.entries(en).filter(([key, text]) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(text) && !chineseOnPurpose.includes(key));
    expect(leaking).toEqual([]);
  });
});
