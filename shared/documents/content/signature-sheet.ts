import { roleLabels } from '../../engine/labels.js';
import type { DocumentSpec } from '../layout/blocks.js';
import type { SubmissionRecord } from '../meeting-record.js';
import { type DocumentOptions, standardTitle, submissionDocument } from './document-frame.js';
import { chineseDate, chineseDateTime, signatureImage } from './format.js';

/**
 * 专家签字表: every expert present signs for the submission's review. The signature drawn at
 * sign-off is used; an expert who signed only the pledge shows that one; no drawing leaves a line to sign on paper.
 */
export const signatureSheetDocument = (record: SubmissionRecord, options: DocumentOptions): DocumentSpec => {
  const { verdict, meeting } = record;
  const present = record.panel.filter((e) => e.present);
  const noteOf = (expertId: string): string => (verdict.recusedExpertIds.includes(expertId) ? '回避，未参加评分和表决' : '');
  const signedOn = verdict.finalizedAt ?? meeting.startsAt;
  return submissionDocument(record, options, {
    title: '专家签字表',
    keywords: ['签字表'],
    blocks: [
      { kind: 'title', text: '专家签字表', subtitle: standardTitle(record.submission) },
      {
        kind: 'facts',
        items: [
          { label: '会议名称', value: meeting.title },
          { label: '会议时间', value: chineseDateTime(meeting.startsAt) },
          { label: '会议地点', value: meeting.venue || '—' },
        ],
      },
      {
        kind: 'table',
        columns: [
          { title: '序号', width: 0.07, align: 'center' },
          { title: '姓名', width: 0.11 },
          { title: '职务', width: 0.09, align: 'center' },
          { title: '工作单位', width: 0.35 },
          { title: '职称', width: 0.16 },
          { title: '备注', width: 0.22 },
        ],
        rows: present.map((e, index) => [String(index + 1), e.name, roleLabels[e.role], e.organization, e.title || '—', noteOf(e.id)]),
      },
      { kind: 'heading', level: 2, text: '专家签字' },
      {
        kind: 'signatures',
        items: present.map((expert) => {
          const signature = verdict.signatures.find((s) => s.expertId === expert.id);
          const pledge = record.pledges.find((p) => p.expertId === expert.id);
          const image =
            signatureImage(signature?.image, signature === undefined ? '' : `签于 ${chineseDateTime(signature.signedAt)}`) ??
            signatureImage(pledge?.signatureImage, pledge === undefined ? '' : `承诺签于 ${chineseDateTime(pledge.signedAt)}`);
          return { label: roleLabels[expert.role], name: expert.name, ...(image === undefined ? {} : { image }) };
        }),
        date: chineseDate(signedOn),
      },
    ],
  });
};
