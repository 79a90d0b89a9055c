import { App, Result, Spin } from 'antd';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useState } from 'react';
import type { Clause } from '../../shared/materials/clauses.js';
import type { PageSize } from '../../shared/materials/page-layout.js';
import type { Material } from '../../shared/model/submission.js';
import { useT } from '../state/app-store.js';
import { useClausePick } from './clause-pick.js';
import { docxToSafeHtml } from './docx-html.js';
import { DocxReader } from './DocxReader.js';
import { readMaterialBytes } from './material-bytes.js';
import { openPdf } from './pdfjs-loader.js';
import { PdfReader } from './PdfReader.js';
import './reader.css';

export type ReadableMaterial = Pick<Material, 'id' | 'title' | 'sha256' | 'mediaType'>;

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Opened =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'unsupported' }
  | { state: 'pdf'; doc: PDFDocumentProxy; firstPage: PageSize }
  | { state: 'docx'; html: string };

const open = async (sha256: string, mediaType: string): Promise<Opened> => {
  if (mediaType !== 'application/pdf' && mediaType !== docxType) return { state: 'unsupported' };
  const bytes = await readMaterialBytes(sha256);
  if (mediaType === docxType) return { state: 'docx', html: await docxToSafeHtml(bytes) };
  const doc = await openPdf(bytes);
  const { width, height } = (await doc.getPage(1)).getViewport({ scale: 1 });
  return { state: 'pdf', doc, firstPage: { width, height } };
};

/** Shows one material of a submission (PDF or Word); a clause quoted here goes to the comment form through `useClausePick`. */
export function MaterialsReader({ material }: { material: ReadableMaterial }) {
  const t = useT();
  const { message } = App.useApp();
  const pick = useClausePick((state) => state.pick);
  const [opened, setOpened] = useState<Opened>({ state: 'loading' });
  const { sha256, mediaType } = material;

  useEffect(() => {
    let cancelled = false;
    let result: Opened | null = null;
    setOpened({ state: 'loading' });
    open(sha256, mediaType).then(
      (value) => {
        result = value;
        if (!cancelled) setOpened(value);
        else if (value.state === 'pdf') void value.doc.destroy();
      },
      (error: unknown) => !cancelled && setOpened({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
      if (result?.state === 'pdf') void result.doc.destroy();
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
