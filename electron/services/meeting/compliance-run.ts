import { checkDraft } from '../../../shared/compliance/check-draft.js';
import type { DraftStructure } from '../../../shared/compliance/draft-structure.js';
import type { ExplanatoryNote } from '../../../shared/compliance/explanatory-note.js';
import { inPackageOrder } from '../../../shared/materials/material-order.js';
import type { ComplianceReport } from '../../../shared/model/compliance-report.js';
import type { Material } from '../../../shared/model/submission.js';
import { readDraftDocx } from '../../../node/compliance/read-draft-docx.js';
import { readDraftPdf } from '../../../node/compliance/read-draft-pdf.js';
import { readExplanatoryNote } from '../../../node/compliance/read-explanatory-note.js';
import type { MaterialStore } from '../package/material-store.js';

type Format = 'pdf' | 'docx';

const formatOf = (material: Material): Format | null =>
  material.mediaType === 'application/pdf'
    ? 'pdf'
    : material.mediaType === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
      ? 'docx'
      : null;

const fileName = (material: Material) => material.path.split('/').at(-1) ?? material.path;

/** The report's fields other than who and when: the findings, or why the draft could not be read. */
export type ComplianceResult = Pick<ComplianceReport, 'draftMaterialId' | 'draftSha256' | 'draftTitle' | 'noteMaterialId' | 'findings' | 'problem'>;

/**
 * Reads a submission's 送审稿 (the first draft material in package order) and its 编制说明 from the
 * material store and checks them. Runs before any store write, since reading a PDF is slow. A draft
 * that cannot be read becomes a report with a Chinese `problem` naming the file rather than a failed
 * call, so 「全部预检」 goes on with the other submissions; an unreadable 编制说明 only drops the
 * indicator comparison.
 */
/** The stored file as a plain Uint8Array: pdf.js refuses a Node Buffer. */
const bytesOf = async (store: MaterialStore, material: Material): Promise<Uint8Array> => new Uint8Array(await store.read(material.sha256));

/** The material a pre-check reads as the draft: the first 送审稿 in package order. */
export const draftOf = (materials: readonly Material[]): Material | undefined => inPackageOrder(materials).find((material) => material.kind === 'draft');

export const runComplianceCheck = async (materials: readonly Material[], store: MaterialStore): Promise<ComplianceResult> => {
  const ordered = inPackageOrder(materials);
  const draft = draftOf(ordered);
  if (draft === undefined) return { draftMaterialId: null, draftSha256: null, draftTitle: '', noteMaterialId: null, findings: [], problem: '此项目没有送审稿材料，无法预检' };
  const base = { draftMaterialId: draft.id, draftSha256: draft.sha256, draftTitle: draft.title };
  const format = formatOf(draft);
  if (format === null)
    return { ...base, noteMaterialId: null, findings: [], problem: `送审稿「${fileName(draft)}」不是 PDF 或 DOCX 文件，无法预检` };
  let structure: DraftStructure;
  try {
    const bytes = await bytesOf(store, draft);
    structure = format === 'pdf' ? await readDraftPdf(bytes) : await readDraftDocx(bytes);
  } catch {
    return { ...base, noteMaterialId: null, findings: [], problem: `无法读取送审稿「${fileName(draft)}」：文件已损坏或格式不受支持` };
  }
  const noteMaterial = ordered.find((material) => material.kind === 'explanation' && formatOf(material) !== null);
  let note: ExplanatoryNote | undefined;
  if (noteMaterial !== undefined) {
    try {
      note = await readExplanatoryNote(await bytesOf(store, noteMaterial), formatOf(noteMaterial) ?? 'pdf');
    } catch {
      note = undefined;
    }
  }
  return { ...base, noteMaterialId: note === undefined ? null : (noteMaterial?.id ?? null), findings: checkDraft(structure, note), problem: null };
};
