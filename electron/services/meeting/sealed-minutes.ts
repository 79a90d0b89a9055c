import { createHash } from 'node:crypto';
import type { BundleMinutes } from '../../../shared/bundle/verdict-bundle.js';
import { canonicalJson } from '../../../shared/digest/canonical-json.js';
import { minutesDocument } from '../../../shared/documents/content/minutes.js';
import type { MeetingRecord } from '../../../shared/documents/meeting-record.js';
import { renderPdf, type PdfFonts } from '../../../shared/documents/pdf/render-pdf.js';

const sha256Hex = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The minutes a verdict version is sealed with: the PDF of the 审评会议纪要 over `record` (the meeting
 * with only this submission, its new version included), dated when the version was sealed, so the
 * same stored meeting always gives the same bytes. `sha256` is over the PDF file as written.
 */
export const renderSealedMinutes = async (record: MeetingRecord, sealedAt: string, fonts: PdfFonts): Promise<BundleMinutes> => {
  const pdf = await renderPdf(minutesDocument(record, { generatedAt: new Date(sealedAt) }), fonts);
  return { sha256: sha256Hex(pdf), bytes: pdf.byteLength };
};

/**
 * What the minutes were made from, as one digest: the minutes are rendered outside the write (it
 * takes a while), and the write goes ahead only if the meeting it reads again gives the same digest.
 */
export const recordFingerprint = (record: MeetingRecord): string => sha256Hex(canonicalJson(record));
