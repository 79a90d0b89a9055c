import { describe, expect, it } from 'vitest';
import { sampleMeetingRecord } from '../../test/fixtures/sample-meeting.js';
import { expertProgress } from './expert-progress.js';
import type { MeetingData } from './meeting-data.js';

/** The sample meeting with S01 open for signing, S02 in blind scoring and S03 not yet started; 方建明 (E07) recused from S01. */
const data = ((): MeetingData => {
  const sample = sampleMeetingRecord();
  const phases = { S01: 'sign-off', S02: 'scoring', S03: 'preparation' } as const;
  return {
    ...sample,
    nextChecks: {},
    submissions: sample.submissions.map((s) => ({ ...s, phase: phases[s.id as keyof typeof phases] })),
    scoreSheets: sample.scoreSheets.filter((s) => !(s.submissionId === 'S02' && s.expertId === 'E02')),
  };
})();

describe('expertProgress', () => {
  it('counts submitted sheets over drafts being scored and signatures over drafts open for signing', () => {
    expect(expertProgress(data, 'E01')).toEqual({ toScore: 2, submitted: 2, toSign: 1, signed: 1 });
    expect(expertProgress(data, 'E02')).toEqual({ toScore: 2, submitted: 1, toSign: 1, signed: 1 });
  });

  it('leaves out a draft the expert is recused from', () => {
    expect(expertProgress(data, 'E07')).toEqual({ toScore: 1, submitted: 1, toSign: 0, signed: 0 });
  });

  it('counts only a signature on the current version of the opinion', () => {
    const amended = data.verdicts.map((v) => (v.submissionId === 'S01' ? { ...v, versionNo: 2, signatures: v.signatures.filter((s) => s.expertId !== 'E01') } : v));
    expect(expertProgress({ ...data, verdicts: [...data.verdicts, ...amended.filter((v) => v.submissionId === 'S01')] }, 'E01')).toMatchObject({ toSign: 1, signed: 0 });
  });
});
