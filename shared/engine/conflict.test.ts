import { describe, expect, it } from 'vitest';
import { detectConflicts, recusalFromConflict } from './conflict.js';
import { normalizeOrganizationName, organizationsMatch } from './organization-name.js';

describe('normalizeOrganizationName', () => {
  it('folds full-width characters, spaces, brackets and legal-form suffixes', () => {
    const key = normalizeOrganizationName('浙江正泰电器股份有限公司');
    expect(normalizeOrganizationName('浙江 正泰电器 股份有限公司')).toBe(key);
    expect(normalizeOrganizationName('浙江正泰电器有限公司')).toBe(key);
    expect(normalizeOrganizationName('浙江正泰电器（集团）股份有限公司')).toBe(key);
    expect(normalizeOrganizationName('浙江正泰电器集团')).toBe(key);
    expect(normalizeOrganizationName('ＡＢＣ　Ｍａｃｈｉｎｅｒｙ　Ｃｏ．，Ｌｔｄ．')).toBe(normalizeOrganizationName('ABC Machinery Co., Ltd.'));
  });
});

describe('organizationsMatch', () => {
  it('matches an abbreviation contained in the full name', () => {
    expect(organizationsMatch('正泰电器', '浙江正泰电器股份有限公司')).toBe(true);
    expect(organizationsMatch('浙江大学', '浙江大学材料科学与工程学院')).toBe(true);
  });

  it('does not match different organisations or empty names', () => {
    expect(organizationsMatch('浙江方圆检测集团股份有限公司', '浙江正泰电器股份有限公司')).toBe(false);
    expect(organizationsMatch('有限公司', '浙江正泰电器股份有限公司')).toBe(false);
    expect(organizationsMatch('', '浙江正泰电器股份有限公司')).toBe(false);
  });
});

describe('detectConflicts', () => {
  const submission = {
    id: 'S01',
    standardName: '低压断路器',
    leadDrafter: '浙江正泰电器股份有限公司',
    coDrafters: ['浙江省标准化研究院', '杭州之江检测技术有限公司'],
  };
  const expert = (id: string, organization: string, affiliations: string[] = []) => ({
    id,
    name: `王${id}`,
    organization,
    affiliations,
  });

  it('flags the organisation, a co-drafter and a declared affiliation, however they are written', () => {
    const flags = detectConflicts(
      [
        expert('E01', '浙江正泰电器有限公司'),
        expert('E02', '浙江省 标准化研究院'),
        expert('E03', '中国计量大学', ['之江检测']),
        expert('E04', '浙江方圆检测集团股份有限公司'),
      ],
      [submission],
    );
    expect(flags.map((f) => f.expertId)).toEqual(['E01', 'E02', 'E03']);
    expect(flags[2]).toMatchObject({ expertOrganization: '之江检测', drafterOrganization: '杭州之江检测技术有限公司' });
    expect(flags[0]?.reason).toBe(
      '专家王E01所在单位「浙江正泰电器有限公司」与《低压断路器》的主要起草单位「浙江正泰电器股份有限公司」相同或关联，应回避',
    );
  });

  it('turns a flag into a recusal awaiting the chair', () => {
    const [flag] = detectConflicts([expert('E01', '正泰电器')], [submission]);
    const recusal = recusalFromConflict(flag!, { id: 'R1', meetingId: 'M-2026-0147', now: '2026-11-28T09:00:00+08:00' });
    expect(recusal).toMatchObject({ status: 'flagged', source: 'detected', expertId: 'E01', submissionId: 'S01', decidedBy: null });
  });
});
