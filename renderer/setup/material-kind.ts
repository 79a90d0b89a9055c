import type { MaterialKind } from '../../shared/model/submission.js';

/** File-name words that say which submission material a file is, most specific first. */
const kindWords: readonly [RegExp, MaterialKind][] = [
  [/征求意见.*处理|意见汇总处理|处理情况/, 'comment-handling'],
  [/编制说明|explanation/i, 'explanation'],
  [/实施应用报告|应用报告|实施报告|implementation/i, 'implementation-report'],
  [/对标|benchmark/i, 'benchmark'],
  [/送审稿|标准文本|标准草案|draft/i, 'draft'],
];

/** Guesses a material's kind from its file name; an unnamed first file of a submission is taken as its 送审稿. */
export const guessMaterialKind = (fileName: string, submissionHasDraft: boolean): MaterialKind =>
  kindWords.find(([words]) => words.test(fileName))?.[1] ?? (submissionHasDraft ? 'other' : 'draft');

/** A file's name without its extension, as a material title. */
export const fileTitle = (fileName: string): string => fileName.replace(/\.[^.]+$/, '') || fileName;
