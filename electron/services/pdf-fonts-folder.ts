import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HostFailure } from '../../shared/api/result.js';
import { fontRoles, pdfFontFiles, type PdfFonts } from '../../shared/documents/pdf/pdf-fonts.js';

/**
 * The PDF faces the host sets the minutes in, read from the folder the renderer build ships them in
 * (`pdfFontsFolder` beside index.html). Read afresh each time: the host needs them only when a
 * verdict is sealed, and 50 MB is too much to hold for that.
 */
export const pdfFontsIn =
  (folder: string) =>
  async (): Promise<PdfFonts> => {
    try {
      const faces = await Promise.all(fontRoles.map(async (role) => [role, new Uint8Array(await readFile(join(folder, pdfFontFiles[role].fileName)))] as const));
      return Object.fromEntries(faces) as PdfFonts;
    } catch (error) {
      throw new HostFailure('unavailable', `无法读取生成会议纪要所需的字体（${folder}）：${(error as Error).message}`);
    }
  };
