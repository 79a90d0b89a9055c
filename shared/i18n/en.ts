import { precheckEn } from './messages/precheck.en.js';
import { complianceEn } from './messages/compliance.en.js';
import { auditEn } from './messages/audit.en.js';
import { backupEn } from './messages/backup.en.js';
import { documentsEn } from './messages/documents.en.js';
import { engineEn } from './messages/engine.en.js';
import { demoEn } from './messages/demo.en.js';
import { expertEn } from './messages/expert.en.js';
import { foundationEn } from './messages/foundation.en.js';
import { importEn } from './messages/import.en.js';
import { setupEn } from './messages/setup.en.js';
import { meetingEn } from './messages/meeting.en.js';
import type { Messages } from './zh-cn.js';
import { packageSettingsEn } from './messages/package-settings.en.js';
import { readerEn } from './messages/reader.en.js';
import { roomNetworkEn } from './messages/room-network.en.js';
import { reviewEn } from './messages/review.en.js';
import { reviewKindEn } from './messages/review-kind.en.js';
import { syncEn } from './messages/sync.en.js';
import { refusalEn } from './messages/refusal.en.js';

export const en: Messages = {
  ...foundationEn,
  ...demoEn,
  ...importEn,
  ...setupEn,
  ...meetingEn,
  ...auditEn,
  ...backupEn,
  ...packageSettingsEn,
  ...readerEn,
  ...reviewEn,
  ...reviewKindEn,
  ...roomNetworkEn,
  ...syncEn,
  ...documentsEn,
  ...engineEn,
  ...complianceEn,
  ...precheckEn,
  ...expertEn,
  ...refusalEn,
};
