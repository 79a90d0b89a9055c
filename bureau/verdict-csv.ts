import { recommendationLabels } from '../shared/engine/labels.js';
import type { Recommendation } from '../shared/model/recommendation.js';
import type { StoredVersion } from './store/repository.js';

const columns: readonly [string, (v: StoredVersion) => string | number][] = [
  ['回执序号', (v) => v.receipt.seq],
  ['裁决编号', (v) => v.verdictId],
  ['版本', (v) => v.versionNo],
  ['会议编号', (v) => v.meetingId],
  ['送审项目', (v) => v.submissionId],
  ['结论', (v) => recommendationLabels[v.outcome as Recommendation] ?? v.outcome],
  ['结论代码', (v) => v.outcome],
  ['定稿时间', (v) => v.finalizedAt],
  ['接收时间', (v) => v.receipt.receivedAt],
  ['SHA-256', (v) => v.sha256],
  ['设备', (v) => v.deviceId],
];

/**
 * RFC 4180 quoting, and a leading apostrophe on text a spreadsheet would run as a formula
 * (=, +, -, @), since the ids come from outside the bureau.
 */
const cell = (value: string | number): string => {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** UTF-8 with a byte-order mark so Excel opens the Chinese headers correctly; CRLF line ends per RFC 4180. */
export const verdictsCsv = (versions: readonly StoredVersion[]): string =>
  `\uFEFF${[columns.map(([header]) => cell(header)), ...versions.map((v) => columns.map(([, read]) => cell(read(v))))]
    .map((row) => row.join(','))
    .join('\r\n')}\r\n`;
