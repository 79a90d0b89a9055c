import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMeetingStore } from '../../../electron/services/meeting/meeting-store.js';
import { meetingStoreFile } from '../../../electron/services/meeting/open-meeting-deps.js';
import type { Expert } from '../../../shared/model/expert.js';
import { rubricFor } from '../../../shared/engine/review-config.js';
import { pledgeText } from '../../../shared/meeting/pledge-text.js';
import { dotPng, meetingSeed, pinVerifier, seedMeetingId } from '../../e2e/support/seed-meeting.js';

/** Expert ids of a panel of `size`: E01, E02, … (two digits; the chair first). */
export const panelIds = (size: number): string[] => Array.from({ length: size }, (_, i) => `E${String(i + 1).padStart(2, '0')}`);

/** Each panel member's PIN: their number, four digits (E07 → "0007"), so no two share one. */
export const panelPinOf = (expertId: string): string => expertId.slice(1).padStart(4, '0');

/** Ids of `count` submissions: S01, S02, … */
export const submissionIds = (count: number): string[] => Array.from({ length: count }, (_, i) => `S${String(i + 1).padStart(2, '0')}`);

/**
 * A new data folder whose store holds the seed meeting with a panel of `size` experts, all present
 * and pledged (`panelPinOf` PINs), and `submissions` drafts (`submissionIds`), all in scoring:
 * written as an import would, before the host starts. The bench's room of thirty devices.
 */
export const seededPanelFolder = async (size: number, submissions: number): Promise<string> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'zz-hub-panel-'));
  const seed = meetingSeed({ phase: 'scoring' });
  const meetingId = seedMeetingId;
  const experts: Expert[] = panelIds(size).map((id, i) => ({
    id,
    meetingId,
    name: `专家${i + 1}号`,
    organization: `浙江省第${i + 1}检测研究院`,
    title: '高级工程师',
    field: '机电产品检测',
    role: i === 0 ? 'chair' : i === 1 ? 'vice-chair' : 'member',
    affiliations: [],
    present: true,
  }));
  const store = openMeetingStore({ path: join(dataDir, meetingStoreFile) });
  try {
    store.writeNow({ meetingId }, (tx) => {
      tx.meetings.put(seed.meeting);
      const template = seed.submissions.find((submission) => submission.id === 'S02')!;
      submissionIds(submissions).forEach((id, i) => {
        tx.submissions.put({ ...template, id, standardName: `${template.standardName}（第 ${i + 1} 项）`, proposedCode: `T/ZZB ${3122 + i}—2026` });
      });
      for (const expert of experts) {
        tx.experts.put(expert);
        tx.pledges.put({
          id: `P-${expert.id}`,
          meetingId,
          expertId: expert.id,
          text: pledgeText(rubricFor(seed.meeting)),
          signedAt: '2026-11-28T09:40:00+08:00',
          signatureImage: dotPng,
          pin: pinVerifier(panelPinOf(expert.id)),
        });
      }
    });
  } finally {
    store.close();
  }
  return dataDir;
};
