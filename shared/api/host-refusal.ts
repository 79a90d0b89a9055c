import { translator } from '../i18n/translate.js';
import type { MessageKey } from '../i18n/zh-cn.js';
import { HostFailure, type RefusalParams } from './result.js';

const zh = translator('zh-CN');

type CodeOf<K> = K extends `refusal.reason.${string}` ? never : K extends `refusal.${infer Code}` ? Code : never;
/** A refusal code with a text of its own, `refusal.<code>`. */
export type RefusalCode = CodeOf<MessageKey>;

/**
 * A refusal said by its code's text: the host's message is that text in Chinese (its logs, the CLI, a
 * client that knows no codes), and every UI says the same text in its own language with `params`.
 */
export const hostRefusal = (code: RefusalCode, field?: string, params?: RefusalParams): HostFailure =>
  new HostFailure(code, zh(`refusal.${code}`, params), field, undefined, undefined, params === undefined ? {} : { params });

/** A refusal under a broad code (`refused`, `invalid`) said by a text of its own: a reason, or a set-up check's key. */
export const hostRefusalAs = (code: string, text: MessageKey, field?: string, params?: RefusalParams): HostFailure =>
  new HostFailure(code, zh(text, params), field, undefined, undefined, { text, ...(params === undefined ? {} : { params }) });
