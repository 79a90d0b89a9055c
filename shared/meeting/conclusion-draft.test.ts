import { describe, expect, it } from 'vitest';
import { tallyOf } from '../engine/tally.js';
import type { Recommendation } from '../model/recommendation.js';
import type { ReviewType } from '../model/review-type.js';
import { builtinRubrics } from '../rubrics/builtin-rubrics.js';
import { type ConclusionDraftInput, conclusionDraft } from './conclusion-draft.js';

const organizations = ['浙江省标准化研究院', '浙江省产品质量安全检测研究院', '浙江大学', '浙江省品牌建设联合会', '浙江大学'];

type Overrides = Partial<Omit<ConclusionDraftInput, 'rubric'>> & { reviewType?: ReviewType };

const input = ({ reviewType = 'technical', ...overrides }: Overrides): ConclusionDraftInput => ({
  rubric: builtinRubrics[reviewType],
  outcome: 'pass',
  standardName: '家用电动洗碗机',
  standardCode: 'T/ZZB 1234—2026',
  participantOrganizations: organizations,
  tally: tallyOf(['pass', 'pass', 'pass', 'pass', 'pass']),
  aggregateTotal: '86.3',
  upheldVetoes: [],
  withdrawReasons: [],
  requirementCount: 0,
  ...overrides,
});

const votes = (...recommendations: Recommendation[]) => tallyOf(recommendations);

describe('conclusion draft', () => {
  it('opens with the panel and the usual wording of a technical review, then numbered findings', () => {
    const text = conclusionDraft(input({}));
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      '专家组由来自浙江省标准化研究院、浙江省产品质量安全检测研究院、浙江大学等四个单位的五名专家组成。专家组听取了起草组关于标准编制情况及先进性说明的汇报，审阅了送审材料，经质询和讨论，形成审评意见如下：',
    );
    expect(lines[1]).toMatch(/^一、《家用电动洗碗机》（T\/ZZB 1234—2026）结构合理/);
    expect(lines[2]).toBe('二、经表决，五名有效表决专家一致同意通过，平均总分86.3分。');
    expect(lines[3]).toBe('三、专家组同意该标准通过技术审评。');
  });

  it('asks for revisions with the number of requirements when the outcome is 修改后通过', () => {
    const text = conclusionDraft(
      input({
        outcome: 'pass-with-revisions',
        tally: votes('pass', 'pass', 'pass-with-revisions', 'pass-with-revisions', 'fail'),
        aggregateTotal: '78.0',
        requirementCount: 3,
      }),
    );
    expect(text).toContain('经表决，五名有效表决专家中四名同意通过（其中两名建议直接通过），平均总分78.0分。');
    expect(text).toContain('专家组同意该标准修改后通过技术审评，请起草组按专家组提出的三条修改意见修改完善后形成报批稿。');
  });

  it('says every approving expert asked for revisions when none voted an outright pass', () => {
    const text = conclusionDraft(
      input({ outcome: 'pass-with-revisions', tally: votes(...Array<Recommendation>(5).fill('pass-with-revisions')), aggregateTotal: '74.2', requirementCount: 2 }),
    );
    expect(text).toContain('经表决，五名有效表决专家一致同意通过（均建议修改后通过），平均总分74.2分。');
    expect(text).not.toContain('零');
  });

  it('reports an upheld veto and a failed review', () => {
    const text = conclusionDraft(
      input({ outcome: 'fail', tally: votes('fail', 'fail', 'fail', 'fail', 'fail'), upheldVetoes: [{ criterion: '合规性', reason: '6.3 条与 GB 4706.1 相抵触' }] }),
    );
    expect(text).toContain('尚不具备报批条件');
    expect(text).toContain('二、专家组确认合规性否决意见：6.3 条与 GB 4706.1 相抵触。');
    expect(text).toContain('五名有效表决专家均不同意通过');
    expect(text).toContain('专家组不同意该标准通过技术审评');
  });

  it('words an initiation review and its two outcomes', () => {
    const yes = conclusionDraft(
      input({ reviewType: 'initiation', outcome: 'initiate', tally: votes('initiate', 'initiate', 'initiate', 'initiate', 'not-initiate') }),
    );
    expect(yes).toContain('项目提出单位关于标准立项的必要性、可行性、先进性和预期实施效益的汇报，审阅了申报材料，经质询和讨论，形成立项审查意见如下：');
    expect(yes).toContain('五名有效表决专家中四名同意立项');
    expect(yes).toMatch(/专家组同意立项。$/);
    const no = conclusionDraft(input({ reviewType: 'initiation', outcome: 'not-initiate', tally: votes('not-initiate', 'initiate') }));
    expect(no).toMatch(/专家组不同意立项。$/);
  });

  it('names the criterion of an upheld veto, as the rubric calls it', () => {
    const text = conclusionDraft(
      input({
        reviewType: 'initiation',
        outcome: 'not-initiate',
        tally: votes('not-initiate', 'not-initiate', 'not-initiate', 'not-initiate', 'initiate'),
        upheldVetoes: [{ criterion: '必要性', reason: '与在研项目 ZZB-2026-031 内容重复。' }],
      }),
    );
    expect(text).toContain('专家组确认必要性否决意见：与在研项目 ZZB-2026-031 内容重复。');
    expect(text).not.toContain('合规性');
  });

  it('states the reasons recorded for 废止, and no reason it was not given', () => {
    const reasons = ['该产品已于 2025 年全面停产', '该产品已于 2025 年全面停产', ' 相关企业均已转产新型号。 '];
    const text = conclusionDraft(input({ reviewType: 'periodic', aggregateTotal: null, outcome: 'withdraw', tally: votes('withdraw', 'withdraw', 'withdraw'), withdrawReasons: reasons }));
    expect(text).toContain('经复审，不宜继续实施。');
    expect(text).toContain('二、废止理由：该产品已于 2025 年全面停产。相关企业均已转产新型号。');
    expect(text).not.toContain('或已被其他标准替代');
  });

  it('words a periodic review for each of 继续有效, 修订 and 废止 without points', () => {
    const base = { reviewType: 'periodic' as const, aggregateTotal: null };
    const confirm = conclusionDraft(input({ ...base, outcome: 'confirm', tally: votes('confirm', 'confirm', 'confirm', 'confirm', 'revise') }));
    expect(confirm).toContain('形成复审意见如下：');
    expect(confirm).toContain('经表决，五名有效表决专家中四名建议继续有效、一名建议修订。');
    expect(confirm).toMatch(/专家组建议该标准继续有效。$/);
    const revise = conclusionDraft(input({ ...base, outcome: 'revise', tally: votes('revise', 'revise', 'confirm'), requirementCount: 2 }));
    expect(revise).toMatch(/专家组建议对该标准进行修订，修订时重点考虑专家组提出的两条意见。$/);
    const withdraw = conclusionDraft(input({ ...base, outcome: 'withdraw', tally: votes('withdraw', 'withdraw', 'withdraw', 'withdraw') }));
    expect(withdraw).toMatch(/专家组建议废止该标准。$/);
    expect(withdraw).not.toContain('平均总分');
  });

  it('leaves out an empty code and counts beyond ten in figures', () => {
    const many = Array.from({ length: 12 }, (_, i) => `单位${i}`);
    const text = conclusionDraft(input({ standardCode: '', participantOrganizations: many }));
    expect(text).toContain('一、《家用电动洗碗机》结构合理');
    expect(text).toContain('单位0、单位1、单位2等12个单位的12名专家');
  });
});
