import { foundationEn } from './messages/foundation.en.js';
import type { Messages } from './zh-cn.js';

export const en: Messages = {
  ...foundationEn,
};
