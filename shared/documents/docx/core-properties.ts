import type { DocumentMetadata } from '../layout/blocks.js';

const escapeXml = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** Seconds precision, as Word writes W3CDTF dates. */
const w3cdtf = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;

/**
 * `docProps/core.xml` with everything docx writes plus dc:language, which its options lack:
 * Word and search tools read the document's language from here.
 */
export const corePropertiesXml = (metadata: DocumentMetadata, creatorTool: string): string => {
  const created = w3cdtf(metadata.createdAt);
  const fields = [
    `<dc:title>${escapeXml(metadata.title)}</dc:title>`,
    `<dc:subject>${escapeXml(metadata.subject)}</dc:subject>`,
    `<dc:creator>${escapeXml(metadata.author)}</dc:creator>`,
    `<cp:keywords>${escapeXml((metadata.keywords ?? []).join('; '))}</cp:keywords>`,
    `<dc:description>${escapeXml(creatorTool)}</dc:description>`,
    `<cp:lastModifiedBy>${escapeXml(creatorTool)}</cp:lastModifiedBy>`,
    `<dc:language>${escapeXml(metadata.language)}</dc:language>`,
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified>`,
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    fields.join('') +
    '</cp:coreProperties>'
  );
};
