import { ImportOutlined, InboxOutlined } from '@ant-design/icons';
import { App, Button, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { packageFileExtension } from '../../shared/package/limits.js';
import { hostPathForFile } from '../host/host-client.js';
import { useT } from '../state/app-store.js';
import { chooseAndInspectPackage, inspectPackage, useImportFlow } from './import-flow.js';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * A `.zzpkg` dropped anywhere on the window starts its import. Under Electron the preload tells the dropped
 * file's path; the browser shell cannot know it, so it says so and offers the in-app chooser instead.
 * The app menu's 「导入评审包」 and 「新建审评会」 land here too, since both open the import or set-up screens.
 */
export function PackageDropTarget() {
  const t = useT();
  const { message } = App.useApp();
  const [dragging, setDragging] = useState(false);
  const [needsChooser, setNeedsChooser] = useState<string | null>(null);

  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      if (!file.name.toLowerCase().endsWith(`.${packageFileExtension}`)) return void message.error(t('import.drop.notPackage', { name: file.name }));
      const step = useImportFlow.getState().step;
      if (step === 'preview' || step === 'reading') return void message.warning(t('import.drop.busy'));
      const path = hostPathForFile(file);
      if (path) void inspectPackage({ path, origin: 'dropped' });
      else setNeedsChooser(file.name);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [message, t]);

  return (
    <>
      {dragging && (
        <div
          role="presentation"
          style={{
            position: 'fixed',
            inset: 0,
            zIndex: 2000,
            pointerEvents: 'none',
            background: 'rgba(22, 119, 255, 0.12)',
            border: '3px dashed #1677ff',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
          }}
        >
          <Typography.Title level={3} style={{ color: '#1677ff' }}>
            <InboxOutlined aria-hidden /> {t('import.drop.overlay')}
          </Typography.Title>
        </div>
      )}
      <Modal
        open={needsChooser !== null}
        title={t('import.drop.browserTitle')}
        onCancel={() => setNeedsChooser(null)}
        footer={[
          <Button key="cancel" onClick={() => setNeedsChooser(null)}>
            {t('common.cancel')}
          </Button>,
          <Button
            key="choose"
            type="primary"
            icon={<ImportOutlined aria-hidden />}
            onClick={() => {
              setNeedsChooser(null);
              void chooseAndInspectPackage(t('import.chooseTitle'));
            }}
          >
            {t('import.choose')}
          </Button>,
        ]}
      >
        <Typography.Paragraph>{t('import.drop.browserBody', { name: needsChooser ?? '' })}</Typography.Paragraph>
      </Modal>
    </>
  );
}
