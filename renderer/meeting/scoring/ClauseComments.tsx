import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Typography } from 'antd';
import { commentTypeSchema, type ReviewComment } from '../../../shared/model/comment.js';
import { newOperationId } from '../../expert/queue/operation-id.js';
import { useT } from '../../state/app-store.js';
import type { SheetKey } from './sheet-actions.js';

type ClauseCommentsProps = {
  sheet: SheetKey;
  comments: readonly ReviewComment[];
  /** The clause last picked in the materials reader, offered for a new comment. */
  pickedClause: string | null;
  readOnly: boolean;
  issues: ReadonlyMap<string, string>;
  onChange: (comments: ReviewComment[]) => void;
  onBlur: () => void;
  /** Shown while there is no comment; by default it points to the reader beside the sheet. */
  emptyText?: string;
};

/** The expert's clause comments (章条编号, 一般/技术/编辑, comment, proposed change), edited in place and saved with the sheet. */
export function ClauseComments({ sheet, comments, pickedClause, readOnly, issues, onChange, onBlur, emptyText }: ClauseCommentsProps) {
  const t = useT();
  const edit = (index: number, patch: Partial<ReviewComment>) =>
    onChange(comments.map((c, i) => (i === index ? { ...c, ...patch, updatedAt: new Date().toISOString() } : c)));
  const add = () => {
    const now = new Date().toISOString();
    onChange([
      ...comments,
      {
        // Not `crypto.randomUUID`: the expert app runs on plain http, where it does not exist.
        id: newOperationId(),
        ...sheet,
        clause: pickedClause ?? '',
        type: 'technical',
        text: '',
        proposedChange: '',
        resolution: null,
        resolutionNote: '',
        createdAt: now,
        updatedAt: now,
      },
    ]);
  };
  return (
    <div className="zz-clause-comments">
      {comments.length === 0 && <Typography.Text type="secondary">{emptyText ?? t('review.comments.none')}</Typography.Text>}
      {comments.map((comment, index) => {
        const field = `comments.${index}`;
        const problem = [...issues.entries()].find(([key]) => key.startsWith(`${field}.`))?.[1];
        return (
          <div key={comment.id} className="zz-comment" style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: 8, marginBottom: 8 }}>
            <Space.Compact style={{ width: '100%', marginBottom: 6 }}>
              <Input
                aria-label={t('review.comments.clause', { n: index + 1 })}
                placeholder={t('review.comments.clauseHint')}
                value={comment.clause}
                disabled={readOnly}
                status={issues.has(`${field}.clause`) ? 'error' : undefined}
                style={{ width: '40%' }}
                onChange={(event) => edit(index, { clause: event.target.value })}
                onBlur={onBlur}
              />
              <Select
                aria-label={t('review.comments.type', { n: index + 1 })}
                value={comment.type}
                disabled={readOnly}
                style={{ width: '30%' }}
                options={commentTypeSchema.options.map((type) => ({ value: type, label: t(`review.commentType.${type}`) }))}
                onChange={(type) => edit(index, { type })}
              />
              {pickedClause !== null && !readOnly && (
                <Button onClick={() => edit(index, { clause: pickedClause })}>{t('review.comments.usePick')}</Button>
              )}
              {!readOnly && (
                <Button danger icon={<DeleteOutlined aria-hidden />} aria-label={t('review.comments.delete', { n: index + 1 })} onClick={() => onChange(comments.filter((c) => c.id !== comment.id))} />
              )}
            </Space.Compact>
            <Input.TextArea
              aria-label={t('review.comments.text', { n: index + 1 })}
              placeholder={t('review.comments.textHint')}
              autoSize={{ minRows: 1, maxRows: 5 }}
              value={comment.text}
              disabled={readOnly}
              status={issues.has(`${field}.text`) ? 'error' : undefined}
              onChange={(event) => edit(index, { text: event.target.value })}
              onBlur={onBlur}
            />
            <Input.TextArea
              aria-label={t('review.comments.change', { n: index + 1 })}
              placeholder={t('review.comments.changeHint')}
              autoSize={{ minRows: 1, maxRows: 5 }}
              style={{ marginTop: 6 }}
              value={comment.proposedChange}
              disabled={readOnly}
              onChange={(event) => edit(index, { proposedChange: event.target.value })}
              onBlur={onBlur}
            />
            {problem !== undefined && <Typography.Text type="danger">{problem}</Typography.Text>}
          </div>
        );
      })}
      {!readOnly && (
        <Button icon={<PlusOutlined aria-hidden />} onClick={add}>
          {t('review.comments.add')}
        </Button>
      )}
    </div>
  );
}
