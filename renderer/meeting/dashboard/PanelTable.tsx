import type { TableColumnsType } from 'antd';
import { Tag } from 'antd';
import type { Expert } from '../../../shared/model/expert.js';
import type { Pledge } from '../../../shared/model/pledge.js';
import { useT } from '../../state/app-store.js';

/**
 * The panel at a glance (who, from where, present, pledged): the first columns of the dashboard's
 * live progress table, so the panel is listed once.
 */
export const usePanelColumns = (pledges: readonly Pledge[]): TableColumnsType<Expert> => {
  const t = useT();
  const pledged = new Set(pledges.map((p) => p.expertId));
  return [
    { title: t('live.column.expert'), key: 'name', width: 130, render: (_, e) => t('common.aside', { name: e.name, note: t(`meeting.role.${e.role}`) }) },
    { title: t('prepare.column.organization'), dataIndex: 'organization', width: 150, ellipsis: true },
    {
      title: t('prepare.column.present'),
      key: 'present',
      width: 70,
      render: (_, e) => (e.present ? <Tag color="success">{t('dashboard.present')}</Tag> : <Tag>{t('dashboard.absent')}</Tag>),
    },
    {
      title: t('prepare.column.pledge'),
      key: 'pledge',
      width: 90,
      render: (_, e) => (pledged.has(e.id) ? <Tag color="blue">{t('dashboard.signedPledge')}</Tag> : <Tag>{t('dashboard.noPledge')}</Tag>),
    },
  ];
};
