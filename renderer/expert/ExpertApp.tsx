import { LogoutOutlined } from '@ant-design/icons';
import { App as AntApp, Button, ConfigProvider, Layout, Result, Space, Spin, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState } from 'react';
import { rubricFor } from '../../shared/engine/review-config.js';
import { themeFor } from '../shell/theme.js';
import { useReducedMotion } from '../shell/use-reduced-motion.js';
import { useAppStore, useT } from '../state/app-store.js';
import { leaveHub } from './hub/hub-api.js';
import { useExpertSession, type ExpertSession } from './hub/expert-session.js';
import { AwaitingAdmission } from './screens/AwaitingAdmission.js';
import { DraftList } from './screens/DraftList.js';
import { DraftScreen } from './screens/DraftScreen.js';
import { JoinScreen } from './screens/JoinScreen.js';
import { PledgeScreen } from './screens/PledgeScreen.js';
import { useExpertMeeting } from './sync/expert-reads.js';
import { useOutbox } from './sync/expert-outbox.js';
import { SyncBadge } from './sync/SyncStatus.js';
import { useLanguageToggle } from './use-language.js';
import './expert.css';

/** `#/draft/<submissionId>` opens a draft; anything else is the list. */
const draftOfHash = (): string | null => {
  const match = /^#\/draft\/(.+)$/.exec(window.location.hash);
  return match === null ? null : decodeURIComponent(match[1]!);
};

const useDraftRoute = () => {
  const [draft, setDraft] = useState(draftOfHash);
  useEffect(() => {
    const follow = () => setDraft(draftOfHash());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const open = (submissionId: string | null) => {
    window.location.hash = submissionId === null ? '#/' : `#/draft/${encodeURIComponent(submissionId)}`;
  };
  return [draft, open] as const;
};

/** The joined expert's meeting: the pledge until signed, then the drafts and one draft at a time. */
function JoinedExpert({ session }: { session: ExpertSession }) {
  const t = useT();
  const data = useExpertMeeting(session.meetingId);
  const [draftId, openDraft] = useDraftRoute();
  if (data === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (data === null) return <Result status="404" title={t('meeting.notFound', { id: session.meetingId })} />;
  const expert = data.experts.find((e) => e.id === session.expertId);
  if (expert === undefined) return <Result status="404" title={t('meeting.notFound', { id: session.expertId })} />;
  if (!data.pledges.some((p) => p.expertId === expert.id)) return <PledgeScreen meetingId={data.meeting.id} expert={expert} rubric={rubricFor(data.meeting)} />;
  const submission = draftId === null ? undefined : data.submissions.find((s) => s.id === draftId);
  if (submission !== undefined) return <DraftScreen data={data} submission={submission} expertId={expert.id} onBack={() => openDraft(null)} />;
  return <DraftList data={data} expertId={expert.id} onOpen={openDraft} />;
}

function ExpertFrame() {
  const t = useT();
  const { session, joined, admitted, leave } = useExpertSession();
  const toggleLanguage = useLanguageToggle();
  const { modal } = AntApp.useApp();
  const unsynced = useOutbox((state) => state.pending.length);
  const signOut = async () => {
    await leaveHub().catch(() => undefined);
    leave();
  };
  // What has not reached the hub is sent after the next join; the expert should know before leaving.
  const askToLeave = () =>
    unsynced === 0
      ? void signOut()
      : void modal.confirm({ title: t('expert.leave.unsynced', { n: unsynced }), okText: t('expert.leave'), cancelText: t('common.cancel'), onOk: signOut });
  return (
    <Layout style={{ minHeight: '100dvh' }}>
      <Layout.Header className="zz-expert-header">
        <Typography.Text strong className="zz-expert-title">
          {t('expert.appTitle')}
        </Typography.Text>
        <Space size={8}>
          {joined && session !== null && <Typography.Text className="zz-expert-name">{session.name}</Typography.Text>}
          {joined && <SyncBadge />}
          <Button type="text" onClick={toggleLanguage}>
            {t('expert.language')}
          </Button>
          {joined && (
            <Button type="text" icon={<LogoutOutlined aria-hidden />} onClick={askToLeave}>
              {t('expert.leave')}
            </Button>
          )}
        </Space>
      </Layout.Header>
      <Layout.Content className="zz-expert-content">
        {joined && session !== null ? admitted ? <JoinedExpert session={session} /> : <AwaitingAdmission /> : <JoinScreen />}
      </Layout.Content>
    </Layout>
  );
}

/**
 * Fingers, not a mouse: every button, field and list option of every size is at least 44 px high
 * (WCAG 2.5.5), the workstation's components included; a large one a little more.
 */
const touchSizes = { controlHeight: 44, controlHeightSM: 44, controlHeightLG: 48 };

/** The expert's browser app, served by the meeting-room hub. */
export function ExpertApp() {
  const language = useAppStore((state) => state.settings.language);
  const workstationTheme = themeFor(useReducedMotion());
  const theme = { ...workstationTheme, token: { ...workstationTheme.token, ...touchSizes } };
  return (
    <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <ExpertFrame />
      </AntApp>
    </ConfigProvider>
  );
}
