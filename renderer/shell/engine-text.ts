import { useMemo } from 'react';
import type { FieldIssue } from '../../shared/api/result.js';
import { HostFailure } from '../../shared/api/result.js';
import { type EngineMessage, engineText, engineTexts, isEngineMessage, isEngineMessageCode } from '../../shared/engine/engine-message.js';
import type { Language } from '../../shared/settings/settings.js';
import { useAppStore } from '../state/app-store.js';

const engineMessageOf = (issue: FieldIssue): EngineMessage | null =>
  isEngineMessageCode(issue.code) ? { code: issue.code, params: issue.params ?? {} } : null;

/** One refused input in the UI language: the engine's code when it gave one, else the host's own message. */
export const issueText = (issue: FieldIssue, language: Language): string => {
  const said = engineMessageOf(issue);
  return said === null ? issue.message : engineText(said, language);
};

/**
 * What to show for a failed operation: the engine's reasons in the UI language when the host sent
 * them (or every refused field came with its code), else the message as the host wrote it.
 */
export const errorText = (error: unknown, language: Language): string => {
  if (!(error instanceof Error)) return String(error);
  if (!(error instanceof HostFailure)) return error.message;
  const { messages, issues = [] } = error;
  if (messages !== undefined && messages.length > 0 && messages.every(isEngineMessage)) return engineTexts(messages, language);
  const said = issues.flatMap((issue) => engineMessageOf(issue) ?? []);
  return said.length > 0 && said.length === issues.length ? engineTexts(said, language) : error.message;
};

/** The engine's words in the language the user chose: its messages, refused fields and failed operations. */
export const useEngineText = () => {
  const language = useAppStore((state) => state.settings.language);
  return useMemo(
    () => ({
      say: (message: EngineMessage) => engineText(message, language),
      sayAll: (messages: readonly EngineMessage[]) => engineTexts(messages, language),
      /** A visibility's or progress's reason: the message when there is one, else the (empty) Chinese. */
      reasonOf: ({ reason, reasonMessage }: { reason: string; reasonMessage: EngineMessage | null }) =>
        reasonMessage === null ? reason : engineText(reasonMessage, language),
      issue: (issue: FieldIssue) => issueText(issue, language),
      error: (error: unknown) => errorText(error, language),
    }),
    [language],
  );
};
