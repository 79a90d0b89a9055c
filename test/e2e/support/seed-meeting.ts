import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openMeetingStore } from '../../../electron/services/meeting/meeting-store.js';
import { meetingStoreFile } from '../../../electron/services/meeting/open-meeting-deps.js';
import type { Expert } from '../../../shared/model/expert.js';
import type { ReviewPhase } from '../../../shared/model/phase.js';
import { pinIterationBounds, type Pledge } from '../../../shared/model/pledge.js';
import type { MeetingData } from '../../../shared/meeting/meeting-data.js';
import { pledgeText } from '../../../shared/meeting/pledge-text.js';
import { builtinRubrics } from '../../../shared/rubrics/builtin-rubrics.js';
import type { Workstation } from './workstation.js';

export const seedMeetingId = 'M-2026-0147';

/** The meeting and its rows per table, written as they are; score sheets and verdicts only where a test starts past blind scoring. */
export type MeetingSeed = Pick<MeetingData, 'meeting'> & Partial<Omit<MeetingData, 'meeting'>>;

export type SeedOptions = {
  /** Checked in (default false: check-in is part of what a test does). */
  present?: boolean;
  /** Every expert has signed the pledge with the PIN `pinOf(expertId)`; implies present. */
  pledged?: boolean;
  /** The chair has confirmed E06's recusal from S01 (the one detected conflict). */
  recusalDecided?: boolean;
  phase?: ReviewPhase;
};

const panel: readonly Pick<Expert, 'id' | 'name' | 'organization' | 'title' | 'field' | 'role'>[] = [
  { id: 'E01', name: '张建国', organization: '浙江省标准化研究院', title: '研究员', field: '标准化', role: 'chair' },
  { id: 'E02', name: '李慧敏', organization: '浙江大学机械工程学院', title: '教授', field: '流体传动与控制', role: 'vice-chair' },
  { id: 'E03', name: '王志强', organization: '浙江省机电产品质量检测所有限公司', title: '正高级工程师', field: '机电产品检测', role: 'member' },
  { id: 'E04', name: '陈晓燕', organization: '杭州市质量技术监督检测院', title: '高级工程师', field: '计量检测', role: 'member' },
  { id: 'E05', name: '刘伟', organization: '浙江省制冷学会', title: '高级工程师', field: '制冷空调', role: 'member' },
  { id: 'E06', name: '赵明', organization: '浙江三花智能控制股份有限公司', title: '高级工程师', field: '制冷控制元件', role: 'member' },
];

/** Each expert's PIN in seeded pledges: their number repeated, e.g. E03 → "3333". */
export const pinOf = (expertId: string): string => expertId.slice(-1).repeat(4);

/** The one conflict the engine should detect: E06 works for S01's lead drafter. */
export const conflictedExpertId = 'E06';
export const conflictedSubmissionId = 'S01';

const at = '2026-11-28T09:40:00+08:00';

/** A 1×1 PNG: a stand-in for a drawn signature where the test does not draw one. */
export const dotPng = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** PBKDF2 as the host computes it, with the fewest iterations it accepts so seeding stays fast (the verifier records them). */
export const pinVerifier = (pin: string): NonNullable<Pledge['pin']> => {
  const salt = randomBytes(16);
  const iterations = pinIterationBounds.min;
  return { algorithm: 'PBKDF2-SHA256', iterations, salt: salt.toString('hex'), hash: pbkdf2Sync(pin, salt, iterations, 32, 'sha256').toString('hex') };
};

/** A technical review of two submissions by six experts, one of whom works for S01's lead drafter. */
export const meetingSeed = (options: SeedOptions = {}): MeetingSeed & Pick<MeetingData, 'experts' | 'submissions' | 'materials' | 'pledges' | 'recusals'> => {
  const present = options.present === true || options.pledged === true;
  const meetingId = seedMeetingId;
  return {
    meeting: {
      id: meetingId,
      packageId: null,
      title: '2026年第十二批“浙江制造”标准技术审评会',
      reviewType: 'technical',
      startsAt: '2026-11-28T09:30:00+08:00',
      venue: '杭州市西湖区省标准化研究院三楼会议室',
      organizer: '浙江省品牌建设联合会',
      rubric: null,
      rules: null,
    },
    experts: panel.map((e) => ({ ...e, meetingId, affiliations: [], present })),
    submissions: [
      {
        id: 'S01',
        meetingId,
        standardName: '家用和类似用途电子膨胀阀',
        proposedCode: 'T/ZZB 3121—2026',
        standardKind: 'product',
        leadDrafter: '浙江三花智能控制股份有限公司',
        coDrafters: ['浙江方圆检测集团股份有限公司'],
        revisionOf: null,
        phase: options.phase ?? 'preparation',
      },
      {
        id: 'S02',
        meetingId,
        standardName: '高效节能三相异步电动机',
        proposedCode: 'T/ZZB 3122—2026',
        standardKind: 'product',
        leadDrafter: '卧龙电气驱动集团股份有限公司',
        coDrafters: ['浙江特种电机有限公司'],
        revisionOf: null,
        phase: options.phase ?? 'preparation',
      },
    ],
    materials: [],
    pledges:
      options.pledged === true
        ? panel.map((e) => ({ id: `P-${e.id}`, meetingId, expertId: e.id, text: pledgeText(builtinRubrics.technical), signedAt: at, signatureImage: dotPng, pin: pinVerifier(pinOf(e.id)) }))
        : [],
    recusals:
      options.recusalDecided === true
        ? [
            {
              id: `R-${conflictedSubmissionId}-${conflictedExpertId}`,
              meetingId,
              submissionId: conflictedSubmissionId,
              expertId: conflictedExpertId,
              source: 'detected',
              reason: '专家赵明所在单位「浙江三花智能控制股份有限公司」与《家用和类似用途电子膨胀阀》的主要起草单位「浙江三花智能控制股份有限公司」相同或关联，应回避',
              status: 'confirmed',
              flaggedAt: at,
              decidedBy: 'E01',
              decidedAt: at,
              decisionNote: '该专家为主要起草单位员工，回避该项目的评分和表决',
            },
          ]
        : [],
  };
};

/**
 * Writes the seed into the host's meeting store file in one transaction (rows are checked against the
 * model as the host checks them), then reloads the page: the host announced no change, so the page
 * reads the new state only when it loads again.
 */
export const seedMeeting = async (workstation: Workstation, page: Page, seed: MeetingSeed = meetingSeed()): Promise<void> => {
  const store = openMeetingStore({ path: join(workstation.dataDir, meetingStoreFile) });
  try {
    store.writeNow({ meetingId: seed.meeting.id }, (tx) => {
      tx.meetings.put(seed.meeting);
      for (const row of seed.experts ?? []) tx.experts.put(row);
      for (const row of seed.submissions ?? []) tx.submissions.put(row);
      for (const row of seed.materials ?? []) tx.materials.put(row);
      for (const row of seed.pledges ?? []) tx.pledges.put(row);
      for (const row of seed.recusals ?? []) tx.recusals.put(row);
      for (const row of seed.scoreSheets ?? []) tx.scoreSheets.put(row);
      for (const row of seed.comments ?? []) tx.comments.put(row);
      for (const row of seed.verdicts ?? []) tx.verdicts.put(row);
    });
  } finally {
    store.close();
  }
  await page.reload();
};
