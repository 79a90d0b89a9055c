/**
 * How a detail's value reads in the audit log: `code` values have a label of their own
 * (see `auditCodes`), `expert`/`submission` ids become names, `tables` are per-table counts or id lists.
 */
export type AuditValueKind = 'text' | 'number' | 'bytes' | 'yes-no' | 'code' | 'expert' | 'submission' | 'phase' | 'recommendation' | 'criterion' | 'time' | 'meeting-fields' | 'tables';

const importDetails = {
  reimport: 'yes-no',
  counts: 'tables',
  meetingChanges: 'meeting-fields',
  added: 'tables',
  removed: 'tables',
  changed: 'tables',
  kept: 'tables',
} as const;

const sheetDetails = { sheetId: 'text', versionNo: 'number', reason: 'text', recommendation: 'recommendation' } as const;

/**
 * Every action the workstation writes to the audit trail, with the detail fields it records and how
 * each reads. A new action or field goes here first: writing one that is not here fails the type
 * check, and one here without a zh-CN and en label fails the type check of the log screen.
 */
export const auditActions = {
  'meeting.create': { title: 'text', source: 'code', ...importDetails },
  'package.import': { packageId: 'text', fileName: 'text', bytes: 'bytes', signature: 'code', keyId: 'text', ...importDetails },
  'expert.attendance': { expertId: 'expert', present: 'yes-no' },
  'pledge.sign': { pledgeId: 'text' },
  'pledge.resign': { pledgeId: 'text' },
  'identity.unlock': {},
  'identity.lockout': {},
  'recusal.declare': { expertId: 'expert', reason: 'text', status: 'code' },
  'recusal.decide': { expertId: 'expert', status: 'code', note: 'text' },
  'submission.phase': { from: 'phase', to: 'phase' },
  'score-sheet.submit': sheetDetails,
  'score-sheet.revise': sheetDetails,
  'score-sheet.proxy-submit': { expertId: 'expert', ...sheetDetails },
  'verdict.reconcile': { criterionId: 'criterion', note: 'text' },
  'verdict.veto-ruling': { expertId: 'expert', criterionId: 'criterion', upheld: 'yes-no', note: 'text' },
  'verdict.conclusion': { requirements: 'number', dissent: 'number' },
  'verdict.sign': {},
  'verdict.finalise': { verdictId: 'text', versionNo: 'number', digest: 'text', bundleDigest: 'text' },
  'verdict.amend': { verdictId: 'text', versionNo: 'number', reason: 'text', digest: 'text', bundleDigest: 'text' },
  'verdict.deliver': { verdictId: 'text', versionNo: 'number', seq: 'number', receivedAt: 'time', sha256: 'text' },
  'verdict.deliver-refused': { verdictId: 'text', versionNo: 'number', status: 'code', reason: 'text' },
  'outbox.confirm-held': { verdictId: 'text', versionNo: 'number', bundleDigest: 'text' },
  'backup.restore': { fileName: 'text', backupAt: 'time', origin: 'code', device: 'text', entries: 'number', held: 'number', chainBreak: 'number' },
} as const satisfies Record<string, Readonly<Record<string, AuditValueKind>>>;

export type AuditAction = keyof typeof auditActions;

type DetailsOf<A extends AuditAction> = (typeof auditActions)[A];

export type AuditDetailKey = { [A in AuditAction]: keyof DetailsOf<A> }[AuditAction] & string;

/** What one action records: only its own fields, each optional (an empty change records none). */
export type AuditDetails<A extends AuditAction> = { [K in keyof DetailsOf<A>]?: unknown };

/** An audit entry's action and details, checked against each other. */
export type AuditRecord = { [A in AuditAction]: { action: A; details: AuditDetails<A> } }[AuditAction];

/** Values of `code` fields: recusal decisions, the bureau's refusals, a package's signature, how a meeting was set up, where a restored backup came from. */
export const auditCodes = ['flagged', 'confirmed', 'dismissed', 'conflict', 'invalid', 'valid', 'unsigned', 'unchecked', 'manual', 'this-device', 'other-device', 'legacy'] as const;
export type AuditCode = (typeof auditCodes)[number];

/** The tables a `tables` field counts or lists. */
export const auditTables = ['experts', 'submissions', 'materials'] as const;
export type AuditTable = (typeof auditTables)[number];

export const isAuditAction = (action: string): action is AuditAction => Object.hasOwn(auditActions, action);

const detailKeys: ReadonlySet<string> = new Set(Object.values(auditActions).flatMap((details) => Object.keys(details)));

export const isAuditDetailKey = (key: string): key is AuditDetailKey => detailKeys.has(key);

export const isAuditCode = (value: unknown): value is AuditCode => (auditCodes as readonly unknown[]).includes(value);

/** How `key` of `action` reads, or undefined for a field the catalogue does not list (an older or newer entry). */
export const auditValueKind = (action: AuditAction, key: string): AuditValueKind | undefined =>
  (auditActions[action] as Readonly<Record<string, AuditValueKind>>)[key];
