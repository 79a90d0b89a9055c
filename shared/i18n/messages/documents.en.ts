import type { documentsZhCN } from './documents.zh-cn.js';

export const documentsEn: Record<keyof typeof documentsZhCN, string> = {
  'documents.generate': 'Generate documents',
  'documents.exportAll': 'Export all',
  'documents.notYet': 'Documents can be generated once the vote has started (scores stay private during independent scoring)',
  'documents.noneYet': 'No submission has reached the vote yet',
  'documents.chooseFolder': 'Choose a folder for the review documents',
  'documents.progress.title': 'Generating review documents',
  'documents.progress.fonts': 'Loading fonts…',
  'documents.progress.file': 'File {done} of {total}: {name}',
  'documents.progress.saving': 'Saving {total} files…',
  'documents.done.title': 'Review documents saved',
  'documents.done.revealed': 'The folder has been opened in the file manager.',
  'documents.done.folder': 'Saved in: {folder}',
  'documents.done.count': '{count} files (each as PDF and Word)',
  'documents.failed': 'Could not generate the documents: {message}',
};
