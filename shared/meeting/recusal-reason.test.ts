import { describe, expect, it } from 'vitest';
import { detectConflicts, recusalFromConflict } from '../engine/conflict.js';
import { engineText } from '../engine/engine-message.js';
import { detectedReasonMessage } from './recusal-reason.js';

describe('detectedReasonMessage', () => {
  const parties = {
    experts: [{ id: 'E01', name: '王明', organization: '中国计量大学', affiliations: ['之江检测'] }],
    submissions: [{ id: 'S01', standardName: '低压断路器', leadDrafter: '浙江正泰电器股份有限公司', coDrafters: ['杭州之江检测技术有限公司'] }],
  };
  const detected = recusalFromConflict(detectConflicts(parties.experts, parties.submissions)[0]!, { id: 'R1', meetingId: 'M1', now: '2026-11-28T09:00:00+08:00' });

  it('gives the engine’s message for a detected conflict, in either language', () => {
    const said = detectedReasonMessage(parties, detected);
    expect(said === null ? null : engineText(said, 'zh-CN')).toBe(detected.reason);
    expect(said === null ? null : engineText(said, 'en')).toBe(
      '王明’s declared affiliation “之江检测” is the same as or linked to the co-drafter “杭州之江检测技术有限公司” of “低压断路器”: recusal needed',
    );
  });

  it('leaves declared reasons, and reasons detection no longer gives, as they were written', () => {
    expect(detectedReasonMessage(parties, { ...detected, source: 'declared' })).toBeNull();
    expect(detectedReasonMessage(parties, { ...detected, reason: '同单位' })).toBeNull();
  });
});
