import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from './app-menu.js';
import { menuCommands, type MenuCommand } from '../shared/api/menu-commands.js';

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

const build = (platform: string) => {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({ productName: '浙江制造标准审评工作站', platform, send: (command) => sent.push(command) });
  return { template, items: flatten(template), sent };
};

const click = (item: MenuItemConstructorOptions | undefined) => {
  if (!item?.click) throw new Error(`menu item ${item?.label ?? '?'} has no click handler`);
  (item.click as () => void)();
};

describe('buildMenuTemplate', () => {
  it('forwards each renderer command from its Chinese menu item', () => {
    const { items, sent } = build('win32');
    const byLabel = (label: string) => items.find((item) => item.label === label);
    click(byLabel('导入评审包…'));
    click(byLabel('新建审评会…'));
    click(byLabel('导出备份…'));
    click(byLabel('关于'));
    expect(sent).toEqual(['package.import', 'meeting.create', 'backup.export', 'app.about']);
    expect([...sent].sort()).toEqual([...menuCommands].sort());
  });

  it('puts 文件 and 帮助 at the top level with quit in 文件 on Windows and Linux', () => {
    const { template, items } = build('linux');
    expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '帮助']);
    expect(items.filter((item) => item.role === 'quit').map((item) => item.label)).toEqual(['退出']);
  });

  it('adds the application menu on macOS and keeps a single quit item there', () => {
    const { template, items } = build('darwin');
    expect(template.map((item) => item.label)).toEqual(['浙江制造标准审评工作站', '文件', '编辑', '帮助']);
    expect(items.filter((item) => item.role === 'quit')).toHaveLength(1);
  });

  it('labels every item in Chinese', () => {
    const labels = build('darwin').items.filter((item) => item.type !== 'separator').map((item) => item.label ?? '');
    expect(labels.every((label) => /[\u4e00-\u9fff]/.test(label))).toBe(true);
  });
});
