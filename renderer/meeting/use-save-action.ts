import { App } from 'antd';
import { useState } from 'react';
import { useEngineText } from '../shell/engine-text.js';

/**
 * Runs a durable write from a dialog: 「已保存」 appears only once the write has resolved (its
 * transaction committed), then the dialog closes; a refusal stays in the dialog as `problem`.
 */
export const useSaveAction = (onSaved: () => void) => {
  const { message } = App.useApp();
  const { error: errorText } = useEngineText();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (write: () => Promise<unknown>, savedText: string) => {
    setSaving(true);
    try {
      await write();
      message.success(savedText);
      onSaved();
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setSaving(false);
    }
  };
  return { saving, problem, setProblem, run };
};
