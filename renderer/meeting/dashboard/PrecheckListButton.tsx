import { PrinterOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';

/** 「打印预检清单」: the findings of every submission as a PDF and a Word file, where the meeting's documents go. */
export function PrecheckListButton({ meetingId }: { meetingId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const { error: errorText } = useEngineText();
  const [busy, setBusy] = useState(false);
  const print = async () => {
    setBusy(true);
    try {
      // The document engines load on first use, not with the app.
      const { exportPrecheckList } = await import('../../documents/export-precheck-list.js');
      const saved = await exportPrecheckList(meetingId, t('documents.chooseFolder'));
      if (saved !== null) void message.success(t('precheck.printed', { folder: saved.folder }));
    } catch (error) {
      void message.error(t('precheck.failed', { message: errorText(error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<PrinterOutlined aria-hidden />} loading={busy} onClick={() => void print()}>
      {t('precheck.print')}
    </Button>
  );
}
