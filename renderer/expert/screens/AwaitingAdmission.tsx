import { HourglassOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import { useEffect } from 'react';
import { HostFailure } from '../../../shared/api/result.js';
import { useT } from '../../state/app-store.js';
import { isSessionLost, useExpertSession } from '../hub/expert-session.js';
import { readHubSession } from '../hub/hub-api.js';
import { expertQueue } from '../sync/expert-outbox.js';

/** How often a held device asks the hub whether the secretary has decided. */
const askEveryMs = 2_000;

/**
 * A device that joined for an expert without a PIN, held until the secretary admits it at the
 * workstation: the expert is asked to signal the secretary, and the screen moves on by itself.
 */
export function AwaitingAdmission() {
  const t = useT();
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      try {
        const state = await readHubSession();
        if (!live) return;
        if (state.admitted) {
          useExpertSession.getState().admit();
          void expertQueue.flush();
          return;
        }
      } catch (error) {
        if (!live) return;
        if (error instanceof HostFailure && isSessionLost(error.code)) {
          useExpertSession.getState().expire(error.code === 'session-revoked');
          return;
        }
      }
      timer = setTimeout(() => void ask(), askEveryMs);
    };
    void ask();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  return <Result icon={<HourglassOutlined aria-hidden />} title={t('expert.admission.title')} subTitle={t('expert.admission.detail')} role="status" />;
}
