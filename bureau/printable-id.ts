const maxIdLength = 128;

/**
 * Ids the bureau stores and prints (verdict, meeting and submission ids): letters, digits,
 * punctuation and symbols of any script. No control or format characters and no spaces, so an id
 * printed by `verdicts list` cannot move the cursor, clear the admin's terminal, reorder text
 * (bidi overrides) or split itself into a forged row.
 */
const printableCharacters = /^[\p{L}\p{N}\p{P}\p{S}]+$/u;

/** Why `id` is not a printable id, in Chinese; null when it is one. */
export const printableIdProblem = (id: string): string | null => {
  if (id.length === 0) return '不能为空';
  if ([...id].length > maxIdLength) return `不能超过 ${maxIdLength} 个字符`;
  return printableCharacters.test(id) ? null : '只能包含可打印的文字、数字和符号（不含空格、制表符、换行和控制字符）';
};
