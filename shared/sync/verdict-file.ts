/** A signed verdict bundle handed over on a USB stick (DESIGN.md section 5). */
export const verdictFileExtension = 'zzverdict';

/** `V-2026-0147-S01-第1版.zzverdict`: the id and version say which file is which in a folder of them. */
export const verdictFileName = (verdictId: string, versionNo: number): string =>
  `${verdictId.replace(/[\\/:*?"<>|\s]+/g, '_')}-第${versionNo}版.${verdictFileExtension}`;
