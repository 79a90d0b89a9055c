import { EditOutlined } from '@ant-design/icons';
import { App, Button, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { rubricFor } from '../../../shared/engine/review-config.js';
import { meetingTime } from '../../../shared/meeting/meeting-time-zone.js';
import type { Expert } from '../../../shared/model/expert.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import type { MeetingData } from '../use-meeting.js';
import { PledgeModal } from './PledgeModal.js';
import { setAttendance } from './preparation-actions.js';

/** Check-in and pledge per expert: one row each, in panel order. */
export function AttendanceTable({ data }: { data: MeetingData }) {
  const t = useT();
  const { message } = App.useApp();
  const { error: errorText } = useEngineText();
  const [signing, setSigning] = useState<Expert | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const meetingId = data.meeting.id;

  const toggle = async (expert: Expert, present: boolean) => {
    setBusy(expert.id);
    try {
      await setAttendance(meetingId, expert.id, present);
      message.success(t('prepare.attendance.saved', { name: expert.name, state: present ? t('prepare.present') : t('prepare.absent') }));
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Table<Expert>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data.experts}
        columns={[
          { title: t('prepare.column.name'), dataIndex: 'name', width: 100 },
          { title: t('prepare.column.role'), dataIndex: 'role', width: 76, render: (role: Expert['role']) => t(`meeting.role.${role}`) },
          { title: t('prepare.column.organization'), dataIndex: 'organization', ellipsis: true },
          { title: t('prepare.column.title'), dataIndex: 'title', width: 120 },
          {
            title: t('prepare.column.present'),
            key: 'present',
            width: 100,
            render: (_, expert) => (
              <Switch
                aria-label={`${expert.name}${t('prepare.column.present')}`}
                checked={expert.present}
                loading={busy === expert.id}
                checkedChildren={t('prepare.present')}
                unCheckedChildren={t('prepare.absent')}
                onChange={(present) => void toggle(expert, present)}
              />
            ),
          },
          {
            title: t('prepare.column.pledge'),
            key: 'pledge',
            width: 340,
            render: (_, expert) => {
              const pledge = data.pledges.find((p) => p.expertId === expert.id);
              if (pledge !== undefined) {
                return (
                  <Space size={8}>
                    <Tag color="success">{t('prepare.pledge.signedAt', { time: meetingTime(pledge.signedAt, data.meeting, 'minute').slice(5) })}</Tag>
                    {pledge.signatureImage !== null && (
                      <img src={pledge.signatureImage} alt={`${expert.name}${t('prepare.pledge.signatureLabel')}`} style={{ height: 26, maxWidth: 90, objectFit: 'contain' }} />
                    )}
                    {expert.present && (
                      <Button size="small" type="link" onClick={() => setSigning(expert)} style={{ paddingInline: 0 }}>
                        {t('prepare.pledge.resign')}
                      </Button>
                    )}
                  </Space>
                );
              }
              return expert.present ? (
                <Button size="small" type="primary" ghost icon={<EditOutlined aria-hidden />} aria-label={`${expert.name}${t('prepare.pledge.sign')}`} onClick={() => setSigning(expert)}>
                  {t('prepare.pledge.sign')}
                </Button>
              ) : (
                <Typography.Text type="secondary">{t('prepare.pledge.notPresent')}</Typography.Text>
              );
            },
          },
        ]}
      />
      {signing !== null && (
        <PledgeModal meetingId={meetingId} expert={signing} rubric={rubricFor(data.meeting)} resigning={data.pledges.some((p) => p.expertId === signing.id)} onClose={() => setSigning(null)} />
      )}
    </>
  );
}
