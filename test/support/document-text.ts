import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Text of a PDF in content order (`-raw`), one page or all; our renderer draws table cells one after the other. */
export const pdfText = (path: string, page?: number): string =>
  execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...(page === undefined ? [] : ['-f', String(page), '-l', String(page)]), path, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });

export const pdfPageCount = (path: string): number => {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = /^Pages:\s+(\d+)/mu.exec(info)?.[1];
  if (pages === undefined) throw new Error(`pdfinfo 未给出 ${path} 的页数`);
  return Number(pages);
};

/** One part of a DOCX (a zip), read with Debian's unzip. */
export const docxPart = (path: string, part: string): string => execFileSync('unzip', ['-p', path, part], { encoding: 'utf8', maxBuffer: 64 << 20 });

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of word/document.xml as a reader sees it: paragraphs and table cells on their own lines, tags and word joiners (U+2060) stripped. */
export const docxText = (path: string): string =>
  docxPart(path, 'word/document.xml')
    .replace(/\u2060/gu, '')
    .replace(/<w:tab\/>/gu, '\t')
    .replace(/<\/w:p>/gu, '\n')
    .replace(/<[^>]+>/gu, '')
    .replace(/&(amp|lt|gt|quot|apos);/gu, (_, name: string) => entities[name] ?? '');

/** Whitespace removed, so a value found across a line break or a cell's wrap still matches. */
export const squeeze = (text: string): string => text.replace(/\s+/gu, '');

/**
 * Where each expected value first occurs after the previous one; the first missing or out-of-order
 * value is returned (as found: false) so a failing test names it.
 */
export const findInOrder = (text: string, expected: readonly string[]): { value: string; found: boolean }[] => {
  const haystack = squeeze(text);
  let from = 0;
  return expected.map((value) => {
    const at = haystack.indexOf(squeeze(value), from);
    if (at < 0) return { value, found: false };
    from = at + squeeze(value).length;
    return { value, found: true };
  });
};

export const missingInOrder = (text: string, expected: readonly string[]): string[] =>
  findInOrder(text, expected)
    .filter((entry) => !entry.found)
    .map((entry) => entry.value);

const sofficePath = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice'].find((path) => existsSync(path));

/** LibreOffice headless, where it is installed (`.ci/run` installs libreoffice-writer-nogui). */
export const libreOffice = sofficePath;

export const libreOfficeMissing = 'LibreOffice (soffice) 未安装，跳过 DOCX 转换检查：apt-get install -y libreoffice-writer-nogui';

/**
 * Converts DOCX files to PDF with LibreOffice headless into `outDir`, with a private profile so
 * parallel runs do not share one; throws with LibreOffice's output when it fails or reports an error.
 */
export const convertWithLibreOffice = (files: readonly string[], outDir: string, profileDir: string): string => {
  if (sofficePath === undefined) throw new Error(libreOfficeMissing);
  const run = spawnSync(
    sofficePath,
    [`-env:UserInstallation=file://${profileDir}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files],
    { encoding: 'utf8', timeout: 240_000 },
  );
  const output = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0 || /\bError\b/u.test(output)) throw new Error(`LibreOffice 转换失败（退出码 ${run.status}）：${output}`);
  return output;
};
