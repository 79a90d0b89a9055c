import { recommendationLabels, reviewTypeLabels, roleLabels } from '../../engine/labels.js';
import { pledgeText, pledgeTitle } from '../../meeting/pledge-text.js';
import type { Expert } from '../../model/expert.js';
import type { Block, DocumentSpec } from '../layout/blocks.js';
import type { SubmissionRecord } from '../meeting-record.js';
import { type DocumentOptions, standardTitle, submissionDocument } from './document-frame.js';
import { chineseDate, chineseDateTime, signatureImage } from './format.js';
import { sectionNumber } from './labels.js';
import { aggregationSentence, scoreTable } from './score-table.js';
import { ruleSentence, tallySentence } from './vote-text.js';

const names = (experts: readonly Expert[]): string => experts.map((e) => e.name).join('、');

const attendanceOf = (record: SubmissionRecord, expert: Expert): string => {
  if (!expert.present) return '缺席';
  if (record.verdict.recusedExpertIds.includes(expert.id)) return '回避';
  return record.voters.some((v) => v.id === expert.id) ? '出席' : '出席（未表决）';
};

const expertName = (record: SubmissionRecord, expertId: string): string => record.panel.find((e) => e.id === expertId)?.name ?? expertId;

const facts = (record: SubmissionRecord): Block => {
  const { meeting, submission } = record;
  return {
    kind: 'facts',
    items: [
      { label: '会议名称', value: meeting.title },
      { label: '会议时间', value: chineseDateTime(meeting.startsAt) },
      { label: '会议地点', value: meeting.venue || '—' },
      { label: '组织单位', value: meeting.organizer || '—' },
      { label: '审评类型', value: reviewTypeLabels[meeting.reviewType] },
      { label: '送审标准', value: standardTitle(submission) },
      ...(submission.revisionOf === null ? [] : [{ label: '代替标准', value: submission.revisionOf }]),
      { label: '主要起草单位', value: submission.leadDrafter },
      { label: '参与起草单位', value: submission.coDrafters.join('、') || '无' },
    ],
  };
};

const panelBlocks = (record: SubmissionRecord): Block[] => {
  const { panel } = record;
  const organisations = new Set(panel.map((e) => e.organization)).size;
  const chair = panel.find((e) => e.role === 'chair');
  const present = panel.filter((e) => e.present);
  return [
    {
      kind: 'paragraph',
      indentFirstLine: true,
      text: `专家组由来自 ${organisations} 个单位的 ${panel.length} 名专家组成${chair === undefined ? '' : `，${chair.name}任组长`}。应到专家 ${panel.length} 名，实到 ${present.length} 名${record.absent.length === 0 ? '' : `，${names(record.absent)}缺席`}。`,
    },
    {
      kind: 'table',
      columns: [
        { title: '序号', width: 0.07, align: 'center' },
        { title: '姓名', width: 0.11 },
        { title: '职务', width: 0.09, align: 'center' },
        { title: '工作单位', width: 0.37 },
        { title: '职称', width: 0.2 },
        { title: '参会情况', width: 0.16, align: 'center' },
      ],
      rows: panel.map((e, index) => [String(index + 1), e.name, roleLabels[e.role], e.organization, e.title || '—', attendanceOf(record, e)]),
    },
  ];
};

const recusalParagraphs = (record: SubmissionRecord): Block[] => {
  const decided = record.recusals.filter((r) => r.status !== 'flagged');
  if (decided.length === 0) return [{ kind: 'paragraph', indentFirstLine: true, text: '本项目审评中无专家需要回避。' }];
  return decided.map((r): Block => {
    const who = `专家${expertName(record, r.expertId)}`;
    const note = r.decisionNote === undefined ? '' : `（${r.decisionNote}）`;
    const decider = r.decidedBy === null ? '组长' : `组长${expertName(record, r.decidedBy)}`;
    const text =
      r.status === 'confirmed'
        ? `${who}：${r.reason}。经${decider}确认回避${note}，该专家未参加本项目的评分和表决。`
        : `${who}：${r.reason}。经${decider}审查，不构成需要回避的利害关系${note}，该专家正常参加评审。`;
    return { kind: 'paragraph', indentFirstLine: true, text };
  });
};

/** The pledge as the experts signed it: the stored wording of their records, the current template only when none is stored. */
const pledgeBlocks = (record: SubmissionRecord): Block[] => {
  const present = record.panel.filter((e) => e.present);
  const signed = present.filter((e) => record.pledges.some((p) => p.expertId === e.id));
  const unsigned = present.filter((e) => !signed.includes(e));
  const text = record.pledges.find((p) => signed.some((e) => e.id === p.expertId))?.text ?? pledgeText;
  const status =
    unsigned.length === 0
      ? `出席的 ${present.length} 名专家均已在评分前签署《${pledgeTitle}》。`
      : `已签署《${pledgeTitle}》的专家：${names(signed) || '无'}；未签署：${names(unsigned)}。`;
  return [
    { kind: 'paragraph', indentFirstLine: true, text: `会议开始时，组长宣读了《${pledgeTitle}》。${status}声明及承诺内容如下：` },
    ...text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line): Block => ({ kind: 'paragraph', indentFirstLine: true, text: line.trim() })),
  ];
};

const processParagraph = (record: SubmissionRecord): Block => {
  const chair = record.panel.find((e) => e.role === 'chair');
  const materials = record.materials.map((m) => `《${m.title}》`).join('、');
  const presenter = record.rubric.reviewType === 'initiation' ? '项目提出单位' : '起草组';
  return {
    kind: 'paragraph',
    indentFirstLine: true,
    text:
      `会议由${chair === undefined ? '组长' : `组长${chair.name}`}主持。${presenter}（${record.submission.leadDrafter}）汇报了标准编制情况及先进性说明，` +
      `专家组审阅了${materials === '' ? '送审材料' : `送审材料${materials}`}，经质询和讨论，各专家独立评分；评分全部提交后进入合议，` +
      `公开评分并对分歧进行讨论，各专家以最终评分表为准进行表决，形成审评结论。`,
  };
};

const reconciliation = (record: SubmissionRecord): Block[] =>
  record.verdict.reconciliationNotes.map((note) => {
    const criterion = record.rubric.criteria.find((c) => c.id === note.criterionId)?.name.zh ?? note.criterionId;
    return { kind: 'paragraph', indentFirstLine: true, text: `分歧说明（${criterion}）：${note.note}` };
  });

const conclusionBlocks = (record: SubmissionRecord): Block[] => {
  const { verdict } = record;
  const outcome = verdict.outcome === null ? '尚未形成结论' : recommendationLabels[verdict.outcome];
  const conclusion = verdict.conclusion
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line): Block => ({ kind: 'paragraph', indentFirstLine: true, text: line.trim() }));
  return [{ kind: 'paragraph', text: [{ text: '审评结论：', bold: true }, { text: outcome, bold: true }] }, ...conclusion];
};

const dissentBlocks = (record: SubmissionRecord): Block[] =>
  record.verdict.dissent.length === 0
    ? [{ kind: 'paragraph', indentFirstLine: true, text: '无。' }]
    : [{ kind: 'numbered-list', items: record.verdict.dissent.map((d) => [{ text: `${expertName(record, d.expertId)}：`, bold: true }, { text: d.text }]) }];

const signatureBlock = (record: SubmissionRecord): Block => {
  const { verdict } = record;
  const signers = record.panel.filter((e) => record.voters.some((v) => v.id === e.id));
  const signedOn = verdict.finalizedAt ?? verdict.signatures.map((s) => s.signedAt).sort().at(-1);
  return {
    kind: 'signatures',
    items: signers.map((expert) => {
      const signature = verdict.signatures.find((s) => s.expertId === expert.id);
      const image = signatureImage(signature?.image, signature === undefined ? '' : `签于 ${chineseDateTime(signature.signedAt)}`);
      return { label: expert.role === 'member' ? '专家' : roleLabels[expert.role], name: expert.name, ...(image === undefined ? {} : { image }) };
    }),
    date: signedOn === undefined ? '年　　月　　日' : chineseDate(signedOn),
  };
};

const versionNote = (record: SubmissionRecord): Block[] => {
  const { verdict } = record;
  const notes: string[] = [];
  if (verdict.status !== 'final') notes.push('本纪要据尚未定稿的审评结论生成，仅供会议核对，不作为正式文件。');
  if (verdict.versionNo > 1) notes.push(`本纪要为审评结论第 ${verdict.versionNo} 版，修订理由：${verdict.amendmentReason ?? '—'}。`);
  return notes.map((text): Block => ({ kind: 'paragraph', text: [{ text, bold: true }] }));
};

/** 审评会议纪要 of one submission: meeting facts, panel, attendance, recusals, pledge, process, scores, vote, conclusion, requirements, dissent, signatures. */
export const minutesDocument = (record: SubmissionRecord, options: DocumentOptions): DocumentSpec => {
  const sections: [string, Block[]][] = [
    ['会议概况', [facts(record)]],
    ['专家组组成及出席情况', panelBlocks(record)],
    ['回避情况', recusalParagraphs(record)],
    [pledgeTitle, pledgeBlocks(record)],
    ['审评过程', [processParagraph(record)]],
    ['评分情况', [{ kind: 'paragraph', indentFirstLine: true, text: aggregationSentence(record) }, scoreTable(record), ...reconciliation(record)]],
    [
      '表决情况',
      [
        { kind: 'paragraph', indentFirstLine: true, text: tallySentence(record) },
        { kind: 'paragraph', indentFirstLine: true, text: [{ text: '表决规则：', bold: true }, { text: ruleSentence(record) }] },
        { kind: 'paragraph', indentFirstLine: true, text: [{ text: '判定：', bold: true }, { text: record.verdict.explanation || '—' }] },
      ],
    ],
    ['审评结论', conclusionBlocks(record)],
    [
      '修改要求',
      record.verdict.revisionRequirements.length === 0
        ? [{ kind: 'paragraph', indentFirstLine: true, text: '无。' }]
        : [{ kind: 'numbered-list', items: record.verdict.revisionRequirements }],
    ],
    ['不同意见', dissentBlocks(record)],
    ['专家组签字', [signatureBlock(record)]],
  ];
  return submissionDocument(record, options, {
    title: '审评会议纪要',
    keywords: ['会议纪要'],
    blocks: [
      { kind: 'title', text: '审评会议纪要', subtitle: standardTitle(record.submission) },
      ...versionNote(record),
      ...sections.flatMap(([heading, blocks], index): Block[] => [{ kind: 'heading', level: 1, text: `${sectionNumber(index)}${heading}` }, ...blocks]),
    ],
  });
};
