// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { builtinRubrics } from '../../../shared/rubrics/builtin-rubrics.js';
import { emptySheetContent } from '../../../shared/meeting/sheet-content.js';
import type { ScoreSheet } from '../../../shared/model/score-sheet.js';
import { callHost } from '../../host/host-client.js';
import { expertDatabase, expertQueue } from './expert-outbox.js';
import { expertSheetActions, readKept } from './expert-reads.js';

const key = { meetingId: 'M-2026-0147', submissionId: 'S01', expertId: 'E02' };
const blank = emptySheetContent(builtinRubrics.technical);
const hubSheet: ScoreSheet = { id: 'SH-S01-E02', meetingId: key.meetingId, submissionId: key.submissionId, expertId: key.expertId, rubricId: builtinRubrics.technical.id, status: 'draft', draft: blank, versions: [], updatedAt: '2026-11-28T10:00:00+08:00' };

/** The hub as `fetch` sees it: answers by call name, or no answer at all while `offline`. */
const hub = (answers: Record<string, unknown>, offline = () => false) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (offline()) throw new TypeError('Failed to fetch');
      const name = url.replace('/api/', '');
      return new Response(JSON.stringify(name in answers ? { ok: true, value: answers[name] } : { ok: false, error: { code: 'not-found', message: name } }));
    }),
  );

afterEach(async () => {
  vi.unstubAllGlobals();
  await expertDatabase.outbox.clear();
  await expertDatabase.cached.clear();
});
afterAll(async () => {
  await expertQueue.stop();
});

describe('reads on an expert device', () => {
  it('shows the last answer kept on the device while the hub is out of reach', async () => {
    let offline = false;
    hub({ 'meeting.read': { title: '第一次' } }, () => offline);
    expect(await readKept('meeting:M', () => callHost('meeting.read', { meetingId: 'M' }))).toEqual({ title: '第一次' });
    offline = true;
    expect(await readKept('meeting:M', () => callHost('meeting.read', { meetingId: 'M' }))).toEqual({ title: '第一次' });
    await expect(readKept('meeting:other', () => callHost('meeting.read', { meetingId: 'other' }))).rejects.toMatchObject({ code: 'unreachable' });
  });

  it('opens a sheet with the newest draft the device holds, even one the hub has not received', async () => {
    let offline = false;
    hub({ 'sheet.open': { sheet: hubSheet, comments: [] } }, () => offline);
    offline = true;
    const typed = { ...blank, opinion: '离线时写下的意见' };
    await expertSheetActions.saveDraft(key, { content: typed, comments: [] });
    expect((await expertQueue.state()).pending.map((row) => row.call)).toEqual(['sheet.saveDraft']);

    offline = false;
    const opened = await expertSheetActions.open(key);
    expect(opened.sheet.draft.opinion).toBe('离线时写下的意见');
    expect(opened.sheet.id).toBe(hubSheet.id);
  });

  it('opens the hub\'s draft once the device holds nothing newer', async () => {
    hub({ 'sheet.open': { sheet: { ...hubSheet, draft: { ...blank, opinion: '已同步的意见' } }, comments: [] } });
    expect((await expertSheetActions.open(key)).sheet.draft.opinion).toBe('已同步的意见');
  });
});
