import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, List, Space, Typography } from 'antd';
import { moveItem, requirementCandidates, requirementFromComment } from '../../../shared/meeting/revision-requirements.js';
import type { ReviewComment } from '../../../shared/model/comment.js';
import { useT } from '../../state/app-store.js';

type RequirementsEditorProps = {
  requirements: readonly string[];
  comments: readonly ReviewComment[];
  readOnly: boolean;
  onChange: (requirements: string[]) => void;
  onBlur: () => void;
};

/** The panel's revision requirements, assembled by the chair from the technical comments: pick, edit, reorder, add. */
export function RequirementsEditor({ requirements, comments, readOnly, onChange, onBlur }: RequirementsEditorProps) {
  const t = useT();
  const candidates = requirementCandidates(comments).map((c) => ({ comment: c, text: requirementFromComment(c) }));
  const unpicked = candidates.filter((c) => !requirements.includes(c.text));
  const set = (index: number, text: string) => onChange(requirements.map((r, i) => (i === index ? text : r)));
  return (
    <div className="zz-requirements">
      {requirements.length === 0 && <Typography.Text type="secondary">{t('review.requirements.none')}</Typography.Text>}
      {requirements.map((requirement, index) => (
        <div key={index} style={{ display: 'flex', gap: 4, marginBottom: 4, alignItems: 'flex-start' }}>
          <Typography.Text style={{ width: 24, paddingTop: 4 }}>{index + 1}.</Typography.Text>
          <Input.TextArea
            aria-label={t('review.requirements.item', { n: index + 1 })}
            autoSize={{ minRows: 1, maxRows: 4 }}
            value={requirement}
            disabled={readOnly}
            onChange={(event) => set(index, event.target.value)}
            onBlur={onBlur}
          />
          {!readOnly && (
            <Space.Compact>
              <Button size="small" icon={<ArrowUpOutlined aria-hidden />} aria-label={t('review.requirements.up', { n: index + 1 })} disabled={index === 0} onClick={() => onChange(moveItem(requirements, index, index - 1))} />
              <Button size="small" icon={<ArrowDownOutlined aria-hidden />} aria-label={t('review.requirements.down', { n: index + 1 })} disabled={index === requirements.length - 1} onClick={() => onChange(moveItem(requirements, index, index + 1))} />
              <Button size="small" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('review.requirements.delete', { n: index + 1 })} onClick={() => onChange(requirements.filter((_, i) => i !== index))} />
            </Space.Compact>
          )}
        </div>
      ))}
      {!readOnly && (
        <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => onChange([...requirements, ''])} style={{ marginTop: 4 }}>
          {t('review.requirements.add')}
        </Button>
      )}
      {!readOnly && unpicked.length > 0 && (
        <List
          size="small"
          style={{ marginTop: 8 }}
          header={<Typography.Text type="secondary">{t('review.requirements.fromComments')}</Typography.Text>}
          dataSource={unpicked}
          renderItem={({ comment, text }) => (
            <List.Item
              actions={[
                <Button key="pick" size="small" type="link" aria-label={t('review.requirements.pickOne', { clause: comment.clause })} onClick={() => onChange([...requirements, text])}>
                  {t('review.requirements.pick')}
                </Button>,
              ]}
            >
              <Typography.Text>{text}</Typography.Text>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
