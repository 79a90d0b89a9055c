import { describe, expect, it } from 'vitest';
import { scoreSheetSchema } from './score-sheet.js';

const version = {
  scores: [{ criterionId: 'compliance', score: 16, justification: '' }],
  veto: null,
  recommendation: 'pass',
  opinion: '',
  versionNo: 1,
  submittedAt: '2026-11-28T10:00:00+08:00',
};
const sheet = {
  id: 'S01/E02',
  meetingId: 'M1',
  submissionId: 'S01',
  expertId: 'E02',
  rubricId: 'zzb-technical',
  status: 'submitted',
  draft: { ...version, recommendation: 'pass' },
  versions: [version],
  updatedAt: '2026-11-28T10:00:00+08:00',
};

describe('score sheet versions', () => {
  it('load as stored before sheets were signed, and with a signature or none (paper)', () => {
    expect(scoreSheetSchema.parse(sheet).versions[0]).not.toHaveProperty('signatureImage');
    for (const signatureImage of ['data:image/png;base64,iVBORw0KGgo=', null]) {
      expect(scoreSheetSchema.parse({ ...sheet, versions: [{ ...version, signatureImage }] }).versions[0]?.signatureImage).toBe(signatureImage);
    }
  });

  it('refuse a signature that is not a PNG, naming it', () => {
    const parsed = scoreSheetSchema.safeParse({ ...sheet, versions: [{ ...version, signatureImage: 'data:image/jpeg;base64,/9j/' }] });
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['versions.0.signatureImage', '评分表签名须为 PNG 图像']]);
  });
});
