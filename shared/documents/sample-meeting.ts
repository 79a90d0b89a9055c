import { decideOutcome } from '../engine/outcome.js';
import { rubricFor, rulesFor } from '../engine/review-config.js';
import { draftVerdict } from '../engine/verdict-draft.js';
import { conclusionDraftFor } from '../meeting/conclusion-draft.js';
import { pledgeText } from '../meeting/pledge-text.js';
import { requirementCandidates, requirementFromComment } from '../meeting/revision-requirements.js';
import type { ReviewComment } from '../model/comment.js';
import type { Expert } from '../model/expert.js';
import type { Meeting } from '../model/meeting.js';
import type { Recommendation } from '../model/recommendation.js';
import type { Recusal } from '../model/recusal.js';
import type { ScoreSheet, ScoreSheetVersion } from '../model/score-sheet.js';
import type { Material, Submission } from '../model/submission.js';
import type { Verdict } from '../model/verdict.js';
import type { MeetingRecord } from './meeting-record.js';

/** A signature drawn with the mouse: a 240×80 grey-and-alpha PNG. */
export const sampleSignature = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAPAAAABQCAQAAACNQDD3AAACr0lEQVR42u2cXXqEIAxF2Ub3v9D2td+0IPklxHPnrTojydGQi9oxEEIIIYQQQgghhBBCCCGEEEIIVdHX9+eHnLTGC+LysKx4QXzFdSj71udfyGn5MvsM6b89QXwR4DWk2V6XAu57Zv6NTAbYPpNjBNJbq51I53tclqXeXaK+0M63X5Wj7kbgqdDO4tzZeoHT628EtIW2HGCr0+vabmkxrTOQnh9dmW1mBJQQV/NsecA6IyBBnDtzy4/VAvDK6UUagdz2zFKlmgDWOT1dszavGTGha4+nBVUI8BkjsOq//UP//O19xI0BRxqBWWqjED8dLQpwCZuUD3iV1ljAsrG0ApzZRjz/qm729o8xJo5kG1kL8O61L4NsHatvHC8BrC97csSRV2nkKkE44Jg+0QPw7hZrwdRjevpmicW4mDbCDlgL0dMMaheC0hdyTwG2YJIbrPVtEfmVKFnp+3+kAHZssj6LuLwD11yHRe61Rfa7smWO2EVO7dKoBdN8lX+MZMBnGhBt+drrp/Vd9zoa/R3zI/fKTwCezX+5gHULnZaH34/cKT/l9Kwz6fMNBC/Av+ORf7/A82reRmDX6e2k3g+SrHd+Hqv2iAeedLEbAb3Tiy+wPgm3Hb00YGmH6fsWXlR503bSPnWjwDycawS0HtUX8XqlyzKivBPX3Qh4AD5XvnImiPXpmxS5hxHQOb3zb0PsQ7W2Z55VIaRg7Z+h9+CV2TbtG8IFnhPPNwJ3vsuk8+wXDdwrnJtfVZO2ZqNecbL9Snnrn9qelRxc1EnS6TXTknCH6dmmSutR9SGXLMnWZkliOlAB/Lq9gdsCsmzOjS311A1nV2z5t2DVP69F7HH/9u7PqyHXTyLYExLznlhbh/j2KatgVgDZPG/AbJ5LcJJdhBBCCCGEEEIIIYQQQmiMH6qZ6gb/U5A7AAAAAElFTkSuQmCC';

const meetingId = 'M-2026-0147';

const panelPool: readonly Pick<Expert, 'name' | 'organization' | 'title' | 'field'>[] = [
  { name: '沈立群', organization: '浙江华检质量技术研究院', title: '教授级高级工程师', field: '家用电器安全与检测' },
  { name: '周雅琴', organization: '之江理工大学材料科学与工程学院', title: '教授', field: '金属材料与表面工程' },
  { name: '吴海峰', organization: '浙江省电动车与储能电池行业协会', title: '教授级高级工程师', field: '电化学储能与动力电池' },
  { name: '陈国栋', organization: '浙江钱江认证中心有限公司', title: '高级工程师', field: '产品认证与质量管理体系' },
  { name: '徐晓岚', organization: '杭州鸿泰家用电器有限公司', title: '高级工程师', field: '智能家电结构与电控设计' },
  { name: '林志远', organization: '宁波甬正检测技术服务有限公司', title: '高级工程师', field: '食品接触材料检测' },
  { name: '方建明', organization: '浙江省标准化研究所', title: '研究员', field: '标准化理论与方法' },
  { name: '钱文博', organization: '浙江工业职业技术大学', title: '副教授', field: '机械制造与自动化' },
  { name: '孙丽华', organization: '温州市质量技术检测科学研究院', title: '正高级工程师', field: '电工电器检测' },
];

const standardPool: readonly Pick<Submission, 'standardName' | 'leadDrafter' | 'coDrafters'>[] = [
  { standardName: '电动自行车用锂离子电池组', leadDrafter: '浙江恒川新能源科技股份有限公司', coDrafters: ['浙江安驰电动车有限公司', '浙江衡测新能源检测技术有限公司'] },
  { standardName: '不锈钢真空保温杯', leadDrafter: '浙江铂瑞日用制品股份有限公司', coDrafters: ['浙江嘉德特种不锈钢有限公司', '金华衡正检测技术有限公司'] },
  { standardName: '智能坐便器便座', leadDrafter: '台州洁澜智能卫浴股份有限公司', coDrafters: ['台州瑞洁卫浴科技有限公司', '浙江澜盾电子有限公司'] },
  { standardName: '家用燃气快速热水器', leadDrafter: '浙江暖源厨卫电器有限公司', coDrafters: ['嵊州市集成灶产业创新服务中心'] },
  { standardName: '电动工具用无刷直流电机', leadDrafter: '金华锐动电机股份有限公司', coDrafters: ['永康市五金产品检测中心'] },
  { standardName: '智能门锁', leadDrafter: '浙江守正智能科技有限公司', coDrafters: ['杭州安锁检测技术有限公司'] },
  { standardName: '光伏组件用接线盒', leadDrafter: '宁波光联新能源有限公司', coDrafters: ['浙江晶测光伏检测有限公司'] },
  { standardName: '家用电磁灶', leadDrafter: '绍兴炎能电器股份有限公司', coDrafters: ['浙江方圆检测集团股份有限公司'] },
  { standardName: '不锈钢厨房水槽', leadDrafter: '湖州银洲厨具有限公司', coDrafters: ['浙江嘉德特种不锈钢有限公司'] },
  { standardName: '铝合金建筑隔热型材', leadDrafter: '丽水华铝型材股份有限公司', coDrafters: ['浙江省建材产品质量检测中心'] },
];

const clausePool = ['5.10', '3', '附录A', '6.2.3', '5.2', '前言', '7.4', '全文', '4.1', '6.1', '8.2.1', 'A.2', '2', '9.3'];
const subjects = ['额定容量', '循环寿命', '外壳防护等级', '试验环境温度', '抽样方案', '标志内容', '检验规则'];
const templates = [
  (s: string) => [`“${s}”的要求与对标分析报告中的数据不一致`, `按对标报告统一“${s}”的指标值。`],
  (s: string) => [`${s}的试验方法未说明试验次数和判定规则`, `补充${s}试验的次数和判定规则`],
  (s: string) => [`${s}的表述不符合 GB/T 1.1—2020 的要求`, `将“不得”改为“不应”，并调整${s}条款的措辞`],
  (s: string) => [`建议明确${s}的适用范围，避免与强制性国家标准重复`, ''],
  (s: string) => [`${s}的指标先进性论证不足，未给出与国际先进标准的比较`, `补充${s}与 IEC 标准的对比表`],
];

const at = (day: number, hour: number, minute = 0) =>
  `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`;

const sampleSha = (seed: number) => seed.toString(16).padStart(2, '0').repeat(32);

type Mode = 'revisions' | 'pass' | 'fail';
const modes: readonly Mode[] = ['revisions', 'pass', 'fail'];

/** Scores per criterion (of 20, 15, 30, 15, 20) and the recommendation, varied per expert but reproducible. */
const sheetOf = (mode: Mode, expertIndex: number): { scores: number[]; recommendation: Recommendation } => {
  const wobble = (expertIndex * 7) % 3;
  if (mode === 'fail') {
    return { scores: [12 + wobble, 8 + wobble, 15 + wobble, 9, 11 + wobble], recommendation: expertIndex % 2 === 0 ? 'fail' : 'pass-with-revisions' };
  }
  const scores = [16 + wobble, 12 + (wobble % 2), 23 + wobble, 12, 15 + wobble];
  const recommendation: Recommendation = mode === 'pass' ? (expertIndex === 1 ? 'pass-with-revisions' : 'pass') : expertIndex % 2 === 0 ? 'pass' : 'pass-with-revisions';
  return { scores, recommendation };
};

export type SampleMeetingOptions = {
  submissions?: number;
  experts?: number;
  commentsPerSubmission?: number;
  /** An expert of the panel who did not come: not checked in, no pledge, no sheets, no signatures. */
  absentExpertId?: string;
};

/**
 * A finalised technical review in the style of the demo meeting, built with the engine as the app
 * builds it: sheets, comments, outcome, generated opinion, requirements, drawn signatures. For
 * tests, the documents benchmark and the end-to-end seed. The last expert is recused from S01,
 * and one expert revised their S01 sheet; S01 ends 修改后通过, S02 通过, S03 不通过, and so on in turn.
 */
export const sampleMeetingRecord = (options: SampleMeetingOptions = {}): MeetingRecord => {
  const submissionCount = options.submissions ?? 3;
  const expertCount = options.experts ?? 7;
  const commentCount = options.commentsPerSubmission ?? 6;
  const meeting: Meeting = {
    id: meetingId,
    packageId: null,
    title: '2026年第四批“浙江制造”标准技术审评会（电工电器与日用消费品组）',
    reviewType: 'technical',
    startsAt: at(26, 9, 30),
    venue: '杭州市拱墅区莫干山路 浙江省质量基础设施综合服务中心 5楼第二会议室',
    organizer: '浙江省市场监督管理局（委托浙江省品牌建设联合会承办）',
    rubric: null,
    rules: null,
  };
  const rubric = rubricFor(meeting);
  const rules = rulesFor(meeting);
  const experts: Expert[] = Array.from({ length: expertCount }, (_, index) => {
    const person = panelPool[index % panelPool.length]!;
    return {
      ...person,
      id: `E${String(index + 1).padStart(2, '0')}`,
      meetingId,
      role: index === 0 ? 'chair' : index === 1 ? 'vice-chair' : 'member',
      affiliations: [],
      present: `E${String(index + 1).padStart(2, '0')}` !== options.absentExpertId,
    };
  });
  const submissions: Submission[] = Array.from({ length: submissionCount }, (_, index) => ({
    ...standardPool[index % standardPool.length]!,
    id: `S${String(index + 1).padStart(2, '0')}`,
    meetingId,
    proposedCode: `T/ZZB ${3581 + index}—2026`,
    standardKind: 'product',
    revisionOf: null,
    phase: 'finalised',
  }));
  const recused = experts.at(-1)!;
  const recusals: Recusal[] = [
    {
      id: `R-S01-${recused.id}`,
      meetingId,
      submissionId: 'S01',
      expertId: recused.id,
      source: 'declared',
      reason: `专家${recused.name}曾参与主要起草单位的产品检测委托项目`,
      status: 'confirmed',
      flaggedAt: at(26, 9, 35),
      decidedBy: experts[0]!.id,
      decidedAt: at(26, 9, 40),
      decisionNote: '存在可能影响公正审评的合作关系，回避该项目的评分和表决',
    },
  ];
  const materials: Material[] = submissions.flatMap((s, index) =>
    (['draft', 'explanation', 'benchmark'] as const).map((kind, k) => ({
      id: `${s.id}-${kind}`,
      meetingId,
      submissionId: s.id,
      kind,
      title: { draft: '标准送审稿', explanation: '标准编制说明', benchmark: '对标分析报告' }[kind],
      path: `${s.id}/${kind}.pdf`,
      mediaType: 'application/pdf',
      bytes: 120_000 + k * 1000,
      sha256: sampleSha(index * 3 + k),
    })),
  );
  const pledges = experts.filter((e) => e.present).map((e, index) => ({
    id: `P-${e.id}`,
    meetingId,
    expertId: e.id,
    text: pledgeText,
    signedAt: at(26, 9, 40 + index),
    signatureImage: sampleSignature,
  }));

  const scoreSheets: ScoreSheet[] = [];
  const comments: ReviewComment[] = [];
  const verdicts: Verdict[] = [];
  submissions.forEach((submission, s) => {
    const mode = modes[s % modes.length]!;
    const taking = experts.filter((e) => e.present && !(submission.id === 'S01' && e.id === recused.id));
    taking.forEach((expert, e) => {
      const { scores, recommendation } = sheetOf(mode, e);
      const content = {
        scores: rubric.criteria.map((criterion, c) => ({
          criterionId: criterion.id,
          score: scores[c] ?? 0,
          justification: `${criterion.name.zh}：对照送审稿和对标分析报告评分`,
        })),
        veto: null,
        recommendation,
        opinion: `${expert.name}：《${submission.standardName}》送审稿结构完整，主要技术指标经对标具有先进性。`,
      };
      const versions: ScoreSheetVersion[] = [{ ...content, versionNo: 1, submittedAt: at(26, 11, e), signatureImage: sampleSignature }];
      if (s === 0 && e === 2) {
        versions.unshift({ ...content, scores: content.scores.map((x, c) => (c === 2 ? { ...x, score: 14 } : x)), versionNo: 1, submittedAt: at(26, 10, 50) });
        versions[1] = { ...versions[1]!, versionNo: 2, submittedAt: at(26, 14, 5) };
      }
      scoreSheets.push({
        id: `${meetingId}/${submission.id}/${expert.id}`,
        meetingId,
        submissionId: submission.id,
        expertId: expert.id,
        rubricId: rubric.id,
        status: 'submitted',
        draft: content,
        versions,
        updatedAt: versions.at(-1)!.submittedAt,
      });
    });
    const own: ReviewComment[] = Array.from({ length: commentCount }, (_, c) => {
      const [text, proposedChange] = templates[c % templates.length]!(subjects[c % subjects.length]!);
      return {
        id: `${submission.id}-C${String(c + 1).padStart(3, '0')}`,
        meetingId,
        submissionId: submission.id,
        expertId: taking[c % taking.length]!.id,
        clause: clausePool[c % clausePool.length]!,
        type: (['technical', 'editorial', 'general'] as const)[c % 3]!,
        text: text!,
        proposedChange: proposedChange!,
        resolution: null,
        resolutionNote: '',
        createdAt: at(26, 10, c % 60),
        updatedAt: at(26, 10, c % 60),
      };
    });
    comments.push(...own);

    const result = decideOutcome({ submissionId: submission.id, rubric, rules, experts, recusals, sheets: scoreSheets, vetoRulings: [] });
    const revisionRequirements = [...requirementCandidates(own).slice(0, 2).map(requirementFromComment), '补充型式试验的抽样数量和判定规则。'];
    const conclusion = conclusionDraftFor({ rubric, rules, submission, result, requirementCount: revisionRequirements.length }) ?? '';
    const verdictId = `V-${submission.id}`;
    const draft = draftVerdict({ id: `${verdictId}-1`, verdictId, meetingId, submissionId: submission.id }, rubric, result);
    const dissenter = result.voters.find((v) => v.final.recommendation !== result.outcome);
    verdicts.push({
      ...draft,
      status: 'final',
      conclusion,
      revisionRequirements,
      dissent: dissenter === undefined ? [] : [{ expertId: dissenter.expert.id, text: "认为关键指标的对标数据仍需补充验证，对结论保留意见。" }],
      signatures: result.voters.map((v, index) => ({ expertId: v.expert.id, signedAt: at(26, 16, index), image: sampleSignature })),
      finalizedAt: at(26, 16, 30),
      finalizedBy: experts[0]!.id,
    });
  });
  return { meeting, experts, submissions, materials, pledges, recusals, scoreSheets, comments, verdicts };
};
