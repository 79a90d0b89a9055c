import { describe, expect, it } from 'vitest';
import { cleanDraftText, draftFromText } from '../../../test/support/compliance-draft-text.js';
import { drafting1120Sentence, forewordStatement } from './foreword.js';

const withSentence = (sentence: string) => draftFromText(cleanDraftText.replace(drafting1120Sentence, sentence));

describe('foreword.statement', () => {
  it('accepts the sentence with or without the space GB/T 1.1 sets after 导则', () => {
    expect(forewordStatement(withSentence(drafting1120Sentence))).toEqual([]);
    expect(forewordStatement(withSentence(drafting1120Sentence.replace('　', '')))).toEqual([]);
  });

  it('accepts the sentence broken over two lines of a PDF paragraph', () => {
    expect(forewordStatement(withSentence('本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和\n起草规则》的规定起草。'))).toEqual([]);
  });

  it('reports the 2009 wording, quoting it', () => {
    const old = '本文件按照GB/T 1.1—2009《标准化工作导则　第1部分：标准的结构和编写》给出的规则起草。';
    expect(forewordStatement(withSentence(old))).toEqual([expect.objectContaining({ rule: 'foreword.statement', quote: old, page: 3, suggestion: drafting1120Sentence })]);
  });

  it('reports 本标准 for 本文件', () => {
    expect(forewordStatement(withSentence(drafting1120Sentence.replace('本文件', '本标准')))).toHaveLength(1);
  });

  it('reports a foreword without the sentence', () => {
    const [found] = forewordStatement(withSentence(''));
    expect(found).toMatchObject({ quote: '', message: { code: 'compliance.forewordMissing' } });
  });
});
