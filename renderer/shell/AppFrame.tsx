import { CloudUploadOutlined, InfoCircleOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { Layout, Menu, Typography } from 'antd';
import type { ReactNode } from 'react';
import { AuditChainNotice } from '../meeting/audit/AuditChainNotice.js';
import { useT } from '../state/app-store.js';
import { navigate } from '../state/route.js';
import { useMenuCommands } from './use-menu-commands.js';

export function AppFrame({ section, children }: { section: string; children: ReactNode }) {
  const t = useT();
  useMenuCommands();
  const items = [
    { key: 'meetings', icon: <TeamOutlined aria-hidden />, label: t('nav.meetings') },
    { key: 'sync', icon: <CloudUploadOutlined aria-hidden />, label: t('nav.sync') },
    { key: 'settings', icon: <SettingOutlined aria-hidden />, label: t('nav.settings') },
    { key: 'about', icon: <InfoCircleOutlined aria-hidden />, label: t('nav.about') },
  ];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 24 }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Typography.Title>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={184} theme="light" breakpoint="lg" collapsedWidth={56}>
          <Menu mode="inline" selectedKeys={[section]} items={items} onClick={({ key }) => navigate(key)} style={{ height: '100%', paddingTop: 8 }} />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24, overflow: 'auto' }}>
          <AuditChainNotice banner />
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
