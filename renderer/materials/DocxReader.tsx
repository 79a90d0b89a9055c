import { Empty } from 'antd';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { findClauses, type Clause, type LineLocation } from '../../shared/materials/clauses.js';
import { a4Page, readableViewWidth } from '../../shared/materials/page-layout.js';
import { useT } from '../state/app-store.js';
import { ClauseJump } from './ClauseJump.js';
import { ClauseList } from './ClauseList.js';
import { textBlocks } from './docx-html.js';
import { useReaderFocus } from './reader-focus.js';
import { SelectionQuote, useSelectionQuote } from './SelectionQuote.js';
import { SidebarToggle } from './SidebarToggle.js';
import { sidebarWidth, useReaderSidebar } from './use-reader-sidebar.js';
import { useWidth } from './use-width.js';

const flashMs = 2400;
/** The view's padding (2 × 16) and a classic scrollbar beside the page. */
const viewChrome = 48;
/** A Word material reflows to any width; it asks for the room an A4 page needs, so both readers dock the sidebar alike. */
const readableWidth = readableViewWidth([a4Page], viewChrome);

/** A Word material converted to sanitised HTML, with the clause list found in its paragraphs. */
export function DocxReader({ html, onQuote }: { html: string; onQuote(clause: Clause): void }) {
  const t = useT();
  const page = useRef<HTMLDivElement>(null);
  const view = useRef<HTMLDivElement>(null);
  const [blocks, setBlocks] = useState<HTMLElement[]>([]);
  const root = useRef<HTMLDivElement>(null);
  const sidebar = useReaderSidebar(useWidth(root), readableWidth);
  const { afterJump } = sidebar;

  useLayoutEffect(() => {
    if (page.current) setBlocks(textBlocks(page.current));
  }, [html]);

  const clauses = useMemo(() => findClauses(blocks.map((block, offset) => ({ text: block.textContent ?? '', page: 1, offset }))), [blocks]);

  const jumpToClause = useCallback(
    (clause: Clause) => {
      const block = blocks[clause.offset];
      if (!block) return;
      block.scrollIntoView({ block: 'start' });
      block.classList.add('zz-clause-flash-block');
      window.setTimeout(() => block.classList.remove('zz-clause-flash-block'), flashMs);
      afterJump();
    },
    [blocks, afterJump],
  );

  // A finding's 「跳转」: a Word material has no pages, so its clause is the place to go.
  const focus = useReaderFocus((state) => state.focus);
  const followed = useRef(useReaderFocus.getState().focus?.serial ?? 0);
  useEffect(() => {
    if (focus === null || focus.serial === followed.current || blocks.length === 0) return;
    followed.current = focus.serial;
    const clause = clauses.find((candidate) => candidate.number === focus.clause);
    if (clause !== undefined) jumpToClause(clause);
  }, [focus, blocks.length, clauses, jumpToClause]);

  const locate = useCallback(
    (range: Range): LineLocation | null => {
      const start = range.startContainer;
      const element = start instanceof Element ? start : start.parentElement;
      const offset = blocks.findIndex((block) => block.contains(element));
      return offset === -1 ? null : { page: 1, offset };
    },
    [blocks],
  );
  const selection = useSelectionQuote(view, clauses, locate);

  return (
    <div ref={root} className="zz-reader">
      <div className="zz-reader-toolbar">
        <SidebarToggle open={sidebar.placement !== 'closed'} onToggle={sidebar.toggle} />
        <span className="zz-reader-spacer" />
        <ClauseJump clauses={clauses} onJump={jumpToClause} />
      </div>
      <div className="zz-reader-body">
        {sidebar.placement !== 'closed' && (
          <div className={sidebar.placement === 'floating' ? 'zz-reader-sidebar zz-reader-sidebar-floating' : 'zz-reader-sidebar'} style={{ width: sidebarWidth }}>
            <div className="zz-reader-sidebar-content">
              <ClauseList clauses={clauses} scanning={null} onJump={jumpToClause} onQuote={onQuote} />
            </div>
          </div>
        )}
        <div ref={view} className="zz-reader-view" onMouseUp={selection.onMouseUp}>
          <div className="zz-docx" onScroll={selection.dismiss} role="region" tabIndex={0} aria-label={t('reader.pages')}>
            {html.trim() === '' ? (
              <Empty description={t('reader.docx.empty')} />
            ) : (
              <div ref={page} className="zz-docx-page" dangerouslySetInnerHTML={{ __html: html }} />
            )}
          </div>
          <SelectionQuote offer={selection.offer} onQuote={onQuote} />
        </div>
      </div>
    </div>
  );
}
