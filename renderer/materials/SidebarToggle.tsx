import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useT } from '../state/app-store.js';

/** Shows or hides the reader's sidebar, leaving the page the whole width on a small screen. */
export function SidebarToggle({ open, onToggle }: { open: boolean; onToggle(): void }) {
  const t = useT();
  return (
    <Tooltip title={t('reader.sidebar')}>
      <Button aria-label={t('reader.sidebar')} aria-pressed={open} icon={open ? <MenuFoldOutlined aria-hidden /> : <MenuUnfoldOutlined aria-hidden />} onClick={onToggle} />
    </Tooltip>
  );
}
