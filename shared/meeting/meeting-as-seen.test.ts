import { describe, expect, it } from 'vitest';
import { sampleMeetingRecord } from '../../test/fixtures/sample-meeting.js';
import { samplePanel, samplePledges } from '../../test/fixtures/sample-panel.js';
import type { ReviewComment } from '../model/comment.js';
import type { ReviewPhase } from '../model/phase.js';
import { zzbTechnicalRubric } from '../rubrics/zzb-technical.js';
import type { AuditEvent } from '../model/audit-event.js';
import { auditAsSeenBy, meetingAsSeenBy } from './meeting-as-seen.js';
import type { MeetingData } from './meeting-data.js';

const verifier = { algorithm: 'PBKDF2-SHA256' as const, iterations: 600_000, salt: '0'.repeat(32), hash: '1'.repeat(64) };

const comment = (expertId: string): ReviewComment => ({
  id: `C-${expertId}`,
  meetingId: 'M-2026-0147',
  submissionId: 'S01',
  expertId,
  clause: '5.1',
  type: 'technical',
  text: '试验方法不明确',
  proposedChange: '',
  resolution: null,
  resolutionNote: '',
  createdAt: '2026-11-28T10:00:00+08:00',
  updatedAt: '2026-11-28T10:00:00+08:00',
});

/** Three experts scoring S01: E01 and E02 have submitted, E03 is still drafting. */
const meeting = (phase: ReviewPhase): MeetingData => {
  const { experts, sheets } = samplePanel(zzbTechnicalRubric, 'S01', [
    { scores: [20, 20, 20, 20, 20], recommendation: 'pass' },
    { scores: [10, 10, 10, 10, 10], recommendation: 'fail' },
    { scores: [15, 15, 15, 15, 15], recommendation: 'pass' },
  ]);
  const drafting = { ...sheets[2]!, status: 'draft' as const, versions: [] };
  return {
    meeting: { id: 'M-2026-0147', packageId: null, title: '审评会', reviewType: 'technical', startsAt: '2026-11-28T09:30:00+08:00', venue: '', organizer: '', rubric: null, rules: null },
    experts,
    submissions: [{ id: 'S01', meetingId: 'M-2026-0147', standardName: '电子膨胀阀', proposedCode: '', standardKind: 'product', leadDrafter: '某公司', coDrafters: [], revisionOf: null, phase }],
    materials: [],
    pledges: samplePledges(experts.map((e) => e.id)).map((p) => ({ ...p, pin: verifier })),
    recusals: [],
    scoreSheets: [sheets[0]!, sheets[1]!, drafting],
    comments: ['E01', 'E02', 'E03'].map(comment),
    verdicts: [],
  };
};

const sheetOf = (data: MeetingData, expertId: string) => data.scoreSheets.find((s) => s.expertId === expertId)!;

describe('the meeting as one viewer receives it', () => {
  it('never carries a PIN hash', () => {
    const seen = meetingAsSeenBy(meeting('scoring'), { kind: 'secretary' });
    expect(seen.pledges.every((p) => p.pin === undefined)).toBe(true);
  });

  it('shows the secretary progress but no score while scoring is blind', () => {
    const seen = meetingAsSeenBy(meeting('scoring'), { kind: 'secretary' });
    expect(sheetOf(seen, 'E01')).toMatchObject({ status: 'submitted', versions: [] });
    expect(sheetOf(seen, 'E01').draft.recommendation).toBeNull();
    expect(seen.comments).toEqual([]);
  });

  it('shows an expert who has not submitted only their own sheet and comments', () => {
    const seen = meetingAsSeenBy(meeting('scoring'), { kind: 'expert', expertId: 'E03' });
    expect(sheetOf(seen, 'E01').versions).toEqual([]);
    expect(sheetOf(seen, 'E02').versions).toEqual([]);
    expect(sheetOf(seen, 'E03')).toEqual(meeting('scoring').scoreSheets[2]);
    expect(seen.comments.map((c) => c.expertId)).toEqual(['E03']);
  });

  it('shows an expert who has submitted the others\u2019 submitted versions, never their drafts', () => {
    const seen = meetingAsSeenBy(meeting('scoring'), { kind: 'expert', expertId: 'E01' });
    expect(sheetOf(seen, 'E02').versions).toHaveLength(1);
    expect(sheetOf(seen, 'E03').draft.scores.every((s) => s.score === null)).toBe(true);
    expect(seen.comments).toHaveLength(3);
  });

  it('shows the secretary every submitted version once discussion starts', () => {
    const seen = meetingAsSeenBy(meeting('discussion'), { kind: 'secretary' });
    expect(sheetOf(seen, 'E02').versions[0]?.recommendation).toBe('fail');
    expect(sheetOf(seen, 'E02').draft.recommendation).toBeNull();
  });
});

describe('the audit trail as one viewer reads it', () => {
  const submitted = (actor: string): AuditEvent => ({
    id: `A-${actor}`,
    meetingId: 'M-2026-0147',
    submissionId: 'S01',
    actor,
    action: 'score-sheet.submit',
    at: '2026-11-28T10:00:00+08:00',
    details: { sheetId: `S01/${actor}`, versionNo: 1, reason: '', recommendation: 'fail' },
  });

  it('keeps a submitted recommendation from the secretary and from experts still scoring blind', () => {
    for (const viewer of [{ kind: 'secretary' } as const, { kind: 'expert', expertId: 'E03' } as const]) {
      const [entry] = auditAsSeenBy([submitted('E02')], meeting('scoring'), viewer);
      expect(entry?.details).not.toHaveProperty('recommendation');
      expect(entry?.details).toMatchObject({ versionNo: 1 });
    }
  });

  it('shows it to its author, and to everyone once the scores are revealed', () => {
    expect(auditAsSeenBy([submitted('E03')], meeting('scoring'), { kind: 'expert', expertId: 'E03' })[0]?.details).toHaveProperty('recommendation', 'fail');
    expect(auditAsSeenBy([submitted('E02')], meeting('discussion'), { kind: 'secretary' })[0]?.details).toHaveProperty('recommendation', 'fail');
  });
});

describe('signatures as each viewer receives them', () => {
  it('keeps every other expert’s handwriting off an expert’s device, and gives the workstation all of it, whoever is at it', () => {
    const record = sampleMeetingRecord({ submissions: 1 });
    const viewer = record.experts[1]!.id;
    const imagesOf = (data: MeetingData) => ({
      pledges: data.pledges.filter((pledge) => pledge.signatureImage !== null).map((pledge) => pledge.expertId),
      verdicts: data.verdicts.flatMap((verdict) => verdict.signatures.filter((signature) => signature.image !== null).map((signature) => signature.expertId)),
    });
    const signed = imagesOf(record);
    expect(Math.min(signed.pledges.length, signed.verdicts.length)).toBeGreaterThan(1);
    expect(imagesOf(meetingAsSeenBy(record, { kind: 'expert', expertId: viewer }, 'device'))).toEqual({
      pledges: signed.pledges.filter((id) => id === viewer),
      verdicts: signed.verdicts.filter((id) => id === viewer),
    });
    expect(imagesOf(meetingAsSeenBy(record, { kind: 'secretary' }))).toEqual(signed);
    // The workstation prints the documents, signatures included, while an expert is signed in at it too.
    expect(imagesOf(meetingAsSeenBy(record, { kind: 'expert', expertId: viewer }))).toEqual(signed);
  });
});
