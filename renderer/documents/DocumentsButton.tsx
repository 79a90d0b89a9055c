import { FileWordOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Progress, Space, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { HostValue } from '../../shared/api/contract.js';
import type { Submission } from '../../shared/model/submission.js';
import { useT } from '../state/app-store.js';
import type { ExportProgress } from './export-documents.js';
import { hasDocuments } from './has-documents.js';

type Saved = NonNullable<HostValue<'documents.save'>>;
type Run = { progress: ExportProgress | null; saved: Saved | null; error: string | null };

function ExportModal({ run, onClose }: { run: Run; onClose: () => void }) {
  const t = useT();
  const { progress, saved, error } = run;
  const working = saved === null && error === null;
  const percent = progress?.step === 'file' ? Math.round((progress.done / progress.total) * 100) : progress?.step === 'saving' ? 100 : 0;
  const line =
    progress === null || progress.step === 'fonts'
      ? t('documents.progress.fonts')
      : progress.step === 'file'
        ? t('documents.progress.file', { done: progress.done, total: progress.total, name: progress.name })
        : t('documents.progress.saving', { total: progress.total });
  return (
    <Modal
      open
      title={saved !== null ? t('documents.done.title') : t('documents.progress.title')}
      closable={!working}
      maskClosable={false}
      keyboard={!working}
      onCancel={onClose}
      footer={working ? null : <Button type="primary" onClick={onClose}>{t('common.confirm')}</Button>}
    >
      {error !== null ? (
        <Alert type="error" showIcon title={t('documents.failed', { message: error })} />
      ) : saved !== null ? (
        <Space orientation="vertical" size={4} style={{ width: '100%' }} className="zz-documents-saved">
          <Typography.Text>{t('documents.done.count', { count: saved.files.length })}</Typography.Text>
          <Typography.Text copyable={{ text: saved.folder }}>
            <FolderOpenOutlined aria-hidden /> {t('documents.done.folder', { folder: saved.folder })}
          </Typography.Text>
          {saved.revealed && <Typography.Text type="secondary">{t('documents.done.revealed')}</Typography.Text>}
        </Space>
      ) : (
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          <Progress percent={percent} status="active" aria-label={t('documents.progress.title')} />
          <Typography.Text type="secondary" ellipsis style={{ maxWidth: '100%' }}>
            {line}
          </Typography.Text>
        </Space>
      )}
    </Modal>
  );
}

/**
 * Loads the document engines and the PDF faces once the browser is idle, so the first click does not
 * wait for them. A failure here is not shown: the click loads them again and reports what went wrong.
 */
const usePreparedDocuments = (enabled: boolean) =>
  useEffect(() => {
    if (!enabled) return undefined;
    const idle = requestIdleCallback(() => {
      import('./export-documents.js').then((engines) => engines.prepareDocuments()).catch(() => undefined);
    });
    return () => cancelIdleCallback(idle);
  }, [enabled]);

function ExportButton(props: { meetingId: string; submissionId?: string; label: string; disabledReason: string | null; small?: boolean }) {
  const t = useT();
  const [run, setRun] = useState<Run | null>(null);
  usePreparedDocuments(props.disabledReason === null);
  const start = async () => {
    setRun({ progress: null, saved: null, error: null });
    try {
      const request = { meetingId: props.meetingId, folderTitle: t('documents.chooseFolder'), ...(props.submissionId === undefined ? {} : { submissionId: props.submissionId }) };
      // The document engines (pdf-lib, fontkit, docx) load on first use, not with the app.
      const { exportDocuments } = await import('./export-documents.js');
      const saved = await exportDocuments(request, (progress) => setRun({ progress, saved: null, error: null }));
      setRun(saved === null ? null : { progress: null, saved, error: null });
    } catch (error) {
      setRun({ progress: null, saved: null, error: error instanceof Error ? error.message : String(error) });
    }
  };
  const button = (
    <Button size={props.small === true ? 'small' : 'middle'} icon={<FileWordOutlined aria-hidden />} disabled={props.disabledReason !== null || run !== null} onClick={() => void start()}>
      {props.label}
    </Button>
  );
  return (
    <>
      {props.disabledReason === null ? button : <Tooltip title={props.disabledReason}>{button}</Tooltip>}
      {run !== null && (run.progress !== null || run.saved !== null || run.error !== null) && <ExportModal run={run} onClose={() => setRun(null)} />}
    </>
  );
}

/** 「生成文档」 of one submission: minutes, score sheets, signature sheet and comment table, as PDF and Word. */
export function GenerateDocumentsButton({ meetingId, submission }: { meetingId: string; submission: Pick<Submission, 'id' | 'phase'> }) {
  const t = useT();
  return (
    <ExportButton meetingId={meetingId} submissionId={submission.id} label={t('documents.generate')} disabledReason={hasDocuments(submission) ? null : t('documents.notYet')} small />
  );
}

/** 「导出全部」: the documents of every submission that has reached the vote, into one folder. */
export function ExportAllDocumentsButton({ meetingId, submissions }: { meetingId: string; submissions: Pick<Submission, 'phase'>[] }) {
  const t = useT();
  return <ExportButton meetingId={meetingId} label={t('documents.exportAll')} disabledReason={submissions.some(hasDocuments) ? null : t('documents.noneYet')} />;
}
