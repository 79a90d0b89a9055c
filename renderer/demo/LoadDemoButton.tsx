import { ExperimentOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useT } from '../state/app-store.js';
import { loadDemoMeeting } from './load-demo.js';

export function LoadDemoButton() {
  const t = useT();
  const { message } = App.useApp();
  const [loading, setLoading] = useState(false);
  const load = async () => {
    setLoading(true);
    try {
      await loadDemoMeeting();
    } catch (error) {
      void message.error(t('demo.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setLoading(false);
    }
  };
  return (
    <Tooltip title={t('demo.hint')} placement="bottom">
      <Button type="link" icon={<ExperimentOutlined aria-hidden />} loading={loading} onClick={() => void load()}>
        {t('demo.load')}
      </Button>
    </Tooltip>
  );
}
