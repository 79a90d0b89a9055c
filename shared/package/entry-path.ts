/** Why an archive entry name may not become a path on disk, each worded as the user reads it. */
export const entryPathProblems = {
  'path-invalid': '条目路径为空或含空字符',
  'path-backslash': '条目路径含反斜杠',
  'path-drive': '条目路径含盘符',
  'path-absolute': '条目路径为绝对路径',
  'path-parent': '条目路径含 ".."',
} as const;
export type EntryPathProblem = keyof typeof entryPathProblems;

/** Names are checked as written in the archive, before anything is joined to a folder on disk. */
export const entryPathProblem = (name: string): EntryPathProblem | null => {
  if (name.length === 0 || name.includes('\0')) return 'path-invalid';
  if (name.includes('\\')) return 'path-backslash';
  if (/^[a-zA-Z]:/.test(name)) return 'path-drive';
  if (name.startsWith('/')) return 'path-absolute';
  if (name.split('/').includes('..')) return 'path-parent';
  return null;
};
