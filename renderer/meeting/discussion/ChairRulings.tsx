import { App, Button, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DispersionFlag } from '../../../shared/engine/dispersion.js';
import type { OutcomeResult } from '../../../shared/engine/outcome.js';
import { vetoStatus } from '../../../shared/engine/veto.js';
import type { Rubric } from '../../../shared/model/rubric.js';
import type { Verdict } from '../../../shared/model/verdict.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { useLocalName } from '../../shell/local-name.js';
import { recordReconciliationNote, ruleOnVeto } from '../verdict/verdict-actions.js';

type ChairRulingsProps = {
  ids: { meetingId: string; submissionId: string };
  rubric: Rubric;
  result: OutcomeResult;
  flags: readonly DispersionFlag[];
  /** Whether any score is in play; without one there is no divergence to explain, only vetoes to rule on. */
  scored: boolean;
  verdict: Verdict | null;
  /** Notes and rulings are recorded during 合议 and 表决. */
  editable: boolean;
};

const useAction = () => {
  const { message } = App.useApp();
  const { error: errorText } = useEngineText();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (key: string, action: () => Promise<unknown>, done: string) => {
    setBusy(key);
    try {
      await action();
      void message.success(done);
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
};

/** The chair's 分歧说明 for each flagged criterion and rulings on vetoes, each with a reason. */
export function ChairRulings({ ids, rubric, result, flags, scored, verdict, editable }: ChairRulingsProps) {
  const t = useT();
  const localName = useLocalName();
  const { busy, run } = useAction();
  const notes = verdict?.reconciliationNotes ?? [];
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const flagged = rubric.criteria.filter((c) => flags.some((f) => f.criterionId === c.id));
  const vetoes = vetoStatus(result.voters, verdict?.vetoRulings ?? []);
  const allVetoes = [...vetoes.pending, ...vetoes.upheld, ...vetoes.rejected];
  const ruling = (expertId: string, criterionId: string) => verdict?.vetoRulings.find((r) => r.expertId === expertId && r.criterionId === criterionId);

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      {scored && (
        <div>
          <Typography.Title level={5}>{t('review.reconcile.title')}</Typography.Title>
          {flagged.length === 0 && <Typography.Text type="secondary">{t('review.reconcile.none')}</Typography.Text>}
          {flagged.map((criterion) => {
            const saved = notes.find((n) => n.criterionId === criterion.id)?.note ?? '';
            const value = drafts[criterion.id] ?? saved;
            return (
              <div key={criterion.id} className="zz-reconcile" style={{ marginBottom: 12 }}>
                <Space>
                  <Typography.Text strong>{localName(criterion.name)}</Typography.Text>
                  {saved === '' ? <Tag color="red">{t('review.reconcile.open')}</Tag> : <Tag color="green">{t('review.reconcile.done')}</Tag>}
                </Space>
                <Input.TextArea
                  aria-label={t('review.reconcile.note', { name: localName(criterion.name) })}
                  placeholder={t('review.reconcile.hint')}
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  style={{ marginTop: 4 }}
                  value={value}
                  disabled={!editable}
                  onChange={(event) => setDrafts({ ...drafts, [criterion.id]: event.target.value })}
                />
                {editable && (
                  <Button
                    size="small"
                    style={{ marginTop: 4 }}
                    disabled={value.trim() === saved}
                    loading={busy === `note-${criterion.id}`}
                    onClick={() =>
                      void run(`note-${criterion.id}`, () => recordReconciliationNote(ids, criterion.id, value), t('review.reconcile.saved'))
                    }
                  >
                    {t('review.reconcile.save')}
                  </Button>
                )}
              </div>
            );
          })}
        </div>
      )}
      <div>
        <Typography.Title level={5}>{t('review.vetoRuling.title')}</Typography.Title>
        {allVetoes.length === 0 ? (
          <Typography.Text type="secondary">{t('review.vetoRuling.none')}</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={allVetoes}
            renderItem={(veto) => {
              const key = `${veto.expertId}/${veto.criterionId}`;
              const decided = ruling(veto.expertId, veto.criterionId);
              const note = drafts[key] ?? decided?.note ?? '';
              const named = rubric.criteria.find((c) => c.id === veto.criterionId);
              const criterion = named === undefined ? veto.criterionId : localName(named.name);
              const decide = (upheld: boolean) =>
                void run(key, () => ruleOnVeto(ids, { expertId: veto.expertId, criterionId: veto.criterionId, upheld, note }), t('review.vetoRuling.saved'));
              return (
                <List.Item style={{ display: 'block' }}>
                  <Space wrap>
                    <Typography.Text strong>{t('review.vetoRuling.raised', { name: veto.expertName, criterion })}</Typography.Text>
                    {decided === undefined ? (
                      <Tag color="orange">{t('review.vetoRuling.pending')}</Tag>
                    ) : (
                      <Tag color={decided.upheld ? 'red' : 'default'}>{t(decided.upheld ? 'review.vetoRuling.upheld' : 'review.vetoRuling.overruled')}</Tag>
                    )}
                  </Space>
                  <Typography.Paragraph type="secondary" style={{ margin: '2px 0 4px' }}>
                    {t('review.vetoRuling.reason', { reason: veto.reason })}
                  </Typography.Paragraph>
                  <Input.TextArea
                    aria-label={t('review.vetoRuling.note')}
                    placeholder={t('review.vetoRuling.noteHint')}
                    autoSize={{ minRows: 1, maxRows: 3 }}
                    value={note}
                    disabled={!editable}
                    onChange={(event) => setDrafts({ ...drafts, [key]: event.target.value })}
                  />
                  {editable && (
                    <Space style={{ marginTop: 4 }}>
                      <Button size="small" danger loading={busy === key} disabled={note.trim() === ''} onClick={() => decide(true)}>
                        {t('review.vetoRuling.uphold')}
                      </Button>
                      <Button size="small" loading={busy === key} disabled={note.trim() === ''} onClick={() => decide(false)}>
                        {t('review.vetoRuling.overrule')}
                      </Button>
                    </Space>
                  )}
                </List.Item>
              );
            }}
          />
        )}
      </div>
    </Space>
  );
}
