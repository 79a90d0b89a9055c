import { ColumnWidthOutlined, DownOutlined, UpOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { Button, Empty, Input, InputNumber, Segmented, Tooltip, Tree, Typography } from 'antd';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { findClauses, pdfPageLines, type Clause, type LineLocation } from '../../shared/materials/clauses.js';
import { cssUnitsPerPoint, fitWidthZoom, pageAt, pageTops, readableViewWidth, stepZoom, type PageSize } from '../../shared/materials/page-layout.js';
import { searchPages, type SearchHit } from '../../shared/materials/text-search.js';
import { useT } from '../state/app-store.js';
import { ClauseJump } from './ClauseJump.js';
import { ClauseList } from './ClauseList.js';
import { PdfPage, type PageHighlight } from './PdfPage.js';
import { PdfThumbnails } from './PdfThumbnails.js';
import { focusSearchText, useReaderFocus } from './reader-focus.js';
import { readOutline, type OutlineEntry, type PageText } from './pdf-text.js';
import { SelectionQuote, useSelectionQuote } from './SelectionQuote.js';
import { SidebarToggle } from './SidebarToggle.js';
import { usePdfTexts } from './use-pdf-texts.js';
import { sidebarWidth, useReaderSidebar } from './use-reader-sidebar.js';
import { useWidth } from './use-width.js';

const pageGap = 12;
const pagePadding = 32;
/** Room for a classic scrollbar (15 px in Chromium) beside the pages, with a pixel to spare for rounding. */
const scrollbarAllowance = 16;
const noHighlights: readonly PageHighlight[] = [];

type SidebarTab = 'thumbnails' | 'outline' | 'clauses';

type PdfReaderProps = { doc: PDFDocumentProxy; firstPage: PageSize; onQuote(clause: Clause): void };

type TreeNode = { key: string; title: string; children: TreeNode[] };

const toTreeData = (entries: readonly OutlineEntry[]): TreeNode[] =>
  entries.map((entry) => ({ key: entry.key, title: entry.title, children: toTreeData(entry.children) }));

const findEntry = (entries: readonly OutlineEntry[], key: string): OutlineEntry | undefined => {
  for (const entry of entries) {
    if (entry.key === key) return entry;
    const inner = findEntry(entry.children, key);
    if (inner) return inner;
  }
  return undefined;
};

/** Points from the page's top to the top of a hit's first run. */
const hitOffset = (texts: readonly PageText[], hit: SearchHit): number => {
  const text = texts[hit.page - 1];
  const run = text?.runs[hit.parts[0]?.item ?? -1];
  return text && run ? text.height - run.y - run.height : 0;
};

/** A PDF with thumbnails, bookmarks, zoom, fit width, search with highlights and the clause list. */
export function PdfReader({ doc, firstPage, onQuote }: PdfReaderProps) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const sidebarList = useRef<HTMLDivElement>(null);
  const view = useRef<HTMLDivElement>(null);
  const texts = usePdfTexts(doc);
  const [outline, setOutline] = useState<OutlineEntry[]>([]);
  const root = useRef<HTMLDivElement>(null);
  const readerWidth = useWidth(root);
  const [tab, setTab] = useState<SidebarTab>('thumbnails');
  const [fit, setFit] = useState(true);
  const [zoom, setZoom] = useState(1);
  const [currentPage, setCurrentPage] = useState(1);
  const [query, setQuery] = useState('');
  const [activeQuery, setActiveQuery] = useState('');
  const [hitIndex, setHitIndex] = useState(0);
  const [flash, setFlash] = useState<{ page: number; offset: number; key: number } | null>(null);
  const anchor = useRef({ page: 1, fraction: 0 });
  const revealFirstHit = useRef(false);

  useEffect(() => {
    let cancelled = false;
    readOutline(doc).then(
      (entries) => !cancelled && setOutline(entries),
      (error: unknown) => console.error('读取 PDF 书签失败', error),
    );
    return () => {
      cancelled = true;
    };
  }, [doc]);

  const sizes = useMemo(
    () => Array.from({ length: doc.numPages }, (_, index) => texts[index] ?? firstPage),
    [doc.numPages, texts, firstPage],
  );
  const viewWidth = useWidth(scroller);
  const sidebar = useReaderSidebar(readerWidth, readableViewWidth(sizes, pagePadding + scrollbarAllowance));
  const { afterJump } = sidebar;
  const tops = useMemo(() => pageTops(sizes, zoom, pageGap), [sizes, zoom]);
  const scale = zoom * cssUnitsPerPoint;
  const clauses = useMemo(() => findClauses(texts.flatMap((text) => pdfPageLines(text.runs, text.page, text.height))), [texts]);
  const hits = useMemo(() => searchPages(texts.map((text) => text.runs.map((run) => run.str)), activeQuery), [texts, activeQuery]);
  const scanning = texts.length < doc.numPages ? t('reader.clauses.scanning', { done: texts.length, total: doc.numPages }) : null;

  const highlights = useMemo(() => {
    const byPage = new Map<number, PageHighlight[]>();
    hits.forEach((hit, index) => {
      const list = byPage.get(hit.page) ?? [];
      list.push({ parts: hit.parts, current: index === hitIndex });
      byPage.set(hit.page, list);
    });
    return byPage;
  }, [hits, hitIndex]);

  useEffect(() => {
    if (fit && viewWidth > 0) setZoom(fitWidthZoom(sizes, viewWidth - pagePadding));
  }, [fit, viewWidth, sizes]);

  // A new zoom keeps the same spot of the same page in view.
  useLayoutEffect(() => {
    const element = scroller.current;
    const { page, fraction } = anchor.current;
    const size = sizes[page - 1];
    if (element && size) element.scrollTop = (tops[page - 1] ?? 0) + fraction * size.height * scale;
    // Only a zoom change moves the view; page sizes arriving as pages are read must not.
  }, [zoom]);

  const scrollToPoint = useCallback(
    (page: number, offset: number, align: 'top' | 'third') => {
      const element = scroller.current;
      if (!element) return;
      const y = (tops[page - 1] ?? 0) + offset * scale;
      element.scrollTop = align === 'top' ? y - 16 : y - element.clientHeight / 3;
    },
    [tops, scale],
  );

  const showHit = useCallback(
    (index: number) => {
      const hit = hits[index];
      if (!hit) return;
      setHitIndex(index);
      scrollToPoint(hit.page, hitOffset(texts, hit), 'third');
    },
    [hits, texts, scrollToPoint],
  );

  useEffect(() => {
    if (revealFirstHit.current && hits.length > 0) {
      revealFirstHit.current = false;
      showHit(0);
    }
  }, [hits, showHit]);

  const search = (value: string) => {
    const term = value.trim();
    if (term !== '' && term === activeQuery && hits.length > 0) return showHit((hitIndex + 1) % hits.length);
    revealFirstHit.current = true;
    setActiveQuery(term);
    setHitIndex(0);
  };

  const jumpToClause = useCallback(
    (clause: Clause) => {
      scrollToPoint(clause.page, clause.offset, 'top');
      setFlash({ page: clause.page, offset: clause.offset, key: Date.now() });
      afterJump();
    },
    [scrollToPoint, afterJump],
  );

  const locate = useCallback(
    (range: Range): LineLocation | null => {
      const start = range.startContainer;
      const page = (start instanceof Element ? start : start.parentElement)?.closest<HTMLElement>('[data-page]');
      if (!page) return null;
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      // The bottom of the selected line, so a selection on a clause's own heading falls under that clause.
      return { page: Number(page.dataset.page), offset: (rect.bottom - page.getBoundingClientRect().top) / scale };
    },
    [scale],
  );
  const selection = useSelectionQuote(view, clauses, locate);

  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    const page = pageAt(tops, element.scrollTop + element.clientHeight / 3);
    const size = sizes[page - 1];
    anchor.current = { page, fraction: size ? (element.scrollTop - (tops[page - 1] ?? 0)) / (size.height * scale) : 0 };
    setCurrentPage(page);
    selection.dismiss();
  };

  const openPage = useCallback(
    (page: number) => {
      scrollToPoint(page, 0, 'top');
      afterJump();
    },
    [scrollToPoint, afterJump],
  );
  // A finding's 「跳转」: to its clause once the clauses are read (or its page), then its quote highlighted as a search.
  const focus = useReaderFocus((state) => state.focus);
  // A reader opened after a request leaves it be: only a click made while it is open moves it.
  const followed = useRef(useReaderFocus.getState().focus?.serial ?? 0);
  useEffect(() => {
    if (focus === null || focus.serial === followed.current) return;
    const clause = focus.clause === undefined ? undefined : clauses.find((candidate) => candidate.number === focus.clause);
    if (clause === undefined && texts.length < doc.numPages) return;
    followed.current = focus.serial;
    if (clause !== undefined) jumpToClause(clause);
    else if (focus.page !== undefined) openPage(focus.page);
    const term = focusSearchText(focus.quote);
    if (term === '') return;
    setQuery(term);
    revealFirstHit.current = true;
    setActiveQuery(term);
    setHitIndex(0);
  }, [focus, clauses, texts.length, doc.numPages, jumpToClause, openPage]);

  const changeZoom = (direction: 1 | -1) => {
    setFit(false);
    setZoom(stepZoom(zoom, direction));
  };

  const tabs = [
    { value: 'thumbnails' as const, label: t('reader.tab.thumbnails') },
    ...(outline.length > 0 ? [{ value: 'outline' as const, label: t('reader.tab.outline') }] : []),
    { value: 'clauses' as const, label: t('reader.tab.clauses') },
  ];

  return (
    <div ref={root} className="zz-reader">
      <div className="zz-reader-toolbar">
        <SidebarToggle open={sidebar.placement !== 'closed'} onToggle={sidebar.toggle} />
        <InputNumber
          aria-label={t('reader.page.label')}
          size="small"
          min={1}
          max={doc.numPages}
          value={currentPage}
          style={{ width: 64 }}
          onPressEnter={(event) => openPage(Math.min(doc.numPages, Math.max(1, Number((event.target as HTMLInputElement).value) || 1)))}
        />
        <Typography.Text type="secondary">{t('reader.page.total', { total: doc.numPages })}</Typography.Text>
        <Tooltip title={t('reader.zoomOut')}>
          <Button aria-label={t('reader.zoomOut')} icon={<ZoomOutOutlined aria-hidden />} onClick={() => changeZoom(-1)} />
        </Tooltip>
        <Typography.Text style={{ minWidth: 40, textAlign: 'center' }}>{Math.round(zoom * 100)}%</Typography.Text>
        <Tooltip title={t('reader.zoomIn')}>
          <Button aria-label={t('reader.zoomIn')} icon={<ZoomInOutlined aria-hidden />} onClick={() => changeZoom(1)} />
        </Tooltip>
        <Tooltip title={t('reader.fitWidth')}>
          <Button aria-label={t('reader.fitWidth')} type={fit ? 'primary' : 'default'} ghost={fit} icon={<ColumnWidthOutlined aria-hidden />} onClick={() => setFit(true)} />
        </Tooltip>
        <span className="zz-reader-spacer" />
        <Input.Search
          aria-label={t('reader.search.placeholder')}
          placeholder={t('reader.search.placeholder')}
          allowClear
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onSearch={search}
          style={{ width: 180 }}
        />
        <Tooltip title={t('reader.search.previous')}>
          <Button aria-label={t('reader.search.previous')} icon={<UpOutlined aria-hidden />} disabled={hits.length === 0} onClick={() => showHit((hitIndex - 1 + hits.length) % hits.length)} />
        </Tooltip>
        <Tooltip title={t('reader.search.next')}>
          <Button aria-label={t('reader.search.next')} icon={<DownOutlined aria-hidden />} disabled={hits.length === 0} onClick={() => showHit((hitIndex + 1) % hits.length)} />
        </Tooltip>
        {activeQuery !== '' && (
          <Typography.Text type="secondary" aria-live="polite">
            {hits.length === 0 ? t('reader.search.none') : t('reader.search.count', { current: hitIndex + 1, total: hits.length })}
          </Typography.Text>
        )}
        <ClauseJump clauses={clauses} onJump={jumpToClause} />
      </div>
      <div className="zz-reader-body">
        {sidebar.placement !== 'closed' && (
          <div className={sidebar.placement === 'floating' ? 'zz-reader-sidebar zz-reader-sidebar-floating' : 'zz-reader-sidebar'} style={{ width: sidebarWidth }}>
            <Segmented size="small" block options={tabs} value={tabs.some((option) => option.value === tab) ? tab : 'thumbnails'} onChange={(value) => setTab(value)} />
            <div ref={sidebarList} className="zz-reader-sidebar-content">
              {tab === 'thumbnails' && <PdfThumbnails doc={doc} sizes={sizes} currentPage={currentPage} root={sidebarList} onOpen={openPage} />}
              {tab === 'outline' &&
                (outline.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reader.outline.empty')} />
                ) : (
                  <Tree
                    blockNode
                    defaultExpandAll
                    treeData={toTreeData(outline)}
                    onSelect={([key]) => {
                      const page = findEntry(outline, String(key))?.page;
                      if (page) openPage(page);
                    }}
                  />
                ))}
              {tab === 'clauses' && <ClauseList clauses={clauses} scanning={scanning} onJump={jumpToClause} onQuote={onQuote} />}
            </div>
          </div>
        )}
        <div ref={view} className="zz-reader-view" onMouseUp={selection.onMouseUp}>
          <div ref={scroller} className="zz-reader-pages" onScroll={onScroll} data-testid="pdf-pages" role="region" tabIndex={0} aria-label={t('reader.pages')}>
            {sizes.map((size, index) => (
              <PdfPage
                key={index}
                doc={doc}
                pageNumber={index + 1}
                zoom={zoom}
                width={size.width}
                height={size.height}
                scrollRoot={scroller}
                highlights={highlights.get(index + 1) ?? noHighlights}
                flash={flash?.page === index + 1 ? flash : null}
              />
            ))}
          </div>
          <SelectionQuote offer={selection.offer} onQuote={onQuote} />
        </div>
      </div>
    </div>
  );
}
