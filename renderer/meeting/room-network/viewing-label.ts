import type { PresenceViewing } from '../../../shared/api/calls/hub-calls.js';
import type { Submission } from '../../../shared/model/submission.js';
import type { MessageKey } from '../../../shared/i18n/zh-cn.js';
import type { Translate } from '../../../shared/i18n/translate.js';

const screenKeys: Readonly<Record<string, MessageKey>> = {
  home: 'roomNetwork.screen.home',
  pledge: 'roomNetwork.screen.pledge',
  reader: 'roomNetwork.screen.reader',
  scoring: 'roomNetwork.screen.scoring',
  history: 'roomNetwork.screen.history',
  signing: 'roomNetwork.screen.signing',
};

/** What a device shows, in words: the draft's name and the screen (a screen this version does not know reads as the device sent it). */
export const viewingLabel = (t: Translate, viewing: PresenceViewing | null, submissions: readonly Submission[]): string => {
  if (viewing === null) return t('roomNetwork.viewingNothing');
  const key = screenKeys[viewing.screen];
  const screen = key === undefined ? viewing.screen : t(key);
  const submission = submissions.find((s) => s.id === viewing.submissionId);
  return submission === undefined ? screen : t('roomNetwork.viewing', { standard: submission.standardName, screen });
};
