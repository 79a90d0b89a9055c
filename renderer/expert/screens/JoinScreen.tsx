import { Alert, Button, Card, Form, Input, Result, Select, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { pinProblemMessage } from '../../../shared/meeting/pin-rules.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { joinHub, readHubInfo, type HubInfo } from '../hub/hub-api.js';
import { useExpertSession } from '../hub/expert-session.js';
import { expertQueue } from '../sync/expert-outbox.js';

const digitsOnly = (value: string) => value.replace(/\D/g, '').slice(0, 6);
const retryInfoMs = 3_000;

type Problem = { field: 'expertId' | 'meetingCode' | 'pin' | null; message: string };

/** Choosing one's name, the meeting code and the PIN; the hub checks them and sets the session cookie. */
export function JoinScreen() {
  const t = useT();
  const { say, error: errorText } = useEngineText();
  const { session, joined, refused, join } = useExpertSession();
  const [info, setInfo] = useState<HubInfo | { failed: string } | null>(null);
  const [expertId, setExpertId] = useState<string | undefined>(session?.expertId);
  const [meetingCode, setMeetingCode] = useState('');
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      readHubInfo().then(
        (value) => live && setInfo(value),
        (error: unknown) => {
          if (!live) return;
          setInfo({ failed: errorText(error) });
          timer = setTimeout(load, retryInfoMs);
        },
      );
    void load();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [errorText]);

  if (info === null) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if ('failed' in info) return <Result status="warning" title={t('expert.hub.unreachable', { message: info.failed })} />;

  const submit = async () => {
    const missing: Problem | null =
      expertId === undefined
        ? { field: 'expertId', message: t('expert.join.needName') }
        : meetingCode.trim() === ''
          ? { field: 'meetingCode', message: t('expert.join.needCode') }
          : pinProblemMessage(pin) !== null
            ? { field: 'pin', message: say(pinProblemMessage(pin)!) }
            : null;
    setProblem(missing);
    if (missing !== null || expertId === undefined) return;
    setBusy(true);
    try {
      const joinedAs = await joinHub({ expertId, meetingCode: meetingCode.trim(), pin });
      join(joinedAs, pin, joinedAs.admitted);
      void expertQueue.flush();
    } catch (error) {
      const field = (error as { field?: string }).field;
      setProblem({ field: field === 'meetingCode' || field === 'pin' || field === 'expertId' ? field : null, message: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  const statusOf = (field: Problem['field']) => (problem?.field === field ? 'error' : undefined);
  return (
    <div className="zz-expert-join">
      <Card title={t('expert.join.title')} style={{ maxWidth: 480, margin: '0 auto' }}>
        <Typography.Paragraph strong>{t('expert.join.meeting', { title: info.title })}</Typography.Paragraph>
        {session !== null && !joined && <Alert type="warning" showIcon title={t(refused ? 'expert.join.refused' : 'expert.join.expired')} style={{ marginBottom: 12 }} />}
        {!info.https && <Alert type="info" showIcon title={t('expert.join.plainHttp')} style={{ marginBottom: 12 }} />}
        <Form layout="vertical" onFinish={() => void submit()}>
          <Form.Item label={t('expert.join.name')} htmlFor="zz-join-expert" validateStatus={statusOf('expertId')}>
            <Select
              id="zz-join-expert"
              size="large"
              placeholder={t('expert.join.namePick')}
              value={expertId}
              onChange={(value: string) => (setExpertId(value), setProblem(null))}
              options={info.experts.map((e) => ({ value: e.id, label: t('common.aside', { name: e.name, note: t(`expert.role.${e.role}`) }) }))}
            />
          </Form.Item>
          <Form.Item label={t('expert.join.code')} htmlFor="zz-join-code" extra={t('expert.join.codeHelp')} validateStatus={statusOf('meetingCode')}>
            <Input id="zz-join-code" size="large" autoComplete="off" autoCapitalize="characters" value={meetingCode} onChange={(e) => (setMeetingCode(e.target.value), setProblem(null))} />
          </Form.Item>
          <Form.Item label={t('expert.join.pin')} htmlFor="zz-join-pin" extra={t('expert.join.pinHelp')} validateStatus={statusOf('pin')}>
            <Input.Password id="zz-join-pin" size="large" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => (setPin(digitsOnly(e.target.value)), setProblem(null))} />
          </Form.Item>
          {problem !== null && <Alert type="error" showIcon title={problem.message} style={{ marginBottom: 12 }} />}
          <Button type="primary" size="large" htmlType="submit" block loading={busy}>
            {t('expert.join.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
