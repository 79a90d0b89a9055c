import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Typography } from 'antd';
import type { Expert } from '../../../shared/model/expert.js';
import type { Dissent } from '../../../shared/model/verdict.js';
import { useT } from '../../state/app-store.js';

type DissentEditorProps = {
  dissent: readonly Dissent[];
  voters: readonly Expert[];
  readOnly: boolean;
  onChange: (dissent: Dissent[]) => void;
  onBlur: () => void;
};

/** 不同意见: which voter holds which dissenting view, recorded with the verdict. */
export function DissentEditor({ dissent, voters, readOnly, onChange, onBlur }: DissentEditorProps) {
  const t = useT();
  const set = (index: number, patch: Partial<Dissent>) => onChange(dissent.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  return (
    <div className="zz-dissent">
      {dissent.length === 0 && <Typography.Text type="secondary">{t('review.dissent.none')}</Typography.Text>}
      {dissent.map((entry, index) => (
        <div key={index} style={{ display: 'flex', gap: 4, marginBottom: 4 }}>
          <Select
            aria-label={t('review.dissent.expert', { n: index + 1 })}
            style={{ width: 120 }}
            value={entry.expertId}
            disabled={readOnly}
            options={voters.map((e) => ({ value: e.id, label: e.name }))}
            onChange={(expertId) => set(index, { expertId })}
          />
          <Input.TextArea
            aria-label={t('review.dissent.text', { n: index + 1 })}
            autoSize={{ minRows: 1, maxRows: 3 }}
            value={entry.text}
            disabled={readOnly}
            onChange={(event) => set(index, { text: event.target.value })}
            onBlur={onBlur}
          />
          {!readOnly && <Button danger icon={<DeleteOutlined aria-hidden />} aria-label={t('review.dissent.delete', { n: index + 1 })} onClick={() => onChange(dissent.filter((_, i) => i !== index))} />}
        </div>
      ))}
      {!readOnly && voters[0] !== undefined && (
        <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => onChange([...dissent, { expertId: voters[0]?.id ?? '', text: '' }])}>
          {t('review.dissent.add')}
        </Button>
      )}
    </div>
  );
}
