import { Table, Tag } from 'antd';
import type { Expert } from '../../../shared/model/expert.js';
import type { Pledge } from '../../../shared/model/pledge.js';
import { useT } from '../../state/app-store.js';

/** The panel with attendance and pledge at a glance. */
export function PanelTable({ experts, pledges }: { experts: Expert[]; pledges: Pledge[] }) {
  const t = useT();
  const pledged = new Set(pledges.map((p) => p.expertId));
  return (
    <Table<Expert>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={experts}
      locale={{ emptyText: t('dashboard.noExperts') }}
      columns={[
        { title: t('prepare.column.name'), dataIndex: 'name', width: 110 },
        { title: t('prepare.column.role'), dataIndex: 'role', width: 80, render: (role: Expert['role']) => t(`meeting.role.${role}`) },
        { title: t('prepare.column.organization'), dataIndex: 'organization', ellipsis: true },
        {
          title: t('prepare.column.present'),
          key: 'present',
          width: 80,
          render: (_, e) => (e.present ? <Tag color="success">{t('dashboard.present')}</Tag> : <Tag>{t('dashboard.absent')}</Tag>),
        },
        {
          title: t('prepare.column.pledge'),
          key: 'pledge',
          width: 100,
          render: (_, e) => (pledged.has(e.id) ? <Tag color="blue">{t('dashboard.signedPledge')}</Tag> : <Tag>{t('dashboard.noPledge')}</Tag>),
        },
      ]}
    />
  );
}
