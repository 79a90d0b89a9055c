import { Select } from 'antd';
import type { Clause } from '../../shared/materials/clauses.js';
import { useT } from '../state/app-store.js';

/** 「跳转到条款」: a searchable list of the material's clause headings. */
export function ClauseJump({ clauses, onJump }: { clauses: readonly Clause[]; onJump(clause: Clause): void }) {
  const t = useT();
  return (
    <Select
      aria-label={t('reader.clause.jump')}
      placeholder={t('reader.clause.jump')}
      showSearch={{ optionFilterProp: 'label' }}
      value={null}
      style={{ width: 180 }}
      popupMatchSelectWidth={260}
      options={clauses.map((clause) => ({ value: clause.number, label: clause.heading }))}
      onChange={(number: string) => {
        const clause = clauses.find((candidate) => candidate.number === number);
        if (clause) onJump(clause);
      }}
    />
  );
}
