import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/api/menu-commands.js';

/**
 * The application menu. Items whose work belongs to the renderer only forward a command; the
 * edit menu is there because macOS routes copy and paste shortcuts through it.
 */
export const buildMenuTemplate = (options: {
  productName: string;
  platform: string;
  send: (command: MenuCommand) => void;
}): MenuItemConstructorOptions[] => {
  const { productName, platform, send } = options;
  const isMac = platform === 'darwin';
  const macAppMenu: MenuItemConstructorOptions[] = isMac
    ? [{ label: productName, submenu: [{ role: 'hide', label: '隐藏' }, { role: 'hideOthers', label: '隐藏其他' }, { type: 'separator' }, { role: 'quit', label: '退出' }] }]
    : [];
  return [
    ...macAppMenu,
    {
      label: '文件',
      submenu: [
        { label: '导入评审包…', accelerator: 'CmdOrCtrl+O', click: () => send('package.import') },
        { label: '新建审评会…', accelerator: 'CmdOrCtrl+N', click: () => send('meeting.create') },
        { type: 'separator' },
        { label: '导出备份…', click: () => send('backup.export') },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: '退出' }]),
      ],
    },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    { label: '帮助', submenu: [{ label: '关于', click: () => send('app.about') }] },
  ];
};
