import { roleLabels } from '../../engine/labels.js';
import type { Expert } from '../../model/expert.js';
import type { DocumentSpec, TableCell } from '../layout/blocks.js';
import type { SubmissionRecord } from '../meeting-record.js';
import { type DocumentOptions, standardTitle, submissionDocument } from './document-frame.js';
import { chineseDate, chineseDateTime, signatureImage } from './format.js';

/** How each panel member stands on the sheet: signing, absent from the meeting, or recused from this draft. */
type Standing = 'signing' | 'absent' | 'recused';

const standingOf = (record: SubmissionRecord, expert: Expert): Standing => {
  if (!expert.present) return 'absent';
  return record.verdict.recusedExpertIds.includes(expert.id) ? 'recused' : 'signing';
};

const notes: Readonly<Record<Standing, string>> = {
  signing: '',
  absent: '未出席会议',
  recused: '未参加评分和表决',
};

/**
 * 专家签字表: every panel member, with a signature column. Those who take part sign there; the
 * drawing made at sign-off is printed, never one made for another act (a pledge), and without one
 * the cell is left to sign on paper. An absent expert's cell reads 缺席 and a recused expert's 回避:
 * neither has a signature for this draft.
 */
export const signatureSheetDocument = (record: SubmissionRecord, options: DocumentOptions): DocumentSpec => {
  const { verdict, meeting } = record;
  const signedOn = verdict.finalizedAt ?? verdict.signatures.map((s) => s.signedAt).sort().at(-1);
  const signatureCell = (expert: Expert, standing: Standing): TableCell => {
    if (standing === 'absent') return '缺席';
    if (standing === 'recused') return '回避';
    const signature = verdict.signatures.find((s) => s.expertId === expert.id);
    // The column says what the drawing is; its caption only says when it was drawn.
    return { signature: signatureImage(signature?.image, signature === undefined ? '' : chineseDateTime(signature.signedAt, meeting)) ?? null };
  };
  return submissionDocument(record, options, {
    title: '专家签字表',
    keywords: ['签字表'],
    blocks: [
      { kind: 'title', text: '专家签字表', subtitle: standardTitle(record) },
      {
        kind: 'facts',
        items: [
          { label: '会议名称', value: meeting.title },
          { label: '会议时间', value: chineseDateTime(meeting.startsAt, meeting) },
          { label: '会议地点', value: meeting.venue || '—' },
        ],
      },
      {
        kind: 'table',
        columns: [
          { title: '序号', width: 0.07, align: 'center' },
          { title: '姓名', width: 0.1, align: 'center' },
          { title: '职务', width: 0.1, align: 'center' },
          { title: '工作单位', width: 0.19 },
          { title: '职称', width: 0.12 },
          { title: '签字', width: 0.28, align: 'center' },
          { title: '备注', width: 0.14 },
        ],
        rows: record.panel.map((expert, index) => {
          const standing = standingOf(record, expert);
          return [String(index + 1), expert.name, roleLabels[expert.role], expert.organization, expert.title || '—', signatureCell(expert, standing), notes[standing]];
        }),
      },
      { kind: 'paragraph', align: 'right', text: `签署日期：${signedOn === undefined ? '　　年　　月　　日' : chineseDate(signedOn, meeting)}` },
    ],
  });
};
