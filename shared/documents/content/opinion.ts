import { recommendationLabels, reviewTypeLabels, roleLabels } from '../../engine/labels.js';
import { wordingFor } from '../../rubrics/review-wording.js';
import type { Block, DocumentSpec } from '../layout/blocks.js';
import type { SubmissionRecord } from '../meeting-record.js';
import { type DocumentOptions, standardTitle, submissionDocument } from './document-frame.js';
import { chineseDate, chineseDateTime, signatureImage } from './format.js';
import { hasRevisionRequirements } from './revision-requirements.js';
import { sentence } from './sentence.js';

const expertName = (record: SubmissionRecord, expertId: string): string => record.panel.find((e) => e.id === expertId)?.name ?? expertId;

const versionNote = (record: SubmissionRecord): Block[] => {
  const { verdict } = record;
  const { review } = wordingFor(record.rubric);
  const notes: string[] = [];
  if (verdict.status !== 'final') notes.push(`本${review}意见据尚未定稿的${review}结论生成，仅供会议核对，不作为正式文件。`);
  if (verdict.versionNo > 1) notes.push(`本${review}意见为第 ${verdict.versionNo} 版，修订理由：${sentence(verdict.amendmentReason ?? '—')}`);
  return notes.map((text): Block => ({ kind: 'paragraph', text: [{ text, bold: true }] }));
};

const paragraphs = (text: string): Block[] =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line): Block => ({ kind: 'paragraph', indentFirstLine: true, text: line.trim() }));

const none: Block = { kind: 'paragraph', indentFirstLine: true, text: '无。' };

/**
 * The attending experts who reviewed the draft sign its opinion (a recused expert does not), with
 * the signature drawn at sign-off; the date is the day the opinion was signed, else the meeting's.
 */
const signatureBlock = (record: SubmissionRecord): Block => {
  const { verdict, meeting } = record;
  const signers = record.panel.filter((e) => e.present && !verdict.recusedExpertIds.includes(e.id));
  const signedOn = verdict.finalizedAt ?? verdict.signatures.map((s) => s.signedAt).sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1) ?? meeting.startsAt;
  return {
    kind: 'signatures',
    items: signers.map((expert) => {
      const signature = verdict.signatures.find((s) => s.expertId === expert.id);
      const image = signatureImage(signature?.image, signature === undefined ? '' : `签于 ${chineseDateTime(signature.signedAt, meeting)}`);
      return { label: roleLabels[expert.role], name: expert.name, ...(image === undefined ? {} : { image }) };
    }),
    date: chineseDate(signedOn, meeting),
  };
};

/**
 * 审评意见 (立项审查意见, 复审意见) of one draft: the panel's written opinion, its revision requirements
 * and any dissent, signed by the experts who reviewed it.
 */
export const opinionDocument = (record: SubmissionRecord, options: DocumentOptions): DocumentSpec => {
  const { verdict, meeting, submission } = record;
  const wording = wordingFor(record.rubric);
  const title = `${wording.review}意见`;
  const outcome = verdict.outcome === null ? '尚未形成结论' : recommendationLabels[verdict.outcome];
  const sections: [string, Block[]][] = [
    [
      `${wording.review}结论`,
      [{ kind: 'paragraph', indentFirstLine: true, text: [{ text: `${wording.review}结论：`, bold: true }, { text: outcome, bold: true }] }, ...paragraphs(verdict.conclusion)],
    ],
    ...(hasRevisionRequirements(verdict)
      ? [['修改要求', verdict.revisionRequirements.length === 0 ? [none] : [{ kind: 'numbered-list', items: verdict.revisionRequirements }]] satisfies [string, Block[]]]
      : []),
    [
      '不同意见',
      verdict.dissent.length === 0
        ? [none]
        : [{ kind: 'numbered-list', items: verdict.dissent.map((d) => [{ text: `${expertName(record, d.expertId)}：`, bold: true }, { text: d.text }]) }],
    ],
    ['专家组签字', [signatureBlock(record)]],
  ];
  return submissionDocument(record, options, {
    title,
    keywords: [title],
    blocks: [
      { kind: 'title', text: title, subtitle: standardTitle(record) },
      ...versionNote(record),
      {
        kind: 'facts',
        items: [
          { label: '会议名称', value: meeting.title },
          { label: '会议日期', value: chineseDate(meeting.startsAt, meeting) },
          { label: '评审类型', value: reviewTypeLabels[meeting.reviewType] },
          { label: wording.leadLabel, value: submission.leadDrafter },
          ...(submission.revisionOf === null ? [] : [{ label: wording.revisionOfLabel, value: submission.revisionOf }]),
        ],
      },
      ...sections.flatMap(([heading, blocks]): Block[] => [{ kind: 'heading', level: 1, text: heading }, ...blocks]),
    ],
  });
};
