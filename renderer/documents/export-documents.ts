import type { HostValue } from '../../shared/api/contract.js';
import { renderDocx } from '../../shared/documents/docx/render-docx.js';
import { meetingDocuments, renderDocuments, submissionDocuments } from '../../shared/documents/document-set.js';
import type { DocumentSpec } from '../../shared/documents/layout/blocks.js';
import { parseFont } from '../../shared/documents/pdf/fontkit-adapter.js';
import { fontRoles } from '../../shared/documents/pdf/pdf-fonts.js';
import { renderPdf } from '../../shared/documents/pdf/render-pdf.js';
import { bytesToBase64 } from '../../shared/protocol/base64.js';
import { choosePath } from '../files/path-chooser.js';
import { callHost } from '../host/host-client.js';
import { readMeeting } from '../meeting/use-meeting.js';
import { hasDocuments } from './has-documents.js';
import { loadPdfFonts } from './load-fonts.js';

export type ExportProgress =
  | { step: 'fonts' }
  | { step: 'file'; done: number; total: number; name: string }
  | { step: 'saving'; total: number };

/** Lets the progress bar paint between two files, which are laid out on this thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Fetches and parses the PDF faces (some 50 MB) ahead of the first 「生成文档」, so that a click
 * only lays out and writes; the fonts stay loaded for the session.
 */
export const prepareDocuments = async (): Promise<void> => {
  const fonts = await loadPdfFonts();
  // The first lookup reads the font's character map, the largest part of parsing it.
  for (const role of fontRoles) parseFont(fonts[role]).advance(0x5ba1);
};

/**
 * Generates the documents of one submission (or of every submission that has reached the vote)
 * from the meeting as the host holds it right now, in PDF and DOCX, and has the host save them in a folder
 * the user chooses. Null when the user cancelled the folder choice.
 */
export const exportDocuments = async (
  request: { meetingId: string; submissionId?: string; folderTitle: string },
  onProgress: (progress: ExportProgress) => void,
): Promise<HostValue<'documents.save'>> => {
  const folder = await choosePath({ mode: 'directory', title: request.folderTitle, extensions: [] });
  if (folder === null) return null;
  const data = await readMeeting(request.meetingId);
  if (data === null) throw new Error(`找不到审评会 ${request.meetingId}`);
  onProgress({ step: 'fonts' });
  const fonts = await loadPdfFonts();
  const options = { generatedAt: new Date() };
  const planned =
    request.submissionId === undefined
      ? meetingDocuments({ ...data, submissions: data.submissions.filter(hasDocuments) }, options)
      : submissionDocuments(data, request.submissionId, options);
  const rendered = await renderDocuments(
    planned,
    {
      pdf: async (spec: DocumentSpec) => (await nextFrame(), renderPdf(spec, fonts)),
      docx: async (spec: DocumentSpec) => (await nextFrame(), renderDocx(spec)),
    },
    (done, total, name) => onProgress({ step: 'file', done, total, name }),
  );
  onProgress({ step: 'saving', total: rendered.length });
  await nextFrame();
  return callHost('documents.save', {
    meeting: { id: data.meeting.id, title: data.meeting.title },
    ...(folder === undefined ? {} : { folder }),
    files: rendered.map((file) => ({ name: file.name, contentBase64: bytesToBase64(file.bytes) })),
  });
};
