import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/api/menu-commands.js';
import { onMenuCommand } from '../host/host-client.js';
import { chooseAndInspectPackage } from '../import/import-flow.js';
import { useT } from '../state/app-store.js';
import { useBackupExportRequest } from '../state/backup-actions.js';
import { navigate } from '../state/route.js';

/** The desktop app's menu forwards each choice here; the browser shell has no menu and never calls back. */
export const useMenuCommands = (): void => {
  const t = useT();
  useEffect(() => {
    const actions: Record<MenuCommand, () => void> = {
      'package.import': () => void chooseAndInspectPackage(t('import.chooseTitle')),
      'meeting.create': () => navigate('meetings', 'new'),
      'backup.export': () => {
        navigate('settings');
        useBackupExportRequest.getState().request();
      },
      'app.about': () => navigate('about'),
    };
    return onMenuCommand((command) => actions[command as MenuCommand]?.());
  }, [t]);
};
