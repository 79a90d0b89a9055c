import { type EngineMessage, engineTexts } from '../engine/engine-message.js';
import { HostFailure } from './result.js';

/**
 * A failure carrying the engine's reasons: the host's message (and its logs) in Chinese, the UI free
 * to say them in its own language.
 */
export const engineFailure = (code: string, messages: readonly EngineMessage[], field?: string): HostFailure =>
  new HostFailure(code, engineTexts(messages, 'zh-CN'), field, undefined, [...messages]);

/** A rule of the meeting says no (wrong phase, an engine guard, a finalised verdict). */
export const refusedBy = (messages: readonly EngineMessage[], field?: string): HostFailure => engineFailure('refused', messages, field);
