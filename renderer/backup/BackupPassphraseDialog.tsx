import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useT } from '../state/app-store.js';

/** As the host requires (shared/api/calls/backup-calls.ts): checked here for quick feedback only. */
const minimumLength = 8;

export type PassphraseMode = 'export' | 'restore';

type Values = { passphrase?: string; again?: string };

/**
 * Asked before the file dialog: at export the passphrase that seals the device key and enrollment
 * into the backup (twice, since a typo would lock them away); at restore, after the warning that the
 * data is replaced, the passphrase that opens them (empty for a backup that holds no device key).
 */
export function BackupPassphraseDialog({ mode, onSubmit, onCancel }: { mode: PassphraseMode | null; onSubmit: (passphrase: string | undefined) => void; onCancel: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const exporting = mode === 'export';
  const submit = (values: Values) => {
    form.resetFields();
    onSubmit(values.passphrase ? values.passphrase : undefined);
  };
  return (
    <Modal
      open={mode !== null}
      title={exporting ? t('backup.passphrase.exportTitle') : t('settings.backup.confirmTitle')}
      okText={exporting ? t('backup.passphrase.exportOk') : t('settings.backup.confirmOk')}
      okButtonProps={{ danger: !exporting, htmlType: 'submit', form: 'zz-backup-passphrase' }}
      cancelText={t('common.cancel')}
      onCancel={() => {
        form.resetFields();
        onCancel();
      }}
      destroyOnHidden
      width={560}
    >
      {exporting ? (
        <Typography.Paragraph>{t('backup.passphrase.exportHelp')}</Typography.Paragraph>
      ) : (
        <Alert type="warning" showIcon title={t('settings.backup.confirmBody')} style={{ marginBottom: 16 }} />
      )}
      <Form<Values> id="zz-backup-passphrase" form={form} layout="vertical" onFinish={submit} requiredMark={exporting}>
        <Form.Item
          name="passphrase"
          label={exporting ? t('backup.passphrase.label') : t('backup.passphrase.restoreOptional')}
          extra={exporting ? undefined : t('backup.passphrase.restoreHelp')}
          rules={
            exporting
              ? [
                  { required: true, message: t('backup.passphrase.required') },
                  { min: minimumLength, message: t('backup.passphrase.tooShort', { min: minimumLength }) },
                ]
              : []
          }
        >
          <Input.Password autoComplete="new-password" autoFocus />
        </Form.Item>
        {exporting && (
          <Form.Item
            name="again"
            label={t('backup.passphrase.again')}
            dependencies={['passphrase']}
            rules={[
              { required: true, message: t('backup.passphrase.required') },
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  !value || value === getFieldValue('passphrase') ? Promise.resolve() : Promise.reject(new Error(t('backup.passphrase.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
