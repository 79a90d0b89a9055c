import { Button, Descriptions, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { submitSignBodyKeys, submitSignTitleKeys } from '../../../shared/i18n/review-kind-keys.js';
import type { ReviewType } from '../../../shared/model/review-type.js';
import { useT } from '../../state/app-store.js';
import { SignaturePad } from '../signature/SignaturePad.js';

type SubmitSheetModalProps = {
  open: boolean;
  expertName: string;
  /** The version this submission makes: 1 for the preliminary score. */
  versionNo: number;
  /** What the expert signs for, as the form shows it, e.g. 「87 / 100 分」 and 「通过」. */
  total: string;
  recommendation: string;
  /** Whose materials and which sheet the declaration names. */
  reviewType: ReviewType;
  busy: boolean;
  onConfirm: (signatureImage: string) => void;
  onCancel: () => void;
};

/**
 * The last step of submitting a score sheet: the expert sees what they sign for and signs by hand.
 * The drawing belongs to this version alone, so every opening starts with an empty pad.
 */
export function SubmitSheetModal({ open, expertName, versionNo, total, recommendation, reviewType, busy, onConfirm, onCancel }: SubmitSheetModalProps) {
  const t = useT();
  const [image, setImage] = useState<string | null>(null);
  return (
    <Modal
      open={open}
      title={t(submitSignTitleKeys[reviewType], { n: versionNo })}
      onCancel={onCancel}
      afterClose={() => setImage(null)}
      footer={null}
      width={560}
      destroyOnHidden
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 8 }}
        items={[
          { key: 'expert', label: t('review.submit.sign.expert'), children: expertName },
          { key: 'total', label: t('review.submit.sign.total'), children: total },
          { key: 'recommendation', label: t('review.submit.sign.recommendation'), children: recommendation },
        ]}
      />
      <Typography.Paragraph type="secondary">{t(submitSignBodyKeys[reviewType])}</Typography.Paragraph>
      <SignaturePad onChange={setImage} />
      <Space style={{ width: '100%', justifyContent: 'flex-end', marginTop: 12 }}>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" disabled={image === null} loading={busy} onClick={() => image !== null && onConfirm(image)}>
          {t('review.submit.sign.confirm')}
        </Button>
      </Space>
    </Modal>
  );
}
