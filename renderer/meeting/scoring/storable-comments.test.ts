import { describe, expect, it } from 'vitest';
import type { ReviewComment } from '../../../shared/model/comment.js';
import { storableComments } from './storable-comments.js';

const comment = (id: string, clause: string, text: string): ReviewComment => ({
  id,
  meetingId: 'M1',
  submissionId: 'S01',
  expertId: 'E02',
  clause,
  type: 'technical',
  text,
  proposedChange: '',
  resolution: null,
  resolutionNote: '',
  createdAt: '2026-11-28T10:00:00+08:00',
  updatedAt: '2026-11-28T10:00:00+08:00',
});

describe('the comments a draft save sends', () => {
  it('sends complete comments as typed, one being retyped as last stored, and a new one only once complete', () => {
    const stored = comment('a', '6.2.3', '补充试验方法');
    const sent = storableComments([{ ...stored, text: ' ' }, comment('b', '5.1', '删去重复条款'), comment('c', '', '尚未填写章条')], new Map([['a', stored]]));
    expect(sent.map((c) => [c.id, c.text])).toEqual([
      ['a', '补充试验方法'],
      ['b', '删去重复条款'],
    ]);
  });
});
