import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoPackageFileName } from '../../shared/package/demo-package-name.js';
import { type PdfFonts, fontRoles, pdfFontFiles } from '../../shared/documents/pdf/pdf-fonts.js';
import { renderPdf } from '../../shared/documents/pdf/render-pdf.js';
import { type PackageManifest, manifestSchema } from '../../shared/package/manifest.js';
import { withMaterialDigests, writePackageBytes } from '../../electron/services/package/package-writer.js';
import { demoDocumentSpec } from './demo-document.js';
import { type DemoSources, loadDemoSources, packagePathOf } from './demo-source.js';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const demoSourceDir = join(projectRoot, 'resources', 'demo');
export const demoOutputPath = join(projectRoot, 'dist', 'demo', demoPackageFileName);

/** The bundled OFL faces, read from node_modules where @expo-google-fonts installed them. */
export const readPdfFonts = (): PdfFonts => {
  const resolve = createRequire(import.meta.url).resolve;
  const entries = fontRoles.map((role) => [role, new Uint8Array(readFileSync(resolve(pdfFontFiles[role].module)))] as const);
  return Object.fromEntries(entries) as PdfFonts;
};

/** Placeholders the writer replaces with the rendered file's real size and digest. */
const pendingDigest = { bytes: 0, sha256: '0'.repeat(64) };

const draftManifest = ({ meeting }: DemoSources): PackageManifest => ({
  format: 'zzpkg',
  version: 1,
  packageId: meeting.packageId,
  issuedAt: meeting.issuedAt,
  issuer: meeting.issuer,
  meeting: meeting.meeting,
  panel: meeting.panel,
  submissions: meeting.submissions.map(({ materials, ...submission }) => ({
    ...submission,
    materials: materials.map(({ source, ...material }) => ({ ...material, path: packagePathOf(source), mediaType: 'application/pdf', ...pendingDigest })),
  })),
});

export type BuiltDemo = { manifest: PackageManifest; archive: Buffer; files: Map<string, Uint8Array> };

/**
 * Renders every material of the demo meeting to PDF and packs them as an unsigned `.zzpkg`. Every date
 * comes from the sources and the writer fixes timestamps, so the same sources give the same bytes.
 */
export const buildDemoPackage = async (sourceDir: string = demoSourceDir, fonts: PdfFonts = readPdfFonts()): Promise<BuiltDemo> => {
  const sources = loadDemoSources(sourceDir);
  const files = new Map<string, Uint8Array>();
  for (const [source, material] of sources.materials) {
    try {
      files.set(packagePathOf(source), await renderPdf(demoDocumentSpec(material), fonts));
    } catch (error) {
      throw new Error(`无法排版示例材料 ${source}：${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  const parsed = manifestSchema.safeParse(withMaterialDigests(draftManifest(sources), files));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}：${issue.message}`);
    throw new Error(`示例评审包清单无效：\n${issues.join('\n')}`);
  }
  const manifest = parsed.data;
  return { manifest, archive: await writePackageBytes({ manifest, files }), files };
};
