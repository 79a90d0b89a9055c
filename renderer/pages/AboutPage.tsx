import { Card, Descriptions, Typography } from 'antd';
import { useAppStore, useT } from '../state/app-store.js';

export function AboutPage() {
  const t = useT();
  const info = useAppStore((state) => state.info);
  if (!info) return null;
  return (
    <Card title={t('about.title')}>
      <Typography.Title level={4}>{t('app.name')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
      <Typography.Paragraph>{t('about.body')}</Typography.Paragraph>
      <Descriptions column={1} bordered size="small" styles={{ label: { width: 140 } }}>
        <Descriptions.Item label={t('about.version')}>{info.version}</Descriptions.Item>
        <Descriptions.Item label={t('about.transport')}>{t(`about.transport.${info.transport}`)}</Descriptions.Item>
        <Descriptions.Item label={t('about.dataDir')}>
          <Typography.Text copyable>{info.dataDir}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('about.platform')}>{info.platform}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
