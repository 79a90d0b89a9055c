import type { AuditEvent } from '../model/audit-event.js';

/** The audit actions that each record one new version of a score sheet. */
const versionActions: ReadonlySet<string> = new Set(['score-sheet.submit', 'score-sheet.revise', 'score-sheet.proxy-submit']);

/**
 * The reason the audit trail keeps for each version of sheet `sheetId`, by version number: the
 * version itself stores none, since the reason explains the change rather than the scores.
 * A first version has an empty reason.
 */
export const versionReasons = (events: readonly AuditEvent[], sheetId: string): Map<number, string> => {
  const byVersion = new Map<number, string>();
  for (const event of events) {
    const { sheetId: id, versionNo, reason } = event.details;
    if (versionActions.has(event.action) && id === sheetId && typeof versionNo === 'number' && typeof reason === 'string') {
      byVersion.set(versionNo, reason);
    }
  }
  return byVersion;
};
