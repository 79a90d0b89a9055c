import { App, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { HostFailure } from '../../shared/api/result.js';
import { useAppStore, useT } from '../state/app-store.js';
import { enrollWorkstation } from './sync-actions.js';

type EnrollmentValues = { bureauUrl: string; code: string; deviceName: string };
const fields = ['bureauUrl', 'code', 'deviceName'] as const;

/** Bureau address and one-time code; the host creates the device key on first use and enrolls it. */
export function EnrollmentForm({ onCancel }: { onCancel?: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const bureauUrl = useAppStore((state) => state.settings.bureauUrl);
  const [form] = Form.useForm<EnrollmentValues>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: EnrollmentValues) => {
    setBusy(true);
    try {
      const status = await enrollWorkstation({ bureauUrl: values.bureauUrl.trim(), code: values.code.trim(), deviceName: (values.deviceName ?? '').trim() });
      void message.success(t('sync.enroll.done', { deviceId: status.deviceId ?? '' }));
      form.resetFields(['code']);
      onCancel?.();
    } catch (error) {
      const field = error instanceof HostFailure ? fields.find((f) => error.field === f) : undefined;
      if (field) form.setFields([{ name: field, errors: [(error as Error).message] }]);
      else void message.error((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" initialValues={{ bureauUrl, code: '', deviceName: '' }} onFinish={(values) => void submit(values)} aria-label={t('sync.enroll.title')}>
      <Form.Item name="bureauUrl" label={t('sync.enroll.bureauUrl')} rules={[{ required: true, whitespace: true, message: t('sync.enroll.bureauUrl.required') }]}>
        <Input placeholder={t('sync.enroll.bureauUrl.placeholder')} spellCheck={false} />
      </Form.Item>
      <Form.Item name="code" label={t('sync.enroll.code')} rules={[{ required: true, whitespace: true, message: t('sync.enroll.code.required') }]}>
        <Input placeholder={t('sync.enroll.code.placeholder')} spellCheck={false} autoComplete="off" />
      </Form.Item>
      <Form.Item name="deviceName" label={t('sync.enroll.deviceName')}>
        <Input placeholder={t('sync.enroll.deviceName.placeholder')} maxLength={200} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('sync.enroll.submit')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('sync.enroll.cancel')}</Button>}
      </Space>
    </Form>
  );
}
