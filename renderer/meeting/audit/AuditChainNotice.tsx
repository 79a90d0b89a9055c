import { Alert, Typography } from 'antd';
import { useT } from '../../state/app-store.js';
import { useAuditChain } from './use-audit-chain.js';

/**
 * The audit log's hash chain as the host last walked it. `banner`: the app frame's warning, on every
 * screen, shown only when the chain breaks (with the entry where it does); otherwise the audit log
 * page's line saying the chain verified, which gives way to that banner when it does not.
 */
export function AuditChainNotice({ banner = false }: { banner?: boolean }) {
  const t = useT();
  const check = useAuditChain();
  if (check === undefined) return null;
  if (banner) return check.intact ? null : <Alert type="error" showIcon banner role="alert" style={{ marginBottom: 16 }} message={t('audit.chain.broken', { seq: check.seq })} />;
  return check.intact ? <Typography.Text type="secondary">{t('audit.chain.intact', { entries: check.entries })}</Typography.Text> : null;
}
