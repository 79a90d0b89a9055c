import { Typography } from 'antd';
import type { Expert } from '../../../shared/model/expert.js';
import type { Rubric } from '../../../shared/model/rubric.js';
import { pledgeTitle, pledgeWording } from '../../../shared/meeting/pledge-text.js';
import { useT } from '../../state/app-store.js';

/**
 * The pledge as the expert reads it before signing, in the words of the meeting's review kind, and the
 * line naming who signs; the same at the workstation and on a device.
 */
export function PledgeWording({ expert, rubric, maxHeight }: { expert: Expert; rubric: Rubric; maxHeight: number | string }) {
  const t = useT();
  const { preamble, clauses, closing } = pledgeWording(rubric);
  return (
    <>
      <div className="zz-pledge-text" style={{ maxHeight, overflow: 'auto', padding: '8px 12px', background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 8 }}>
        <Typography.Title level={5} style={{ textAlign: 'center', marginTop: 4 }}>
          {pledgeTitle}
        </Typography.Title>
        <Typography.Paragraph style={{ marginBottom: 6 }}>{preamble}</Typography.Paragraph>
        {clauses.map((clause) => (
          <Typography.Paragraph key={clause} style={{ marginBottom: 6 }}>
            {clause}
          </Typography.Paragraph>
        ))}
        <Typography.Paragraph style={{ marginBottom: 4 }}>{closing}</Typography.Paragraph>
      </div>
      <Typography.Paragraph strong style={{ margin: '10px 0 6px' }}>
        {t('prepare.pledge.signer', { name: expert.name, organization: expert.organization })}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{t('prepare.pledge.signatureLabel')}</Typography.Text>
    </>
  );
}
