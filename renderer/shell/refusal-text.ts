import { HostFailure, type HostError } from '../../shared/api/result.js';
import { engineTexts, isEngineMessage } from '../../shared/engine/engine-message.js';
import { translator } from '../../shared/i18n/translate.js';
import { zhCN, type MessageKey } from '../../shared/i18n/zh-cn.js';
import type { Language } from '../../shared/settings/settings.js';

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(zhCN, key);

/**
 * A host refusal in the UI's language: the engine's reasons when it gave them, else the text its
 * `text` or code names, filled with its params. The host's message is that text in Chinese, so the
 * Chinese UI shows it as sent — and so does any UI for a code this one has no text for, or whose
 * text names something the host did not send.
 */
export const refusalText = (error: HostError, language: Language): string => {
  const { messages = [] } = error;
  if (messages.length > 0 && messages.every(isEngineMessage)) return engineTexts(messages, language);
  if (language === 'zh-CN') return error.message;
  const key = error.text ?? `refusal.${error.code}`;
  if (!isMessageKey(key)) return error.message;
  const said = translator(language)(key, error.params);
  return /\{\w+\}/.test(said) ? error.message : said;
};

/** The language the page is shown in (both apps set it on `<html lang>` when the language changes). */
const pageLanguage = (): Language => (globalThis.document?.documentElement.lang === 'en' ? 'en' : 'zh-CN');

/** A refused call as the renderer throws it: with the host's code, field and reasons, its message in the page's language. */
export const hostFailureOf = (error: HostError): HostFailure =>
  new HostFailure(error.code, refusalText(error, pageLanguage()), error.field, error.issues, error.messages, { text: error.text, params: error.params });
