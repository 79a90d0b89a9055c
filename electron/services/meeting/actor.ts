import type { Caller } from '../../../shared/api/caller.js';
import { HostFailure } from '../../../shared/api/result.js';
import type { Viewer } from '../../../shared/engine/visibility.js';
import type { Expert } from '../../../shared/model/expert.js';
import type { ActingExperts } from './acting-experts.js';
import type { MeetingTx } from './meeting-store.js';

/**
 * The expert on whose behalf a caller acts in a meeting: an expert's own device is that expert; at
 * the workstation, whoever last unlocked with their PIN and has not gone idle. Null for the
 * secretary, who acts in no expert's name.
 */
export const actingExpertId = (caller: Caller, acting: ActingExperts, meetingId: string): string | null => {
  if (caller.scope === 'expert') return caller.meetingId === meetingId ? caller.expertId : null;
  const current = acting.current(caller.clientId);
  return current?.meetingId === meetingId ? current.expertId : null;
};

/** What blind-scoring rules let this caller see of a meeting. */
export const viewerOf = (caller: Caller, acting: ActingExperts, meetingId: string): Viewer => {
  const expertId = actingExpertId(caller, acting, meetingId);
  return expertId === null ? { kind: 'secretary' } : { kind: 'expert', expertId };
};

/** An expert device may only touch its own meeting. */
export const requireMeetingOf = (caller: Caller, meetingId: string): void => {
  if (caller.scope === 'expert' && caller.meetingId !== meetingId) throw new HostFailure('forbidden', '此设备只能访问本人参加的审评会', 'meetingId');
};

/** The secretary's acts (attendance, phases, import): only at the workstation. */
export const requireWorkstation = (caller: Caller): void => {
  if (caller.scope !== 'workstation') throw new HostFailure('forbidden', '只有秘书在工作站上才能进行此操作');
};

/**
 * Refuses unless `expertId` is the expert acting for this caller right now, and counts the act as
 * activity. The message says whose PIN is needed, since the screen may show someone else.
 */
export const requireActingExpert = (tx: MeetingTx, caller: Caller, acting: ActingExperts, meetingId: string, expertId: string): Expert => {
  requireMeetingOf(caller, meetingId);
  const expert = tx.experts.get(meetingId, expertId);
  if (expert === undefined) throw new HostFailure('not-found', `找不到专家 ${expertId}`, 'expertId');
  if (actingExpertId(caller, acting, meetingId) !== expertId) {
    throw new HostFailure('not-unlocked', `须由专家${expert.name}本人输入 PIN 解锁后才能进行此操作`, 'expertId');
  }
  if (caller.scope === 'workstation') acting.touch(caller.clientId);
  return expert;
};

/** As `requireActingExpert`, for the chair's acts: the acting expert must be the meeting's chair. */
export const requireActingChair = (tx: MeetingTx, caller: Caller, acting: ActingExperts, meetingId: string): Expert => {
  const chair = tx.experts.list(meetingId).find((expert) => expert.role === 'chair');
  if (chair === undefined) throw new HostFailure('refused', '专家组没有组长', 'meetingId');
  return requireActingExpert(tx, caller, acting, meetingId, chair.id);
};
