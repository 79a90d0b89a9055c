import { describe, expect, it } from 'vitest';
import type { Block } from '../layout/blocks.js';
import type { MeetingRecord } from '../meeting-record.js';
import { sampleMeetingRecord } from '../../../test/fixtures/sample-meeting.js';
import { minutesDocument } from './minutes.js';

const paragraphsOf = (record: MeetingRecord): string[] =>
  minutesDocument(record, { generatedAt: new Date('2026-11-26T09:00:00Z') }).blocks.flatMap((block: Block) =>
    block.kind === 'paragraph' ? [typeof block.text === 'string' ? block.text : block.text.map((run) => run.text).join('')] : [],
  );

describe('the minutes\' recusals', () => {
  const sample = sampleMeetingRecord();
  const declared = sample.recusals[0]!;

  it('report a detected conflict the chair dismissed and a declared one confirmed, each ending its reasons once', () => {
    const record: MeetingRecord = {
      ...sample,
      recusals: [
        { ...declared, reason: `${declared.reason}。`, decisionNote: '存在合作关系（已核实）。' },
        {
          ...declared,
          id: 'R-S02-E05',
          submissionId: 'S02',
          expertId: 'E05',
          source: 'detected',
          reason: '所在单位与参与起草单位同属一个集团；',
          status: 'dismissed',
          decisionNote: '两单位无业务往来',
        },
      ],
    };
    const recusals = paragraphsOf(record).filter((text) => text.includes('审评中，专家'));
    expect(recusals).toEqual([
      '《电动自行车用锂离子电池组》（T/ZZB 3581—2026）审评中，专家方建明本人申报回避，理由：专家方建明曾参与主要起草单位的产品检测委托项目。经组长沈立群确认回避。决定理由：存在合作关系（已核实）。该专家未参加该项目的评分和表决。',
      '《不锈钢真空保温杯》（T/ZZB 3582—2026）审评中，专家徐晓岚经系统比对提示可能存在利害关系，理由：所在单位与参与起草单位同属一个集团。经组长沈立群审查，不构成需要回避的利害关系。决定理由：两单位无业务往来。该专家正常参加该项目的评审。',
    ]);
  });

  it('say so when nobody had to stand aside', () => {
    expect(paragraphsOf({ ...sample, recusals: [] })).toContain('本次会议审评中无专家需要回避。');
  });
});
