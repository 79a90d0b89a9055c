import { z } from 'zod';
import { type EngineMessage, engineMessage, zhText } from '../engine/engine-message.js';

const pinPattern = /^\d{4,6}$/;

const pinFormat = engineMessage('pin.format', {});

/** Why a PIN cannot be used, or null when it can. The host checks the same rule. */
export const pinProblemMessage = (pin: string): EngineMessage | null => (pinPattern.test(pin) ? null : pinFormat);

/** `pinProblemMessage` in Chinese. */
export const pinProblem = (pin: string): string | null => (pinPattern.test(pin) ? null : zhText(pinFormat));

/** A personal PIN as a call carries it. */
export const pinSchema = z.string().regex(pinPattern, zhText(pinFormat));
