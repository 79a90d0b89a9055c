import { Button, Empty, Typography } from 'antd';
import type { Clause } from '../../shared/materials/clauses.js';
import { useT } from '../state/app-store.js';

/** The clauses found in a material: choosing a heading jumps to it, 「引用此条款」 hands it to the comment form. */
export function ClauseList({ clauses, onJump, onQuote, scanning }: { clauses: readonly Clause[]; onJump(clause: Clause): void; onQuote(clause: Clause): void; scanning: string | null }) {
  const t = useT();
  return (
    <>
      {scanning && <Typography.Text type="secondary">{scanning}</Typography.Text>}
      {clauses.length === 0 && !scanning && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reader.clauses.empty')} />}
      <ul className="zz-clause-list" aria-label={t('reader.tab.clauses')}>
        {clauses.map((clause) => (
          <li key={clause.number}>
            <Button type="text" size="small" className="zz-clause-heading" title={clause.heading} onClick={() => onJump(clause)}>
              {clause.heading}
            </Button>
            <Button size="small" type="link" aria-label={`${t('reader.clause.quote')} ${clause.number}`} onClick={() => onQuote(clause)}>
              {t('reader.clause.quote')}
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
