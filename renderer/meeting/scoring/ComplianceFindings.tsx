import { AimOutlined, CommentOutlined } from '@ant-design/icons';
import { Alert, Button, Typography } from 'antd';
import type { MessageKey } from '../../../shared/i18n/zh-cn.js';
import type { StoredFinding } from '../../../shared/model/compliance-report.js';
import { useReaderFocus } from '../../materials/reader-focus.js';
import { callHost } from '../../host/host-client.js';
import { useHostQuery } from '../../host/use-host-query.js';
import { useT } from '../../state/app-store.js';
import type { SheetKey } from './sheet-actions.js';

type ComplianceFindingsProps = {
  sheet: SheetKey;
  readOnly: boolean;
  onToComment(finding: StoredFinding): void;
};

/**
 * The pre-check's findings beside 合规性: suggestions the expert may follow up, never a score. Each
 * shows where it is (a button that takes the reader there), what was found, the quote and the rule.
 */
export function ComplianceFindings({ sheet, readOnly, onToComment }: ComplianceFindingsProps) {
  const t = useT();
  const show = useReaderFocus((state) => state.show);
  const { meetingId, submissionId } = sheet;
  const report = useHostQuery(() => callHost('compliance.findings', { meetingId, submissionId }), [submissionId], meetingId, { submissionId });
  if (report === undefined) return null;
  const placeOf = (finding: StoredFinding) =>
    finding.clause ?? (finding.page === undefined ? t('precheck.whole') : t('precheck.page', { page: finding.page }));
  const status =
    report === null ? t('precheck.notRun') : report.findings.length === 0 ? t('precheck.clean') : t('precheck.count', { n: report.findings.length });
  return (
    <div className="zz-precheck" role="region" aria-label={t('precheck.title')} style={{ background: '#fffbe6', border: '1px solid #ffe58f', borderRadius: 6, padding: '6px 10px', marginTop: 6 }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography.Text strong>{t('precheck.title')}</Typography.Text>
        <Typography.Text type="secondary">{status}</Typography.Text>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('precheck.hint')}
      </Typography.Text>
      {report?.problem != null && <Alert type="warning" showIcon title={report.problem} style={{ marginTop: 4 }} />}
      {report !== null && report.findings.length > 0 && (
        <ul aria-label={t('precheck.list')} style={{ listStyle: 'none', margin: '4px 0 0', padding: 0, maxHeight: 260, overflow: 'auto' }}>
          {report.findings.map((finding, index) => {
            const place = placeOf(finding);
            return (
              <li key={`${finding.rule}:${finding.clause ?? ''}:${index}`} style={{ borderTop: '1px solid #ffe58f', padding: '4px 0' }}>
                <div style={{ display: 'flex', gap: 6, alignItems: 'flex-start' }}>
                  <Button
                    type="link"
                    size="small"
                    icon={<AimOutlined aria-hidden />}
                    aria-label={t('precheck.jump', { place })}
                    style={{ paddingInline: 0, flex: 'none' }}
                    onClick={() => show({ clause: finding.clause, page: finding.page, quote: finding.quote })}
                  >
                    {place}
                  </Button>
                  <Typography.Text style={{ flex: 1, minWidth: 0 }}>{t(finding.message.code as MessageKey, finding.message.params)}</Typography.Text>
                  {!readOnly && (
                    <Button size="small" style={{ flex: 'none' }} icon={<CommentOutlined aria-hidden />} aria-label={t('precheck.toCommentNamed', { place })} onClick={() => onToComment(finding)}>
                      {t('precheck.toComment')}
                    </Button>
                  )}
                </div>
                {finding.quote !== '' && (
                  <Typography.Text type="secondary" style={{ display: 'block', maxWidth: '100%' }} ellipsis={{ tooltip: finding.quote }}>
                    「{finding.quote}」
                  </Typography.Text>
                )}
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }} ellipsis={{ rows: 1, expandable: true, symbol: '…' }}>
                  {finding.ruleText}
                </Typography.Paragraph>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
