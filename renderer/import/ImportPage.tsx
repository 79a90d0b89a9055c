import { ImportOutlined, InboxOutlined } from '@ant-design/icons';
import { App, Button, Card, Progress, Result, Space, Typography } from 'antd';
import { useT } from '../state/app-store.js';
import { navigate } from '../state/route.js';
import { formatBytes } from './format-bytes.js';
import { cancelImport, chooseAndInspectPackage, useImportFlow } from './import-flow.js';
import { ImportPreview } from './ImportPreview.js';

function ChooseButton({ primary }: { primary?: boolean }) {
  const t = useT();
  return (
    <Button type={primary ? 'primary' : 'default'} icon={<ImportOutlined aria-hidden />} onClick={() => void chooseAndInspectPackage(t('import.chooseTitle'))}>
      {primary ? t('import.choose') : t('import.chooseAgain')}
    </Button>
  );
}

/** `#/meetings/import`: choosing, checking, preview or rejection of one review package. */
export function ImportPage() {
  const t = useT();
  const { message } = App.useApp();
  const flow = useImportFlow();

  if (flow.step === 'reading') {
    const percent = flow.bytesTotal > 0 ? Math.floor((flow.bytesDone / flow.bytesTotal) * 100) : 0;
    return (
      <Card title={t('import.title')}>
        <Space direction="vertical" style={{ width: '100%', padding: '32px 0' }} size="middle">
          <Typography.Text strong>{t('import.reading')}</Typography.Text>
          <Progress percent={percent} status="active" aria-label={t('import.reading')} />
          <Typography.Text type="secondary">
            {t('import.reading.detail', { done: formatBytes(flow.bytesDone), total: formatBytes(flow.bytesTotal) })}
          </Typography.Text>
          <Button onClick={() => void cancelImport()}>{t('common.cancel')}</Button>
        </Space>
      </Card>
    );
  }

  if (flow.step === 'preview') {
    return (
      <ImportPreview
        flow={flow}
        onFailure={(error) => void message.error(t('import.failed', { message: error instanceof Error ? error.message : String(error) }))}
        onDone={(title) => void message.success(t('import.done', { title }))}
      />
    );
  }

  if (flow.step === 'rejected') {
    const { rejection } = flow;
    return (
      <Card>
        <Result
          status="error"
          title={t('import.rejected.title')}
          subTitle={
            <Space direction="vertical" size={4}>
              <Typography.Text>{rejection.message}</Typography.Text>
              {rejection.field && <Typography.Text type="secondary">{t('import.rejected.entry', { field: rejection.field })}</Typography.Text>}
            </Space>
          }
          extra={
            <Space>
              <ChooseButton />
              <Button onClick={() => (useImportFlow.setState({ step: 'idle' }), navigate('meetings'))}>{t('import.back')}</Button>
            </Space>
          }
        />
      </Card>
    );
  }

  return (
    <Card>
      <Result
        icon={<InboxOutlined aria-hidden />}
        title={t('import.title')}
        subTitle={t('import.start.body')}
        extra={
          <Space>
            <ChooseButton primary />
            <Button onClick={() => navigate('meetings')}>{t('import.back')}</Button>
          </Space>
        }
      />
    </Card>
  );
}
