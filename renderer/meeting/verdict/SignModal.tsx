import { App, Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { signBodyKeys, signTitleKeys } from '../../../shared/i18n/review-kind-keys.js';
import type { Expert } from '../../../shared/model/expert.js';
import type { ReviewType } from '../../../shared/model/review-type.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { ExpertGate } from '../identity/ExpertGate.js';
import { SignaturePad } from '../signature/SignaturePad.js';
import { signVerdict } from './verdict-actions.js';

type SignModalProps = {
  ids: { meetingId: string; submissionId: string };
  expert: Expert | null;
  reviewType: ReviewType;
  onClose: () => void;
};

/** One expert signs the verdict by hand, after their PIN. */
export function SignModal({ ids, expert, reviewType, onClose }: SignModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const { error: errorText } = useEngineText();
  const [image, setImage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sign = async () => {
    if (expert === null || image === null) return;
    setBusy(true);
    try {
      await signVerdict(ids, expert.id, image);
      void message.success(t('review.sign.done', { name: expert.name }));
      setImage(null);
      onClose();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={expert !== null}
      title={expert === null ? '' : t(signTitleKeys[reviewType], { name: expert.name })}
      onCancel={onClose}
      footer={null}
      width={560}
      destroyOnHidden
    >
      {expert !== null && (
        <ExpertGate meetingId={ids.meetingId} expertId={expert.id}>
          <Typography.Paragraph type="secondary">{t(signBodyKeys[reviewType])}</Typography.Paragraph>
          <SignaturePad onChange={setImage} />
          <Space style={{ width: '100%', justifyContent: 'flex-end', marginTop: 12 }}>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" disabled={image === null} loading={busy} onClick={() => void sign()}>
              {t('review.sign.confirm')}
            </Button>
          </Space>
        </ExpertGate>
      )}
    </Modal>
  );
}
