import { HostFailure } from '../../shared/api/result.js';
import { translator } from '../../shared/i18n/translate.js';
import type { ReviewType } from '../../shared/model/review-type.js';
import { reviewWordings } from '../../shared/rubrics/review-wording.js';
import { newMeetingId } from '../../shared/setup/draft-records.js';
import type { MaterialDraft, MeetingDraft } from '../../shared/setup/meeting-draft.js';
import { defaultMeetingTimeZone, meetingZoneOffsetMinutes } from '../../shared/meeting/meeting-time-zone.js';
import { normalizeMeetingTime } from '../../shared/setup/meeting-time.js';
import { choosePath } from '../files/path-chooser.js';
import { callHost } from '../host/host-client.js';
import { fileTitle, guessMaterialKind } from './material-kind.js';
import { newKey } from './meeting-draft.js';

export const materialExtensions = ['pdf', 'docx'];

/** Material titles are data that go into Chinese documents, so they take the Chinese name of the kind. */
const chineseTitle = translator('zh-CN');

/**
 * Copies a file the secretary picks into the content store; null when the choice was cancelled.
 * The kind and title are guessed from the file name and stay editable; the first file of a submission
 * the name says nothing about is taken as the material its review kind requires (送审稿, 立项申请书,
 * 实施情况报告), titled as that kind names it.
 */
export const addMaterialFile = async (dialogTitle: string, reviewType: ReviewType, materials: readonly MaterialDraft[]): Promise<MaterialDraft | null> => {
  const required = reviewWordings[reviewType].requiredMaterial;
  const path = await choosePath({ mode: 'open', title: dialogTitle, extensions: materialExtensions });
  if (path === null) return null;
  try {
    const stored = await callHost('materials.add', path === undefined ? {} : { path });
    const kind = guessMaterialKind(stored.fileName, materials.some((m) => required.kinds.includes(m.kind)) ? 'other' : required.kinds[0]!);
    const title = kind === 'other' ? fileTitle(stored.fileName) : required.kinds.includes(kind) ? required.name : chineseTitle(`import.materialKind.${kind}`);
    return {
      key: newKey(),
      kind,
      title,
      fileName: stored.fileName,
      sha256: stored.sha256,
      bytes: stored.bytes,
      mediaType: stored.mediaType,
    };
  } catch (error) {
    if (error instanceof HostFailure && error.code === 'cancelled') return null;
    throw error;
  }
};

/**
 * Has the host create the meeting from a validated draft (it checks the draft again); returns its id. The
 * time was typed as the meeting room's clock (China Standard Time, the zone every screen and document
 * shows the meeting in), whatever zone this computer's clock is set to.
 */
export const saveMeetingDraft = async (draft: MeetingDraft): Promise<string> => {
  const startsAt = normalizeMeetingTime(draft.startsAt);
  if (startsAt === null) throw new Error(`会议时间无效：${draft.startsAt}`);
  const utcOffsetMinutes = meetingZoneOffsetMinutes(startsAt, { timeZone: defaultMeetingTimeZone });
  const created = await callHost('meeting.create', { meetingId: newMeetingId(startsAt), draft, utcOffsetMinutes });
  return created.meetingId;
};
