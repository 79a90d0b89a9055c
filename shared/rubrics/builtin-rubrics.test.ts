import { describe, expect, it } from 'vitest';
import { meetingSchema } from '../model/meeting.js';
import { builtinRubricSchema, reviewRulesSchema, rubricSchema } from '../model/rubric.js';
import { recommendationsByType } from '../engine/recommendation-sets.js';
import { builtinRubrics } from './builtin-rubrics.js';
import { defaultRules } from './default-rules.js';

describe('built-in rubrics and rules', () => {
  it('are valid data under the schemas a package must also pass', () => {
    for (const rubric of Object.values(builtinRubrics)) expect(builtinRubricSchema.parse(rubric)).toEqual(rubric);
    for (const rules of Object.values(defaultRules)) expect(reviewRulesSchema.parse(rules)).toEqual(rules);
  });

  it('give zzb-technical the five criteria of DESIGN.md, 100 points, compliance vetoable', () => {
    const technical = builtinRubrics.technical;
    expect(technical.criteria.map((c) => [c.id, c.name.zh, c.maxPoints, c.vetoable])).toEqual([
      ['compliance', '合规性', 20, true],
      ['necessity', '必要性', 15, false],
      ['advancement', '先进性', 30, false],
      ['economy', '经济性', 15, false],
      ['operability', '可操作性', 20, false],
    ]);
  });

  it('give zzb-initiation its four criteria and zzb-periodic optional scoring', () => {
    expect(builtinRubrics.initiation.criteria.map((c) => c.name.zh)).toEqual(['必要性', '可行性', '先进性', '预期实施效益']);
    expect(builtinRubrics.periodic.scoresRequired).toBe(false);
    expect(defaultRules.periodic.minTotal).toBeNull();
    for (const rubric of Object.values(builtinRubrics)) {
      expect(rubric.criteria.reduce((sum, c) => sum + c.maxPoints, 0)).toBe(100);
      expect(recommendationsByType[rubric.reviewType]).toContain(rubric.vetoOutcome);
      expect(rubric.criteria.some((c) => c.vetoable)).toBe(true);
    }
  });
});

describe('the English of the built-in rubrics', () => {
  const han = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

  it('gives every criterion English guidance and one English checkpoint for each Chinese one, with no Chinese in it', () => {
    for (const rubric of Object.values(builtinRubrics)) {
      for (const { id, checkpoints, en } of rubric.criteria) {
        expect(en.checkpoints, `${rubric.id}.${id}`).toHaveLength(checkpoints.length);
        expect([en.guidance, ...en.checkpoints].filter((text) => han.test(text)), `${rubric.id}.${id}`).toEqual([]);
      }
    }
  });

  it('is required of a built-in rubric, optional in a package’s, and must then match the Chinese checkpoints', () => {
    const technical = builtinRubrics.technical;
    const chineseOnly = { ...technical, criteria: technical.criteria.map(({ en: _english, ...criterion }) => criterion) };
    expect(rubricSchema.safeParse(chineseOnly).success).toBe(true);
    expect(builtinRubricSchema.safeParse(chineseOnly).error?.issues[0]).toMatchObject({
      path: ['criteria', 0, 'en'],
      message: '内置评分表的评审要素须有英文评审要点和检查项',
    });
    const [first, ...rest] = technical.criteria;
    const short = { ...technical, criteria: [{ ...first!, en: { ...first!.en, checkpoints: first!.en.checkpoints.slice(1) } }, ...rest] };
    expect(rubricSchema.safeParse(short).error?.issues[0]).toMatchObject({ path: ['criteria', 0, 'en', 'checkpoints'], message: '英文检查项须与中文检查项一一对应' });
  });
});

describe('schemas', () => {
  it('reject a fraction above one, duplicate criteria and a meeting without offset', () => {
    const rules = { ...defaultRules.technical, passRatio: { numerator: 5, denominator: 4 } };
    expect(reviewRulesSchema.safeParse(rules).error?.issues[0]?.message).toBe('比例的分子不能大于分母');
    const technical = builtinRubrics.technical;
    const duplicated = { ...technical, criteria: [...technical.criteria, technical.criteria[0]] };
    expect(rubricSchema.safeParse(duplicated).error?.issues[0]?.message).toBe('评审要素 id 不能重复');
    const meeting = {
      id: 'M-2026-0147',
      packageId: null,
      title: '浙江制造标准技术审评会',
      reviewType: 'technical',
      startsAt: '2026-11-28T09:30:00+08:00',
      venue: '杭州',
      organizer: '浙江省市场监督管理局',
      rubric: null,
      rules: null,
    };
    expect(meetingSchema.safeParse(meeting).success).toBe(true);
    expect(meetingSchema.safeParse({ ...meeting, startsAt: '2026-11-28 09:30' }).success).toBe(false);
  });
});
