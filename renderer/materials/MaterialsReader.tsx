import { App, Result, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Clause } from '../../shared/materials/clauses.js';
import type { Material } from '../../shared/model/submission.js';
import { useT } from '../state/app-store.js';
import { useClausePick } from './clause-pick.js';
import { DocxReader } from './DocxReader.js';
import { docxType, openMaterial, type OpenedMaterial } from './open-material.js';
import { PdfReader } from './PdfReader.js';
import './reader.css';

export type ReadableMaterial = Pick<Material, 'id' | 'title' | 'sha256' | 'mediaType'>;

type Opened = { state: 'loading' } | { state: 'failed'; message: string } | OpenedMaterial;

/** Shows one material of a submission (PDF or Word); a clause quoted here goes to the comment form through `useClausePick`. */
export function MaterialsReader({ material }: { material: ReadableMaterial }) {
  const t = useT();
  const { message } = App.useApp();
  const pick = useClausePick((state) => state.pick);
  const [opened, setOpened] = useState<Opened>({ state: 'loading' });
  const { sha256, mediaType } = material;

  useEffect(() => {
    let cancelled = false;
    setOpened({ state: 'loading' });
    openMaterial(sha256, mediaType).then(
      (value) => !cancelled && setOpened(value),
      (error: unknown) => !cancelled && setOpened({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [sha256, mediaType]);

  const onQuote = useCallback(
    (clause: Clause) => {
      pick({ number: clause.number, heading: clause.heading, materialId: material.id, page: clause.page });
      void message.success(t('reader.clause.picked', { heading: clause.heading }));
    },
    [pick, material.id, message, t],
  );

  switch (opened.state) {
    case 'loading':
      return (
        <Spin tip={t(mediaType === docxType ? 'reader.docx.converting' : 'reader.loading')}>
          <div style={{ height: 160 }} />
        </Spin>
      );
    case 'failed':
      return <Result status="error" title={t('reader.loadFailed', { title: material.title, message: opened.message })} />;
    case 'unsupported':
      return <Result status="warning" title={t('reader.unsupported', { title: material.title, mediaType: material.mediaType })} />;
    case 'pdf':
      return <PdfReader key={material.sha256} doc={opened.doc} firstPage={opened.firstPage} onQuote={onQuote} />;
    case 'docx':
      return <DocxReader key={material.sha256} html={opened.html} onQuote={onQuote} />;
  }
}
