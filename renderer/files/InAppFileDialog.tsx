import { FileOutlined, FolderOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Input, List, Modal, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { HostValue } from '../../shared/api/contract.js';
import { callHost } from '../host/host-client.js';
import { useT } from '../state/app-store.js';
import { settlePathRequest, usePathChooser } from './path-chooser.js';

type Listing = HostValue<'files.browse'>;

const joinPath = (folder: string, name: string) => (folder.endsWith('/') || folder.endsWith('\\') ? folder + name : `${folder}/${name}`);

/** The browser shell has no native dialog: this one browses the host's folders through the API. */
export function InAppFileDialog() {
  const t = useT();
  const pending = usePathChooser((state) => state.pending);
  const [listing, setListing] = useState<Listing | null>(null);
  const [typedFolder, setTypedFolder] = useState('');
  const [fileName, setFileName] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const lastFolder = useRef<string | undefined>(undefined);
  /** Only the latest browse may fill the dialog: a slower, older answer must not take the user back to a folder they left. */
  const latestBrowse = useRef(0);

  const browse = async (path?: string): Promise<Listing | null> => {
    const request = ++latestBrowse.current;
    try {
      const next = await callHost('files.browse', path === undefined ? {} : { path });
      if (request !== latestBrowse.current) return null;
      setListing(next);
      lastFolder.current = next.path;
      setTypedFolder(next.path);
      setSelected(null);
      setProblem(null);
      return next;
    } catch (error) {
      if (request === latestBrowse.current) setProblem((error as Error).message);
      return null;
    }
  };

  useEffect(() => {
    if (!pending) return;
    // The previous request's folder stays hidden until this one's is listed, so nothing typed meanwhile is overwritten.
    setListing(null);
    setFileName(pending.defaultName ?? '');
    setProblem(null);
    void browse(lastFolder.current);
  }, [pending]);

  if (!pending || !listing) return null;

  const visible = listing.entries.filter(
    (entry) => entry.kind === 'directory' || pending.extensions.includes('*') || pending.extensions.some((ext) => entry.name.toLowerCase().endsWith(`.${ext}`)),
  );

  /** The folder the field names is the one the user means: a typed path not opened yet (or still opening) is opened first. */
  const folderShown = (): Promise<Listing | null> => (typedFolder.trim() === listing.path ? Promise.resolve(listing) : browse(typedFolder.trim()));

  const confirm = async () => {
    const folder = await folderShown();
    if (folder === null) return;
    if (pending.mode === 'directory') return settlePathRequest(folder.path);
    if (pending.mode === 'open') {
      if (!selected || folder !== listing) return setProblem(t('fileDialog.chooseFile'));
      return settlePathRequest(selected);
    }
    if (!fileName.trim()) return setProblem(t('fileDialog.nameRequired'));
    settlePathRequest(joinPath(folder.path, fileName.trim()));
  };

  return (
    <Modal open title={pending.title} onOk={() => void confirm()} onCancel={() => settlePathRequest(null)} okText={t('common.confirm')} cancelText={t('common.cancel')} width={640} destroyOnHidden>
      <Space.Compact style={{ width: '100%', marginBottom: 8 }}>
        <Button icon={<ArrowUpOutlined aria-hidden />} disabled={!listing.parent} onClick={() => listing.parent && void browse(listing.parent)} aria-label={t('fileDialog.up')} />
        <Input value={typedFolder} onChange={(event) => setTypedFolder(event.target.value)} onPressEnter={() => void browse(typedFolder)} aria-label={t('fileDialog.folder')} />
        <Button onClick={() => void browse(typedFolder)}>{t('fileDialog.go')}</Button>
      </Space.Compact>
      <List
        size="small"
        bordered
        style={{ height: 280, overflow: 'auto' }}
        dataSource={visible}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fileDialog.empty')} /> }}
        renderItem={(entry) => (
          <List.Item
            style={{ cursor: 'pointer', background: entry.path === selected ? '#e6f4ff' : undefined }}
            onClick={() => (entry.kind === 'directory' ? void browse(entry.path) : (setSelected(entry.path), setFileName(entry.name)))}
            onDoubleClick={() => entry.kind === 'file' && pending.mode === 'open' && settlePathRequest(entry.path)}
          >
            <Space>
              {entry.kind === 'directory' ? <FolderOutlined aria-hidden /> : <FileOutlined aria-hidden />}
              <Typography.Text>{entry.name}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {pending.mode === 'save' && (
        <Input style={{ marginTop: 8 }} addonBefore={t('fileDialog.fileName')} aria-label={t('fileDialog.fileName')} value={fileName} onChange={(event) => setFileName(event.target.value)} onPressEnter={() => void confirm()} />
      )}
      {problem && <Alert style={{ marginTop: 8 }} type="error" showIcon message={problem} />}
    </Modal>
  );
}
