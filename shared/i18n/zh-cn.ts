import { precheckZhCN } from './messages/precheck.zh-cn.js';
import { complianceZhCN } from './messages/compliance.zh-cn.js';
import { auditZhCN } from './messages/audit.zh-cn.js';
import { backupZhCN } from './messages/backup.zh-cn.js';
import { documentsZhCN } from './messages/documents.zh-cn.js';
import { engineZhCN } from './messages/engine.zh-cn.js';
import { demoZhCN } from './messages/demo.zh-cn.js';
import { expertZhCN } from './messages/expert.zh-cn.js';
import { foundationZhCN } from './messages/foundation.zh-cn.js';
import { importZhCN } from './messages/import.zh-cn.js';
import { setupZhCN } from './messages/setup.zh-cn.js';
import { meetingZhCN } from './messages/meeting.zh-cn.js';
import { packageSettingsZhCN } from './messages/package-settings.zh-cn.js';
import { readerZhCN } from './messages/reader.zh-cn.js';
import { roomNetworkZhCN } from './messages/room-network.zh-cn.js';
import { reviewZhCN } from './messages/review.zh-cn.js';
import { reviewKindZhCN } from './messages/review-kind.zh-cn.js';
import { syncZhCN } from './messages/sync.zh-cn.js';
import { refusalZhCN } from './messages/refusal.zh-cn.js';

/**
 * Simplified Chinese is the source language: every key the UI uses is declared here first.
 * Each feature keeps its strings in `messages/<feature>.zh-cn.ts` and `messages/<feature>.en.ts`.
 */
export const zhCN = {
  ...foundationZhCN,
  ...demoZhCN,
  ...importZhCN,
  ...setupZhCN,
  ...meetingZhCN,
  ...auditZhCN,
  ...backupZhCN,
  ...packageSettingsZhCN,
  ...readerZhCN,
  ...reviewZhCN,
  ...reviewKindZhCN,
  ...roomNetworkZhCN,
  ...syncZhCN,
  ...documentsZhCN,
  ...engineZhCN,
  ...complianceZhCN,
  ...precheckZhCN,
  ...expertZhCN,
  ...refusalZhCN,
} as const;

export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;
