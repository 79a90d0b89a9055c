/** The one channel on which main tells the renderer that a menu item was chosen. */
export const menuCommandChannel = 'zz:menu-command';

/** Menu items whose work happens in the renderer; main only forwards the choice. */
export const menuCommands = ['package.import', 'meeting.create', 'backup.export', 'app.about'] as const;
export type MenuCommand = (typeof menuCommands)[number];

export const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
