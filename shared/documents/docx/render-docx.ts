import { BorderStyle, Document, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { DocumentSpec } from '../layout/blocks.js';
import { mm, pageGeometry } from '../pdf/pdf-style.js';
import { corePropertiesXml } from './core-properties.js';
import { DocxBlocks } from './docx-blocks.js';
import { documentStyles, styleIds, twips } from './docx-style.js';

const creatorTool = '浙江制造标准审评工作站';

// Numbers no real document reaches, so the label's wording can be kept and its numbers replaced by fields.
const pageMarker = 987_654_321;
const pagesMarker = 987_654_322;

/** 第 N 页 共 M 页 as Word fields (PAGE, NUMPAGES) inside the spec's own wording. */
const pageNumberRun = (spec: DocumentSpec): TextRun => {
  const label = spec.pageNumberLabel(pageMarker, pagesMarker);
  const parts = label.split(new RegExp(`(${pageMarker}|${pagesMarker})`, 'u'));
  if (!parts.includes(String(pageMarker))) throw new Error(`页码格式「${label}」须原样输出页码数字`);
  return new TextRun({
    children: parts
      .filter((part) => part !== '')
      .map((part) => (part === String(pageMarker) ? PageNumber.CURRENT : part === String(pagesMarker) ? PageNumber.TOTAL_PAGES : part)),
  });
};

/**
 * `spec` as a Word document: Word's own styles (Title, Heading 1–3, Normal) with 宋体/黑体 named
 * for East Asian text, A4 with the PDF's margins, header rows repeated on every page, page numbers
 * as fields, and the metadata in the document properties.
 */
export const renderDocx = async (spec: DocumentSpec): Promise<Uint8Array> => {
  const orientation = spec.orientation ?? 'portrait';
  const geometry = pageGeometry(orientation);
  const textWidth = twips(geometry.width - geometry.marginLeft - geometry.marginRight);
  const header =
    spec.runningHeader === undefined || spec.runningHeader === ''
      ? undefined
      : new Header({
          children: [
            new Paragraph({
              style: styleIds.margin,
              border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 2 } },
              children: [new TextRun(spec.runningHeader)],
            }),
          ],
        });
  const { metadata } = spec;
  const document = new Document({
    title: metadata.title,
    subject: metadata.subject,
    creator: metadata.author,
    keywords: (metadata.keywords ?? []).join('; '),
    description: creatorTool,
    styles: documentStyles,
    sections: [
      {
        properties: {
          page: {
            size: {
              width: twips(Math.min(geometry.width, geometry.height)),
              height: twips(Math.max(geometry.width, geometry.height)),
              orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: twips(geometry.marginTop),
              bottom: twips(geometry.marginBottom),
              left: twips(geometry.marginLeft),
              right: twips(geometry.marginRight),
              header: twips(geometry.marginTop - mm(12)),
              footer: twips(geometry.marginBottom - mm(14)),
            },
          },
        },
        ...(header === undefined ? {} : { headers: { default: header } }),
        footers: { default: new Footer({ children: [new Paragraph({ style: styleIds.margin, children: [pageNumberRun(spec)] })] }) },
        children: new DocxBlocks(textWidth).convert(spec.blocks),
      },
    ],
  });
  return Packer.pack(document, 'uint8array', false, [{ path: 'docProps/core.xml', data: corePropertiesXml(metadata, creatorTool) }]);
};
