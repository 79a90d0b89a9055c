import type { HostValue } from '../../shared/api/contract.js';
import { precheckListDocument, precheckListTitle } from '../../shared/documents/content/precheck-list.js';
import { renderDocx } from '../../shared/documents/docx/render-docx.js';
import { safeFileName } from '../../shared/documents/file-names.js';
import { renderPdf } from '../../shared/documents/pdf/render-pdf.js';
import { bytesToBase64 } from '../../shared/protocol/base64.js';
import { choosePath } from '../files/path-chooser.js';
import { callHost } from '../host/host-client.js';
import { readMeeting } from '../meeting/use-meeting.js';
import { loadPdfFonts } from './load-fonts.js';

/**
 * 合规性预检清单 of every submission, as PDF and DOCX, saved where the meeting's other documents go
 * (the same host call, the folder the user chooses). Null when the folder choice was cancelled.
 */
export const exportPrecheckList = async (meetingId: string, folderTitle: string): Promise<HostValue<'documents.save'>> => {
  const folder = await choosePath({ mode: 'directory', title: folderTitle, extensions: [] });
  if (folder === null) return null;
  const data = await readMeeting(meetingId);
  if (data === null) throw new Error(`找不到审评会 ${meetingId}`);
  const entries = await Promise.all(
    data.submissions.map(async (submission) => ({ submission, report: await callHost('compliance.findings', { meetingId, submissionId: submission.id }) })),
  );
  const spec = precheckListDocument(data.meeting, entries, { generatedAt: new Date() });
  const base = safeFileName(`${meetingId}_${precheckListTitle}`);
  const [pdf, docx] = await Promise.all([renderPdf(spec, await loadPdfFonts()), renderDocx(spec)]);
  return callHost('documents.save', {
    meeting: { id: data.meeting.id, title: data.meeting.title },
    ...(folder === undefined ? {} : { folder }),
    files: [
      { name: `${base}.pdf`, contentBase64: bytesToBase64(pdf) },
      { name: `${base}.docx`, contentBase64: bytesToBase64(docx) },
    ],
  });
};
