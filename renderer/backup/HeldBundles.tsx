import { Alert, App, Button, List, Typography } from 'antd';
import { useState } from 'react';
import { callHost } from '../host/host-client.js';
import { useHostQuery } from '../host/use-host-query.js';
import { useT } from '../state/app-store.js';
import { releaseHeldBundle } from '../state/backup-actions.js';

/**
 * Bundles restored from a backup that the bureau has not received: each waits here until the
 * secretary confirms it, and only then does the outbox sign and send it. Shown as long as any is held.
 */
export function HeldBundles({ restored }: { restored: unknown }) {
  const t = useT();
  const { message } = App.useApp();
  // Read again when a restore finishes here, not only on the host's change event, so its held bundles show at once.
  const outbox = useHostQuery(() => callHost('outbox.list', {}), [restored], null);
  const [busy, setBusy] = useState<string | null>(null);
  const held = (outbox ?? []).filter((entry) => entry.status === 'held');
  if (held.length === 0) return null;

  const release = async (entry: (typeof held)[number]) => {
    setBusy(entry.id);
    try {
      await releaseHeldBundle(entry);
      void message.success(t('backup.held.confirmed', { verdictId: entry.verdictId, versionNo: entry.versionNo }));
    } catch (error) {
      void message.error((error as Error).message, 8);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Alert
      type="warning"
      showIcon
      message={t('backup.held.title')}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t('backup.held.help')}</Typography.Paragraph>
          <List
            size="small"
            dataSource={held}
            renderItem={(entry) => (
              <List.Item
                actions={[
                  <Button key="confirm" size="small" loading={busy === entry.id} onClick={() => void release(entry)}>
                    {t('backup.held.confirm')}
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={t('backup.held.item', { verdictId: entry.verdictId, versionNo: entry.versionNo, meetingId: entry.meetingId, submissionId: entry.bundle.submissionId })}
                  description={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('backup.held.digest', { digest: entry.bundleDigest.slice(0, 16) })}</Typography.Text>}
                />
              </List.Item>
            )}
          />
        </>
      }
    />
  );
}
