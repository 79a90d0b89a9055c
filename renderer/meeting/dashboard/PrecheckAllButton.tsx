import { FileSearchOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { callHost } from '../../host/host-client.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';

/** 「全部预检」: the host reads every submission's 送审稿 and keeps the findings beside 合规性 for the experts. */
export function PrecheckAllButton({ meetingId, names }: { meetingId: string; names: ReadonlyMap<string, string> }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const { error: errorText } = useEngineText();
  const [running, setRunning] = useState(false);
  const run = async () => {
    setRunning(true);
    try {
      const reports = await callHost('compliance.checkAll', { meetingId });
      const findings = reports.reduce((sum, report) => sum + report.findings.length, 0);
      void message.success(t('precheck.done', { n: reports.length, findings }));
      const unread = reports.filter((report) => report.problem !== null);
      if (unread.length > 0)
        modal.warning({
          title: t('precheck.problems', { n: unread.length, names: unread.map((report) => names.get(report.submissionId) ?? report.submissionId).join('、') }),
          content: (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {unread.map((report) => (
                <li key={report.submissionId}>{report.problem}</li>
              ))}
            </ul>
          ),
        });
    } catch (error) {
      void message.error(t('precheck.failed', { message: errorText(error) }));
    } finally {
      setRunning(false);
    }
  };
  return (
    <Button icon={<FileSearchOutlined aria-hidden />} loading={running} onClick={() => void run()}>
      {running ? t('precheck.running') : t('precheck.runAll')}
    </Button>
  );
}
