import { roleLabels } from '../../engine/labels.js';
import { rubricFor } from '../../engine/review-config.js';
import { byPanelOrder } from '../../meeting/meeting-data.js';
import { pledgeText, pledgeTitle } from '../../meeting/pledge-text.js';
import type { Expert } from '../../model/expert.js';
import type { Pledge } from '../../model/pledge.js';
import type { Block, DocumentSpec } from '../layout/blocks.js';
import type { MeetingRecord } from '../meeting-record.js';
import { type DocumentOptions, pageNumberLabel } from './document-frame.js';
import { chineseDate, chineseDateTime, signatureImage } from './format.js';

/** True when the pledge was signed no later than `submittedAt`; documents say 「已于…签署」 only then. */
export const pledgePreceded = (pledge: Pledge, submittedAt: string): boolean => Date.parse(pledge.signedAt) <= Date.parse(submittedAt);

/** One expert's pledge: the wording they signed, with their signature and its own date. */
const pledgeBlocks = (record: MeetingRecord, expert: Expert, pledge: Pledge | undefined): Block[] => {
  const { meeting } = record;
  // Without a pledge in the system the current wording of the meeting's review kind is printed to be signed on paper, undated.
  const text = pledge?.text ?? pledgeText(rubricFor(meeting));
  const image = pledge === undefined ? undefined : signatureImage(pledge.signatureImage, `签于 ${chineseDateTime(pledge.signedAt, meeting)}`);
  return [
    { kind: 'title', text: '专家承诺书', subtitle: `《${pledgeTitle}》` },
    {
      kind: 'facts',
      items: [
        { label: '会议名称', value: meeting.title },
        { label: '承诺专家', value: `${expert.name}（${roleLabels[expert.role]}）` },
        { label: '工作单位', value: expert.organization },
        { label: '职称', value: expert.title || '—' },
        { label: '签署时间', value: pledge === undefined ? '未在系统中签署，以纸质签署为准' : chineseDateTime(pledge.signedAt, meeting) },
      ],
    },
    ...text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line): Block => ({ kind: 'paragraph', indentFirstLine: true, text: line.trim() })),
    {
      kind: 'signatures',
      items: [{ label: '承诺人', name: expert.name, ...(image === undefined ? {} : { image }) }],
      date: pledge === undefined ? '　　年　　月　　日' : chineseDate(pledge.signedAt, meeting),
    },
  ];
};

/**
 * 专家承诺书 of the meeting: each expert's signed 公正性声明及保密承诺 on a page of its own, in panel
 * order, with the stored wording, the signature drawn when pledging and the date it was drawn.
 * Experts present without a pledge in the system get a page to sign on paper; absent ones who never
 * pledged are left out.
 */
export const pledgeDocument = (record: MeetingRecord, options: DocumentOptions): DocumentSpec => {
  const { meeting } = record;
  const pages = [...record.experts].sort(byPanelOrder).flatMap((expert) => {
    const pledge = record.pledges.find((p) => p.expertId === expert.id);
    return pledge === undefined && !expert.present ? [] : [pledgeBlocks(record, expert, pledge)];
  });
  return {
    metadata: {
      title: `专家承诺书：${meeting.title}`,
      author: meeting.organizer.trim() === '' ? '审评专家组' : meeting.organizer,
      subject: `${meeting.title} ${pledgeTitle}`,
      language: 'zh-CN',
      keywords: ['浙江制造', '专家承诺书', meeting.id, pledgeTitle],
      createdAt: options.generatedAt,
    },
    runningHeader: meeting.title,
    pageNumberLabel,
    orientation: 'portrait',
    blocks: pages.flatMap((blocks, index): Block[] => (index === 0 ? blocks : [{ kind: 'page-break' }, ...blocks])),
  };
};
