import { HistoryOutlined, EditOutlined, WarningFilled } from '@ant-design/icons';
import { Button, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { DispersionFlag } from '../../../shared/engine/dispersion.js';
import { oneDecimal } from '../../../shared/engine/one-decimal.js';
import type { Voter } from '../../../shared/engine/eligibility.js';
import type { OutcomeResult } from '../../../shared/engine/outcome.js';
import { rubricMaxTotal, sheetTotal } from '../../../shared/engine/sheet-total.js';
import { matrixVersionsKeys } from '../../../shared/i18n/review-kind-keys.js';
import type { ScoreStats } from '../../../shared/model/aggregate.js';
import type { Rubric } from '../../../shared/model/rubric.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { useLocalName } from '../../shell/local-name.js';

type MatrixRow = { key: string; voter: Voter | null; label: string; stats: (criterionId: string | 'total') => number | null };

const statRows = ['value', 'median', 'min', 'max', 'stdDev'] as const;
type StatRow = (typeof statRows)[number];

const format = (value: number | null, row: StatRow | 'score'): string => {
  if (value === null) return '—';
  if (row === 'score' || row === 'min' || row === 'max') return String(value);
  return oneDecimal(value);
};

const statOf = (stats: ScoreStats | null, row: StatRow): number | null => (stats === null ? null : stats[row]);

const flagStyle = { background: '#fff1f0', color: '#a8071a', fontWeight: 600 };

type ScoreMatrixProps = {
  rubric: Rubric;
  result: OutcomeResult;
  flags: readonly DispersionFlag[];
  /** Whether any score is in play; without one (复审 scored by nobody) the table holds recommendations and opinions only. */
  scored: boolean;
  onHistory: (expertId: string) => void;
  onRevise: (expertId: string) => void;
};

/**
 * Experts × criteria with totals, the aggregate rows beneath (the rules' aggregate, median, min,
 * max, standard deviation), and the engine's dispersion flags highlighted with their reasons on hover.
 * Where nobody scored, each expert's recommendation and overall opinion instead of a grid of 「—」.
 */
export function ScoreMatrix({ rubric, result, flags, scored, onHistory, onRevise }: ScoreMatrixProps) {
  const t = useT();
  const localName = useLocalName();
  const { say } = useEngineText();
  const total = (voter: Voter): number | null => {
    const { points, complete } = sheetTotal(rubric, voter.final.scores);
    return complete ? points : null;
  };
  const scoreOf = (voter: Voter, criterionId: string) => voter.final.scores.find((s) => s.criterionId === criterionId)?.score ?? null;
  const aggregateOf = (criterionId: string | 'total') =>
    criterionId === 'total' ? result.aggregate.total : (result.aggregate.criteria.find((c) => c.criterionId === criterionId)?.stats ?? null);
  const method = result.aggregate.total?.method ?? result.aggregate.criteria.find((c) => c.stats !== null)?.stats?.method ?? 'mean';

  const rows: MatrixRow[] = [
    ...result.voters.map((voter) => ({
      key: voter.expert.id,
      voter,
      label: voter.expert.name,
      stats: (id: string) => (id === 'total' ? total(voter) : scoreOf(voter, id)),
    })),
    ...(scored ? statRows : []).map((row) => ({
      key: `stat-${row}`,
      voter: null,
      label: row === 'value' ? t(`review.matrix.method.${method}`) : t(`review.matrix.${row}`),
      stats: (id: string) => statOf(aggregateOf(id), row),
    })),
  ];

  const cell = (row: MatrixRow, criterionId: string) => {
    const value = row.stats(criterionId);
    const statRow = row.key.startsWith('stat-') ? (row.key.slice(5) as StatRow) : 'score';
    const text = format(value, statRow);
    const own = row.voter === null ? [] : flags.filter((f) => f.criterionId === criterionId && f.expertId === row.voter?.expert.id);
    if (own.length === 0) return text;
    return (
      <Tooltip title={own.map((f) => say(f.reasonMessage)).join('\n')}>
        <span className="zz-flagged-cell" style={{ ...flagStyle, padding: '0 6px', borderRadius: 4 }}>
          <WarningFilled aria-hidden /> {text}
        </span>
      </Tooltip>
    );
  };

  const header = (criterionId: string, name: string, max: number) => {
    const range = flags.filter((f) => f.criterionId === criterionId && f.trigger === 'range');
    const label = t('common.aside', { name, note: max });
    if (range.length === 0) return label;
    return (
      <Tooltip title={range.map((f) => say(f.reasonMessage)).join('\n')}>
        <span style={{ color: '#a8071a' }}>
          <WarningFilled aria-hidden /> {label}
        </span>
      </Tooltip>
    );
  };

  const maxTotal = rubricMaxTotal(rubric);
  const scoreColumns: TableColumnsType<MatrixRow> = [
    ...rubric.criteria.map((c) => ({
      title: header(c.id, localName(c.name), c.maxPoints),
      key: c.id,
      align: 'center' as const,
      onCell: (row: MatrixRow) => (row.voter === null && flags.some((f) => f.criterionId === c.id) ? { style: { background: '#fff7e6' } } : {}),
      render: (_: unknown, row: MatrixRow) => cell(row, c.id),
    })),
    { title: t('review.matrix.total', { max: maxTotal }), key: 'total', align: 'center', render: (_, row) => <Typography.Text strong>{format(row.stats('total'), row.key.startsWith('stat-') ? (row.key.slice(5) as StatRow) : 'score')}</Typography.Text> },
  ];
  const opinionColumn: TableColumnsType<MatrixRow>[number] = {
    title: t('review.opinion'),
    key: 'opinion',
    render: (_, row) => (row.voter === null ? null : <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{row.voter.final.opinion === '' ? '—' : row.voter.final.opinion}</Typography.Text>),
  };
  return (
    <Table<MatrixRow>
      size="small"
      bordered
      pagination={false}
      rowKey="key"
      dataSource={rows}
      scroll={scored ? { x: 'max-content' } : undefined}
      rowClassName={(row) => (row.voter === null ? 'zz-stat-row' : '')}
      columns={[
        { title: t('review.matrix.expert'), key: 'expert', fixed: 'left', width: 110, render: (_, row) => (row.voter === null ? <Typography.Text type="secondary">{row.label}</Typography.Text> : row.label) },
        ...(scored ? scoreColumns : []),
        {
          title: t('review.matrix.recommendation'),
          key: 'recommendation',
          render: (_, row) =>
            row.voter === null ? null : (
              <span>
                <Tag>{t(`review.recommendation.${row.voter.final.recommendation}`)}</Tag>
                {row.voter.final.veto !== null && <Tag color="red">{t('review.matrix.veto')}</Tag>}
              </span>
            ),
        },
        ...(scored ? [] : [opinionColumn]),
        {
          title: t(matrixVersionsKeys[rubric.reviewType]),
          key: 'versions',
          render: (_, row) =>
            row.voter === null ? null : (
              <span style={{ whiteSpace: 'nowrap' }}>
                <Button size="small" type="link" icon={<HistoryOutlined aria-hidden />} onClick={() => row.voter && onHistory(row.voter.expert.id)}>
                  {t('review.matrix.versionCount', { n: row.voter.final.versionNo })}
                </Button>
                <Button size="small" type="link" icon={<EditOutlined aria-hidden />} onClick={() => row.voter && onRevise(row.voter.expert.id)}>
                  {t('review.matrix.revise')}
                </Button>
              </span>
            ),
        },
      ]}
    />
  );
}
