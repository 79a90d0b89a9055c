import type { MaterialKind } from '../../shared/model/submission.js';

/** File-name words that say which submission material a file is, most specific first. */
const kindWords: readonly [RegExp, MaterialKind][] = [
  [/征求意见.*处理|意见汇总处理|处理情况/, 'comment-handling'],
  [/编制说明|explanation/i, 'explanation'],
  [/实施应用报告|实施情况报告|应用报告|实施报告|implementation/i, 'implementation-report'],
  [/立项申请|申请书|application/i, 'application'],
  [/对标|benchmark/i, 'benchmark'],
  [/送审稿|标准文本|标准草案|draft/i, 'draft'],
];

/**
 * Guesses a material's kind from its file name; a file the name says nothing about is `unnamed`: the
 * submission's required material (送审稿, 立项申请书, 实施情况报告) while it has none, else other.
 */
export const guessMaterialKind = (fileName: string, unnamed: MaterialKind): MaterialKind => kindWords.find(([words]) => words.test(fileName))?.[1] ?? unnamed;

/** A file's name without its extension, as a material title. */
export const fileTitle = (fileName: string): string => fileName.replace(/\.[^.]+$/, '') || fileName;
