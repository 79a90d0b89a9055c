import type { Caller } from '../../../shared/api/caller.js';
import { HostFailure } from '../../../shared/api/result.js';
import { hasSubmitted } from '../../../shared/engine/eligibility.js';
import type { Expert } from '../../../shared/model/expert.js';
import type { Pledge, PinVerifier } from '../../../shared/model/pledge.js';
import type { ActingExperts } from './acting-experts.js';
import { actingExpertId } from './actor.js';
import type { MeetingTx } from './meeting-store.js';

/**
 * On what authority a pledge is signed: the first signing sets the PIN; signing again replaces it,
 * so it takes the old PIN or the chair's word.
 */
export type PledgeAuthority = { kind: 'first' } | { kind: 'old-pin'; verifier: PinVerifier } | { kind: 'chair'; chair: Expert };

export type PledgePlan = { previous: Pledge | undefined; authority: PledgeAuthority };

const refusal = (message: string, field: string) => new HostFailure('refused', message, field);

/**
 * Who may sign this expert's pledge now. Once they have submitted a sheet, never again: whoever could
 * set their PIN then could revise their scores. Without the old PIN only the chair, unlocked at this
 * workstation, and only before any scoring starts; the chair's own PIN only with the chair's old one.
 */
export const planPledge = (tx: MeetingTx, caller: Caller, acting: ActingExperts, expert: Expert, oldPinGiven: boolean): PledgePlan => {
  const { meetingId } = expert;
  if (!expert.present) throw refusal(`专家${expert.name}未签到，不能签署承诺`, 'expertId');
  if (tx.scoreSheets.list(meetingId, { expertId: expert.id }).some(hasSubmitted)) throw refusal(`专家${expert.name}已提交评分表，不能再重新签署承诺或重设 PIN`, 'expertId');
  const previous = tx.pledges.list(meetingId, { expertId: expert.id })[0];
  if (previous?.pin === undefined) return { previous, authority: { kind: 'first' } };
  if (oldPinGiven) return { previous, authority: { kind: 'old-pin', verifier: previous.pin } };
  if (caller.scope === 'expert' || expert.role === 'chair') throw refusal(`专家${expert.name}已设置 PIN，重新签署须输入原 PIN`, 'oldPin');
  const chair = tx.experts.get(meetingId, actingExpertId(caller, acting, meetingId) ?? '');
  if (chair?.role !== 'chair') throw refusal(`专家${expert.name}已设置 PIN：重新签署须输入原 PIN，或由组长先输入本人 PIN 验证身份`, 'oldPin');
  const started = tx.submissions.list(meetingId).find((submission) => submission.phase !== 'preparation');
  if (started !== undefined) throw refusal(`《${started.standardName}》已开始评分，组长不能再为专家${expert.name}重设 PIN：须输入原 PIN`, 'oldPin');
  return { previous, authority: { kind: 'chair', chair } };
};
