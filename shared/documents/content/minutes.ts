import { recommendationLabels, reviewTypeLabels, roleLabels } from '../../engine/labels.js';
import { rubricFor } from '../../engine/review-config.js';
import { byPanelOrder, recusalsWithDetected } from '../../meeting/meeting-data.js';
import { pledgeTitle } from '../../meeting/pledge-text.js';
import type { Expert } from '../../model/expert.js';
import type { Recusal } from '../../model/recusal.js';
import { type ReviewWording, withCriteria, wordingFor } from '../../rubrics/review-wording.js';
import type { Block, DocumentSpec, TableCaption } from '../layout/blocks.js';
import { type MeetingRecord, type SubmissionRecord, submissionRecord } from '../meeting-record.js';
import { type DocumentOptions, meetingDocument, standardTitle } from './document-frame.js';
import { chineseDate, chineseDateTime, signatureImage } from './format.js';
import { sectionNumber } from './labels.js';
import { pledgePreceded } from './pledge.js';
import { aggregationSentence, panelScored, scoreTable } from './score-table.js';
import { hasRevisionRequirements } from './revision-requirements.js';
import { sentence } from './sentence.js';
import { ruleSentence, tallySentence } from './vote-text.js';

const names = (experts: readonly Expert[]): string => experts.map((e) => e.name).join('、');

const subSection = ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）'];

/** What the minutes are made of: the meeting, its panel, each draft reviewed, resolved once, and the words of its review kind. */
type MinutesSources = { record: MeetingRecord; panel: Expert[]; drafts: SubmissionRecord[]; wording: ReviewWording };

const nameOf = ({ panel }: MinutesSources, expertId: string): string => panel.find((e) => e.id === expertId)?.name ?? expertId;

/** Numbers the tables of one document in the order they are made: 表1, 表2, … */
const tableNumbers = () => {
  let next = 0;
  return (title: string): TableCaption => ({ number: (next += 1), title });
};

const overview = ({ record, drafts, wording }: MinutesSources): Block => {
  const { meeting } = record;
  return {
    kind: 'facts',
    items: [
      { label: '会议名称', value: meeting.title },
      { label: '会议时间', value: chineseDateTime(meeting.startsAt, meeting) },
      { label: '会议地点', value: meeting.venue || '—' },
      { label: '组织单位', value: meeting.organizer || '—' },
      { label: '评审类型', value: reviewTypeLabels[meeting.reviewType] },
      { label: `${wording.review}项目`, value: drafts.length === 0 ? '无' : `${drafts.map(standardTitle).join('、')}，共 ${drafts.length} 项` },
    ],
  };
};

/** The panel with the role names the signature sheet uses (组长, 副组长, 成员) and who attended. */
const panelBlocks = ({ panel }: MinutesSources, caption: TableCaption): Block[] => {
  const organisations = new Set(panel.map((e) => e.organization)).size;
  const present = panel.filter((e) => e.present);
  const absent = panel.filter((e) => !e.present);
  const led = (role: Expert['role']) => {
    const holders = panel.filter((e) => e.role === role);
    return holders.length === 0 ? '' : `，${names(holders)}任${roleLabels[role]}`;
  };
  return [
    {
      kind: 'paragraph',
      indentFirstLine: true,
      text:
        `专家组由来自 ${organisations} 个单位的 ${panel.length} 名专家组成${led('chair')}${led('vice-chair')}。` +
        `应到专家 ${panel.length} 名，实到 ${present.length} 名${absent.length === 0 ? '' : `，${names(absent)}缺席`}。`,
    },
    {
      kind: 'table',
      caption,
      columns: [
        { title: '序号', width: 0.07, align: 'center' },
        { title: '姓名', width: 0.11 },
        { title: '职务', width: 0.09, align: 'center' },
        { title: '工作单位', width: 0.39 },
        { title: '职称', width: 0.22 },
        { title: '出席情况', width: 0.12, align: 'center' },
      ],
      rows: panel.map((e, index) => [String(index + 1), e.name, roleLabels[e.role], e.organization, e.title || '—', e.present ? '出席' : '缺席']),
    },
  ];
};

const sourceWords: Readonly<Record<Recusal['source'], string>> = {
  declared: '本人申报回避',
  detected: '经系统比对提示可能存在利害关系',
};

/** One recusal, detected or declared, as the minutes record it: who, on which draft, why, and what the chair decided. */
const recusalSentence = (sources: MinutesSources, recusal: Recusal): string => {
  const draft = sources.drafts.find((d) => d.submission.id === recusal.submissionId);
  const title = draft === undefined ? recusal.submissionId : standardTitle(draft);
  const decider = recusal.decidedBy === null ? '组长' : `组长${nameOf(sources, recusal.decidedBy)}`;
  const opening = `${title}${sources.wording.review}中，专家${nameOf(sources, recusal.expertId)}${sourceWords[recusal.source]}，理由：${sentence(recusal.reason)}`;
  const note = recusal.decisionNote === undefined ? '' : `决定理由：${sentence(recusal.decisionNote)}`;
  switch (recusal.status) {
    case 'confirmed':
      return `${opening}经${decider}确认回避。${note}该专家未参加该项目的评分和表决。`;
    case 'dismissed':
      return `${opening}经${decider}审查，不构成需要回避的利害关系。${note}该专家正常参加该项目的评审。`;
    case 'flagged':
      return `${opening}尚待组长确认。`;
  }
};

const recusalBlocks = (sources: MinutesSources): Block[] => {
  const drafts = sources.drafts.map((d) => d.submission.id);
  const order = (r: Recusal) => drafts.indexOf(r.submissionId);
  const panelOrder = (r: Recusal) => sources.panel.findIndex((e) => e.id === r.expertId);
  const recusals = recusalsWithDetected(sources.record)
    .filter((r) => drafts.includes(r.submissionId))
    .sort((a, b) => order(a) - order(b) || panelOrder(a) - panelOrder(b));
  if (recusals.length === 0) return [{ kind: 'paragraph', indentFirstLine: true, text: `本次会议${sources.wording.review}中无专家需要回避。` }];
  return recusals.map((r): Block => ({ kind: 'paragraph', indentFirstLine: true, text: recusalSentence(sources, r) }));
};

/** Who signed the pledge, and whether before their first score sheet of the meeting went in. */
const pledgeBlocks = ({ record, panel, drafts, wording }: MinutesSources): Block[] => {
  const present = panel.filter((e) => e.present);
  const pledgeOf = (expert: Expert) => record.pledges.find((p) => p.expertId === expert.id);
  const signed = present.filter((e) => pledgeOf(e) !== undefined);
  const unsigned = present.filter((e) => pledgeOf(e) === undefined);
  const firstSheet = (expert: Expert): string | undefined =>
    drafts
      .flatMap((d) => d.sheets.filter((s) => s.expert.id === expert.id).map((s) => s.firstSubmittedAt))
      .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  // 「在评分前」 only holds for pledges signed before the expert's first sheet went in.
  const late = signed.filter((e) => {
    const pledge = pledgeOf(e);
    const sheet = firstSheet(e);
    return pledge !== undefined && sheet !== undefined && !pledgePreceded(pledge, sheet);
  });
  const lateNote = late.length === 0 ? '' : `其中${names(late)}的签署时间晚于其${wording.sheet}的提交时间。`;
  const before = drafts.some(panelScored) ? '评分前' : `提交${wording.sheet}前`;
  const status =
    unsigned.length === 0
      ? late.length === 0
        ? `出席的 ${present.length} 名专家均已在${before}签署《${pledgeTitle}》。`
        : `出席的 ${present.length} 名专家均已签署《${pledgeTitle}》，${lateNote}`
      : `已签署《${pledgeTitle}》的专家：${names(signed) || '无'}；未签署：${names(unsigned)}。${lateNote}`;
  return [{ kind: 'paragraph', indentFirstLine: true, text: `会议开始时，组长宣读了《${pledgeTitle}》。${status}各专家签署的承诺书见《专家承诺书》。` }];
};

/**
 * How the review ran, in its kind's words. Where no draft was scored (a 复审 without points) the
 * experts filled in their sheets without scoring, and nothing is said about averaging.
 */
const processBlocks = ({ record, panel, drafts, wording }: MinutesSources): Block[] => {
  const chair = panel.find((e) => e.role === 'chair');
  const first = drafts[0];
  const scored = drafts.some(panelScored);
  const reviewing = scored
    ? `各专家独立评分；评分全部提交后进入合议，公开评分并对分歧进行讨论，各专家以最终${wording.sheet}为准进行表决`
    : `各专家独立填写${wording.sheet}；全部提交后进入合议，公开各专家意见并对分歧进行讨论，各专家以最终${wording.sheet}为准进行表决`;
  return [
    {
      kind: 'paragraph',
      indentFirstLine: true,
      text:
        `会议由${chair === undefined ? '组长' : `组长${chair.name}`}主持，逐项${wording.verb}。各${wording.presenter}汇报了${withCriteria(wording.reported, rubricFor(record.meeting))}，` +
        `专家组审阅了${wording.materials}，经质询和讨论，${reviewing}，形成${wording.review}结论。`,
    },
    ...(first === undefined
      ? []
      : [
          ...(scored ? [{ kind: 'paragraph', indentFirstLine: true, text: aggregationSentence(first) } as Block] : []),
          { kind: 'paragraph', indentFirstLine: true, text: [{ text: '表决规则：', bold: true }, { text: ruleSentence(first) }] } as Block,
        ]),
  ];
};

const draftStatusNote = (draft: SubmissionRecord): Block[] => {
  const { verdict } = draft;
  const { review } = wordingFor(draft.rubric);
  const notes: string[] = [];
  if (verdict.status !== 'final') notes.push(`本项目的${review}结论尚未定稿，以下内容仅供会议核对。`);
  if (verdict.versionNo > 1) notes.push(`本项目的${review}结论为第 ${verdict.versionNo} 版，修订理由：${sentence(verdict.amendmentReason ?? '—')}`);
  return notes.map((text): Block => ({ kind: 'paragraph', text: [{ text, bold: true }] }));
};

/** One draft's part of the minutes: its facts and materials, scores, vote and result. */
const draftBlocks = (draft: SubmissionRecord, caption: TableCaption): Block[] => {
  const { submission, verdict } = draft;
  const wording = wordingFor(draft.rubric);
  const recused = draft.panel.filter((e) => verdict.recusedExpertIds.includes(e.id));
  const materials = draft.materials.map((m) => `《${m.title}》`).join('、');
  const outcome = verdict.outcome === null ? '尚未形成结论' : recommendationLabels[verdict.outcome];
  const scored = panelScored(draft);
  const opinionParts = [`${wording.review}意见`, ...(hasRevisionRequirements(verdict) ? [`修改要求（${verdict.revisionRequirements.length} 条）`] : []), `不同意见（${verdict.dissent.length} 条）`];
  const parts: [string, Block[]][] = [
    [
      '基本情况',
      [
        {
          kind: 'facts',
          items: [
            { label: wording.leadLabel, value: submission.leadDrafter },
            { label: '参与起草单位', value: submission.coDrafters.join('、') || '无' },
            ...(submission.revisionOf === null ? [] : [{ label: wording.revisionOfLabel, value: submission.revisionOf }]),
            { label: wording.materials, value: materials || '—' },
            { label: '回避专家', value: names(recused) || '无' },
            { label: '表决专家', value: `${draft.voters.length} 名：${names(draft.voters) || '无'}` },
          ],
        },
      ],
    ],
    [
      // Without scores the section says how the review went instead of holding an empty table.
      scored ? '评分情况' : `${wording.review}方式`,
      [
        scored
          ? scoreTable(draft, caption)
          : { kind: 'paragraph', indentFirstLine: true, text: `本次${wording.review}按《${draft.rubric.name.zh}》进行，不要求评分，各专家未对评审要素打分。` },
        ...verdict.reconciliationNotes.map((note): Block => {
          const criterion = draft.rubric.criteria.find((c) => c.id === note.criterionId)?.name.zh ?? note.criterionId;
          return { kind: 'paragraph', indentFirstLine: true, text: `分歧说明（${criterion}）：${note.note}` };
        }),
      ],
    ],
    [
      '表决情况',
      [
        { kind: 'paragraph', indentFirstLine: true, text: tallySentence(draft) },
        { kind: 'paragraph', indentFirstLine: true, text: [{ text: '判定：', bold: true }, { text: verdict.explanation || '—' }] },
      ],
    ],
    [
      `${wording.review}结论`,
      [
        { kind: 'paragraph', indentFirstLine: true, text: [{ text: `${wording.review}结论：`, bold: true }, { text: outcome, bold: true }] },
        {
          kind: 'paragraph',
          indentFirstLine: true,
          text: `专家组的${opinionParts.slice(0, -1).join('、')}和${opinionParts.at(-1)!}见该项目的《${wording.review}意见》。`,
        },
      ],
    ],
  ];
  return [
    ...draftStatusNote(draft),
    ...parts.flatMap(([heading, blocks], index): Block[] => [{ kind: 'heading', level: 2, text: `${subSection[index] ?? ''}${heading}` }, ...blocks]),
  ];
};

/** Every attending expert signs the minutes; the recorder signs last. Dated with the meeting. */
const signatureBlock = ({ record, panel, drafts }: MinutesSources): Block => {
  const { meeting } = record;
  const latestSignature = (expert: Expert) =>
    drafts
      .flatMap((d) => d.verdict.signatures.filter((s) => s.expertId === expert.id))
      .sort((a, b) => Date.parse(b.signedAt) - Date.parse(a.signedAt))[0];
  return {
    kind: 'signatures',
    items: [
      ...panel
        .filter((e) => e.present)
        .map((expert) => {
          const signature = latestSignature(expert);
          const image = signatureImage(signature?.image, signature === undefined ? '' : `签于 ${chineseDateTime(signature.signedAt, meeting)}`);
          return { label: roleLabels[expert.role], name: expert.name, ...(image === undefined ? {} : { image }) };
        }),
      { label: '记录人', name: '' },
    ],
    date: chineseDate(meeting.startsAt, meeting),
  };
};

/**
 * 审评会议纪要 (立项审查会议纪要, 复审会议纪要) of the whole meeting, in its review kind's words: overview, panel and attendance, recusals, pledge, process and
 * rules, then one section per draft (facts and materials, scores, vote, result), and the signatures
 * of every attending expert and the recorder, dated with the meeting.
 */
export const minutesDocument = (record: MeetingRecord, options: DocumentOptions): DocumentSpec => {
  const panel = [...record.experts].sort(byPanelOrder);
  const drafts = record.submissions.map((s) => submissionRecord(record, s.id));
  const wording = wordingFor(rubricFor(record.meeting));
  const sources: MinutesSources = { record, panel, drafts, wording };
  const table = tableNumbers();
  const sections: [string, Block[]][] = [
    ['会议概况', [overview(sources)]],
    ['专家组组成及出席情况', panelBlocks(sources, table('专家组名单'))],
    ['回避情况', recusalBlocks(sources)],
    [pledgeTitle, pledgeBlocks(sources)],
    [`${wording.review}过程`, processBlocks(sources)],
    ...drafts.map((draft): [string, Block[]] => [
      `${standardTitle(draft)}${wording.review}情况`,
      draftBlocks(draft, table(`《${draft.submission.standardName}》评分汇总`)),
    ]),
    ['专家组签字', [signatureBlock(sources)]],
  ];
  const { meeting } = record;
  const title = `${wording.review}会议纪要`;
  return meetingDocument(meeting, options, {
    title,
    metadataTitle: `${title}：${meeting.title}`,
    subject: meeting.title,
    ids: drafts.map((d) => d.submission.id),
    keywords: ['会议纪要'],
    blocks: [
      { kind: 'title', text: title, subtitle: meeting.title },
      ...sections.flatMap(([heading, blocks], index): Block[] => [{ kind: 'heading', level: 1, text: `${sectionNumber(index)}${heading}` }, ...blocks]),
    ],
  });
};
