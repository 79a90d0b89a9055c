import { describe, expect, it } from 'vitest';
import { refusedBy } from '../../shared/api/engine-refusal.js';
import { HostFailure } from '../../shared/api/result.js';
import { engineMessage } from '../../shared/engine/engine-message.js';
import { sheetIssue } from '../../shared/engine/validate-sheet.js';
import { errorText, issueText } from './engine-text.js';

const missingScore = sheetIssue('scores.compliance.score', 'sheet.scoreMissing', { criterion: { 'zh-CN': '合规性', en: 'Compliance' } });

describe('errorText', () => {
  it('says the engine’s reasons in the UI language', () => {
    const refusal = refusedBy([engineMessage('guard.noReceipt', {})]);
    expect(errorText(refusal, 'en')).toBe('No receipt from the provincial bureau yet');
    expect(errorText(refusal, 'zh-CN')).toBe('尚未收到省局回执');
  });

  it('says a refused sheet’s issues in the UI language when each has its code', () => {
    const rejected = new HostFailure('sheet-rejected', missingScore.message, undefined, [missingScore]);
    expect(errorText(rejected, 'en')).toBe('“Compliance” is not scored yet');
    const mixed = new HostFailure('sheet-rejected', '…', undefined, [missingScore, { field: 'signature', message: '提交评分表须由专家本人手写签名' }]);
    expect(errorText(mixed, 'en')).toBe('…');
  });

  it('keeps the host’s own words where the engine gave none, or gave a code this build does not know', () => {
    expect(errorText(new HostFailure('not-found', '找不到审评会 M1', 'meetingId'), 'en')).toBe('找不到审评会 M1');
    const unknown = { code: 'guard.fromTheFuture', params: {} } as unknown as ReturnType<typeof engineMessage>;
    expect(errorText(new HostFailure('refused', '某个新的理由', undefined, undefined, [unknown]), 'en')).toBe('某个新的理由');
    expect(errorText(new Error('disk on fire'), 'en')).toBe('disk on fire');
    expect(errorText('plain', 'en')).toBe('plain');
  });
});

describe('issueText', () => {
  it('translates an issue with a code and keeps one without', () => {
    expect(issueText(missingScore, 'en')).toBe('“Compliance” is not scored yet');
    expect(issueText({ field: 'signature', message: '提交评分表须由专家本人手写签名' }, 'en')).toBe('提交评分表须由专家本人手写签名');
  });
});
