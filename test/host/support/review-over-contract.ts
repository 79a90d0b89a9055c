import type { ScoreSheetContent } from '../../../shared/model/score-sheet.js';
import type { Verdict } from '../../../shared/model/verdict.js';
import { pinOf, seedMeetingId } from '../../e2e/support/seed-meeting.js';
import { succeed, type HostCaller } from './host-caller.js';
import { drawnSignature } from '../../support/verdict-host.js';

/**
 * The seeded meeting (`seededDataFolder`), reviewed through the contract alone as the workstation's
 * screens drive it: PINs unlock experts in the host, every act is a call.
 */
export const meetingId = seedMeetingId;

/** Who takes part in each seeded submission: E06 is recused from S01 once the seed's recusal is decided. */
export const participantsOf = (submissionId: string): string[] =>
  submissionId === 'S01' ? ['E01', 'E02', 'E03', 'E04', 'E05'] : ['E01', 'E02', 'E03', 'E04', 'E05', 'E06'];

/** Points per criterion of the technical rubric that need no justification, and pass. */
export const passingScores = [16, 12, 24, 12, 16] as const;

/** Makes `expertId` the one acting at this client with their PIN. */
export const unlock = async (caller: HostCaller, expertId: string): Promise<void> => {
  const answer = await succeed(caller, 'identity.unlock', { meetingId, expertId, pin: pinOf(expertId) });
  if (!answer.unlocked) throw new Error(`${expertId} was not unlocked: ${JSON.stringify(answer)}`);
};

/** The acting expert's draft for one submission, opened and saved with `scores`; returns what was saved. */
export const saveDraft = async (caller: HostCaller, submissionId: string, expertId: string, scores: readonly number[] = passingScores): Promise<ScoreSheetContent> => {
  const key = { meetingId, submissionId, expertId };
  const { sheet } = await succeed(caller, 'sheet.open', key);
  const content: ScoreSheetContent = {
    ...sheet.draft,
    scores: sheet.draft.scores.map((entry, i) => ({ ...entry, score: scores[i] ?? null })),
    recommendation: 'pass',
    opinion: `专家${expertId}的总体意见`,
  };
  await succeed(caller, 'sheet.saveDraft', { ...key, content, comments: [] });
  return content;
};

export const submitSheet = (caller: HostCaller, submissionId: string, expertId: string) =>
  succeed(caller, 'sheet.submit', { meetingId, submissionId, expertId, reason: '', signatureImage: drawnSignature });

/** Unlock, save a passing draft, submit: one expert's independent scoring. */
export const scoreAs = async (caller: HostCaller, submissionId: string, expertId: string): Promise<void> => {
  await unlock(caller, expertId);
  await saveDraft(caller, submissionId, expertId);
  await submitSheet(caller, submissionId, expertId);
};

export const advance = (caller: HostCaller, submissionId: string, to: 'scoring' | 'discussion' | 'vote' | 'sign-off') =>
  succeed(caller, 'submission.advancePhase', { meetingId, submissionId, to });

export const signVerdict = (caller: HostCaller, submissionId: string, expertId: string) =>
  succeed(caller, 'verdict.sign', { meetingId, submissionId, expertId, image: drawnSignature });

/** From the end of scoring to every signature, the chair's last, the chair left unlocked: what 定稿 needs. */
export const reviewToSignatures = async (caller: HostCaller, submissionId: string): Promise<void> => {
  await advance(caller, submissionId, 'discussion');
  await advance(caller, submissionId, 'vote');
  await succeed(caller, 'verdict.saveConclusion', { meetingId, submissionId, conclusion: '同意通过。', revisionRequirements: [], dissent: [] });
  await advance(caller, submissionId, 'sign-off');
  const [chair, ...members] = participantsOf(submissionId);
  for (const expertId of [...members, chair!]) {
    await unlock(caller, expertId);
    await signVerdict(caller, submissionId, expertId);
  }
};

/** A submission in scoring taken through the whole review to its finalised verdict, through the contract alone. */
export const reviewToFinal = async (caller: HostCaller, submissionId: string): Promise<Verdict> => {
  for (const expertId of participantsOf(submissionId)) await scoreAs(caller, submissionId, expertId);
  await reviewToSignatures(caller, submissionId);
  return succeed(caller, 'verdict.finalise', { meetingId, submissionId });
};
