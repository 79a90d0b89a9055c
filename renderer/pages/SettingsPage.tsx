import { Button, Card, Form, Input, InputNumber, Radio, Space, Typography, App } from 'antd';
import { useState } from 'react';
import { HostFailure } from '../../shared/api/result.js';
import { settingsSchema, type Settings } from '../../shared/settings/settings.js';
import { useAppStore, useT } from '../state/app-store.js';
import { BackupPanel } from './BackupPanel.js';
import { SyncSettingsCard } from '../sync/SyncSettingsCard.js';

/** The host validates too; checking here first lets the field show the rule's own words. */
type CheckedField = 'bureauUrl' | 'secretaryName' | 'bureauKeyId' | 'bureauPublicKey' | 'idleLockMinutes';

const ruleFor = (field: CheckedField) => ({
  validator: async (_: unknown, value: unknown) => {
    const parsed = settingsSchema.shape[field].safeParse(value ?? '');
    if (!parsed.success) throw new Error(parsed.error.issues[0]?.message);
  },
});

const fieldOf = (error: unknown): keyof Settings | null => {
  const field = error instanceof HostFailure ? error.field?.replace(/^patch\./, '') : undefined;
  return field !== undefined && Object.hasOwn(settingsSchema.shape, field) ? (field as keyof Settings) : null;
};

export function SettingsPage() {
  const t = useT();
  const { message } = App.useApp();
  const settings = useAppStore((state) => state.settings);
  const saveSettings = useAppStore((state) => state.saveSettings);
  const [form] = Form.useForm<Settings>();
  const [saving, setSaving] = useState(false);

  const save = async (values: Settings) => {
    setSaving(true);
    try {
      const saved = await saveSettings(values);
      form.setFieldsValue(saved);
      void message.success(useAppStore.getState().t('settings.saved'));
    } catch (error) {
      const field = fieldOf(error);
      if (field) form.setFields([{ name: field, errors: [(error as Error).message] }]);
      else void message.error((error as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 720 }}>
      <Card title={t('settings.general')}>
        <Form form={form} layout="vertical" initialValues={settings} onFinish={(values) => void save(values)}>
          <Form.Item name="language" label={t('settings.language')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'zh-CN', label: t('settings.language.zh') },
                { value: 'en', label: t('settings.language.en') },
              ]}
            />
          </Form.Item>
          <Form.Item name="secretaryName" label={t('settings.secretaryName')} rules={[ruleFor('secretaryName')]} extra={t('settings.secretaryName.help')}>
            <Input placeholder={t('settings.secretaryName.placeholder')} maxLength={40} />
          </Form.Item>
          <Form.Item name="bureauUrl" label={t('settings.bureauUrl')} rules={[ruleFor('bureauUrl')]} extra={t('settings.bureauUrl.help')}>
            <Input placeholder={t('settings.bureauUrl.placeholder')} />
          </Form.Item>
          <Form.Item label={t('settings.idleLockMinutes')} extra={t('settings.idleLockMinutes.help')}>
            <Space.Compact>
              <Form.Item name="idleLockMinutes" noStyle rules={[ruleFor('idleLockMinutes')]}>
                <InputNumber aria-label={t('settings.idleLockMinutes')} min={1} max={120} precision={0} style={{ width: 120 }} />
              </Form.Item>
              <Space.Addon>{t('settings.idleLockMinutes.unit')}</Space.Addon>
            </Space.Compact>
          </Form.Item>
          <Typography.Title level={5}>{t('settings.bureauKey')}</Typography.Title>
          <Form.Item name="bureauKeyId" label={t('settings.bureauKeyId')} rules={[ruleFor('bureauKeyId')]}>
            <Input placeholder={t('settings.bureauKeyId.placeholder')} maxLength={64} />
          </Form.Item>
          <Form.Item name="bureauPublicKey" label={t('settings.bureauPublicKey')} rules={[ruleFor('bureauPublicKey')]} extra={t('settings.bureauPublicKey.help')}>
            <Input placeholder={t('settings.bureauPublicKey.placeholder')} spellCheck={false} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Form>
      </Card>
      <SyncSettingsCard />
      <Card title={t('settings.data')}>
        <Typography.Paragraph type="secondary">{t('settings.data.help')}</Typography.Paragraph>
        <BackupPanel />
      </Card>
    </Space>
  );
}
