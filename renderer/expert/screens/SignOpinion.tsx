import { Alert, App, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import type { ReviewSnapshot } from '../../../shared/engine/review-snapshot.js';
import { deviceOpinionTitleKeys, deviceSignNotOpenKeys, signBodyKeys } from '../../../shared/i18n/review-kind-keys.js';
import type { Meeting } from '../../../shared/model/meeting.js';
import { signingRefusalMessage } from '../../../shared/meeting/sign-off-order.js';
import { SignaturePad } from '../../meeting/signature/SignaturePad.js';
import { formatTime } from '../../meeting/review/format-time.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { runAction } from '../sync/expert-outbox.js';

/** The opinion as it stands, and this expert's drawn signature under it once the chair has opened signing. */
export function SignOpinion({ meeting, snapshot, expertId }: { meeting: Meeting; snapshot: ReviewSnapshot; expertId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const { say, error: errorText } = useEngineText();
  const [image, setImage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const verdict = snapshot.verdict;
  const kind = snapshot.rubric.reviewType;
  if (snapshot.phase !== 'sign-off' || verdict === null) return <Alert type="info" showIcon title={t(deviceSignNotOpenKeys[kind])} />;
  const mine = verdict.signatures.find((s) => s.expertId === expertId);
  const refusal = mine === undefined ? signingRefusalMessage(snapshot, expertId) : null;

  const sign = async () => {
    if (image === null) return;
    setBusy(true);
    try {
      await runAction('verdict.sign', { meetingId: meeting.id, submissionId: snapshot.submissionId, expertId, image });
      void message.success(t('expert.sign.saved'));
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t(deviceOpinionTitleKeys[kind])}>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{verdict.conclusion}</Typography.Paragraph>
      {verdict.revisionRequirements.length > 0 && (
        <ol style={{ paddingInlineStart: 20 }}>
          {verdict.revisionRequirements.map((requirement) => (
            <li key={requirement}>{requirement}</li>
          ))}
        </ol>
      )}
      {mine !== undefined ? (
        <Alert type="success" showIcon title={t('expert.sign.done', { time: formatTime(mine.signedAt, meeting) })} />
      ) : refusal !== null ? (
        <Alert type="warning" showIcon title={say(refusal)} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t(signBodyKeys[kind])}</Typography.Paragraph>
          <SignaturePad onChange={setImage} height={150} />
          <Button type="primary" size="large" block disabled={image === null} loading={busy} onClick={() => void sign()} style={{ marginTop: 8 }}>
            {t('expert.sign.submit')}
          </Button>
        </>
      )}
    </Card>
  );
}
