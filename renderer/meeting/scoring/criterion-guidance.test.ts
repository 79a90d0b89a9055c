import { describe, expect, it } from 'vitest';
import { builtinRubrics } from '../../../shared/rubrics/builtin-rubrics.js';
import { guidanceOf } from './criterion-guidance.js';

describe('a criterion’s guidance on the scoring screen', () => {
  const compliance = builtinRubrics.technical.criteria[0]!;

  it('is the English text in the English interface and the Chinese in the Chinese one', () => {
    expect(guidanceOf(compliance, 'en')).toEqual({ text: compliance.en.guidance, checkpoints: compliance.en.checkpoints, lang: 'en', chineseOnly: false });
    expect(guidanceOf(compliance, 'zh-CN')).toEqual({ text: compliance.guidance, checkpoints: compliance.checkpoints, lang: 'zh-CN', chineseOnly: false });
  });

  it('falls back to the package’s Chinese in the English interface, marked as such, when the package gave no English', () => {
    const { en: _english, ...chineseOnly } = compliance;
    expect(guidanceOf(chineseOnly, 'en')).toEqual({ text: compliance.guidance, checkpoints: compliance.checkpoints, lang: 'zh-CN', chineseOnly: true });
  });
});
