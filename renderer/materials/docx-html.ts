/**
 * A Word material as sanitised HTML. mammoth and DOMPurify load on first use as chunks of their own.
 * Links lose their targets: an in-document anchor would rewrite the app's hash route, and an
 * outside link has nowhere to go offline.
 */
export const docxToSafeHtml = async (bytes: Uint8Array): Promise<string> => {
  const [{ default: mammoth }, { default: DOMPurify }] = await Promise.all([import('mammoth/mammoth.browser.min.js'), import('dompurify')]);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const { value } = await mammoth.convertToHtml({ arrayBuffer: buffer });
  return DOMPurify.sanitize(value, { FORBID_ATTR: ['href', 'target', 'style'], FORBID_TAGS: ['style', 'form', 'input'], SANITIZE_NAMED_PROPS: true });
};

const blockSelector = 'h1, h2, h3, h4, h5, h6, p, li';

/** The innermost text blocks of converted HTML in document order: the "lines" clauses are found in. */
export const textBlocks = (root: HTMLElement): HTMLElement[] =>
  [...root.querySelectorAll<HTMLElement>(blockSelector)].filter((block) => block.querySelector(blockSelector) === null);
