import { HostFailure } from '../../shared/api/result.js';
import { translator } from '../../shared/i18n/translate.js';
import { choosePath } from '../files/path-chooser.js';
import { callHost } from '../host/host-client.js';
import { writeImport } from '../import/import-records.js';
import { database } from '../state/database.js';
import { draftToRecords, newMeetingId } from './draft-records.js';
import { fileTitle, guessMaterialKind } from './material-kind.js';
import { newKey, type MaterialDraft, type MeetingDraft } from './meeting-draft.js';
import { normalizeMeetingTime } from './meeting-time.js';

export const materialExtensions = ['pdf', 'docx'];

/** Material titles are data that go into Chinese documents, so they take the Chinese name of the kind. */
const chineseTitle = translator('zh-CN');

/**
 * Copies a file the secretary picks into the content store; null when the choice was cancelled.
 * The kind and title are guessed from the file name and stay editable.
 */
export const addMaterialFile = async (dialogTitle: string, submissionHasDraft: boolean): Promise<MaterialDraft | null> => {
  const path = await choosePath({ mode: 'open', title: dialogTitle, extensions: materialExtensions });
  if (path === null) return null;
  try {
    const stored = await callHost('materials.add', path === undefined ? {} : { path });
    const kind = guessMaterialKind(stored.fileName, submissionHasDraft);
    return {
      key: newKey(),
      kind,
      title: kind === 'other' ? fileTitle(stored.fileName) : chineseTitle(`import.materialKind.${kind}`),
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

/** Writes a validated draft as a new meeting, its records and audit entry in one transaction; returns its id. */
export const saveMeetingDraft = async (draft: MeetingDraft): Promise<string> => {
  const startsAt = normalizeMeetingTime(draft.startsAt);
  if (startsAt === null) throw new Error(`会议时间无效：${draft.startsAt}`);
  const meetingId = newMeetingId(startsAt);
  const offsetMinutes = -new Date(startsAt).getTimezoneOffset();
  const records = draftToRecords(draft, meetingId, offsetMinutes);
  await writeImport(database, records, { action: 'meeting.create', details: { title: records.meeting.title, source: 'manual' } });
  return meetingId;
};
