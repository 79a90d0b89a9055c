import { HostFailure } from '../../../shared/api/result.js';
import type { MeetingData } from '../../../shared/meeting/meeting-data.js';
import { callHost } from '../../host/host-client.js';
import { useHostQuery } from '../../host/use-host-query.js';
import type { SheetActions, SheetDraft } from '../../meeting/scoring/sheet-actions.js';
import { draftKey, expertDatabase, expertQueue, failWhenSessionLost, runAction } from './expert-outbox.js';

/**
 * A read from the hub, kept on the device: without a connection (a reload with the Wi-Fi gone) the
 * screen shows the last answer instead of nothing.
 */
export const readKept = async <T>(key: string, read: () => Promise<T>): Promise<T> => {
  try {
    const value = await read();
    await expertDatabase.cached.put({ key, value });
    return value;
  } catch (error) {
    failWhenSessionLost(error);
    if (error instanceof HostFailure && error.code === 'unreachable') {
      const kept = await expertDatabase.cached.get(key);
      if (kept !== undefined) return kept.value as T;
    }
    throw error;
  }
};

/** The meeting as the hub lets this expert see it, read again on every change the hub announces. */
export const useExpertMeeting = (meetingId: string): MeetingData | null | undefined =>
  useHostQuery(() => readKept(`meeting:${meetingId}`, () => callHost('meeting.read', { meetingId })), [], meetingId);

/**
 * The score sheet editor's reads and writes on an expert's device: a draft goes to the outbox (and
 * the screen says 「未同步」 until the hub acknowledged it); opening shows the newest draft the device
 * holds, sent or not.
 */
export const expertSheetActions: SheetActions = {
  async open(key) {
    const opened = await readKept(`sheet:${key.meetingId}/${key.submissionId}/${key.expertId}`, () => callHost('sheet.open', key));
    const coalesceKey = draftKey(key.meetingId, key.submissionId, key.expertId);
    const queued = (await expertQueue.state()).pending.filter((row) => row.coalesceKey === coalesceKey).at(-1);
    if (queued === undefined) return opened;
    const { content, comments } = queued.args as SheetDraft;
    return { sheet: { ...opened.sheet, draft: content }, comments };
  },
  async saveDraft(key, draft) {
    await expertQueue.enqueue('sheet.saveDraft', { ...key, content: draft.content, comments: draft.comments }, draftKey(key.meetingId, key.submissionId, key.expertId));
  },
  async submit(key, reason, signatureImage) {
    const { versionNo } = (await runAction('sheet.submit', { ...key, reason, signatureImage })) as { versionNo: number };
    return versionNo;
  },
};
