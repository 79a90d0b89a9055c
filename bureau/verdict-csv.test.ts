import { describe, expect, it } from 'vitest';
import type { StoredVersion } from './store/repository.js';
import { verdictsCsv } from './verdict-csv.js';

const version = (overrides: Partial<StoredVersion>): StoredVersion => ({
  verdictId: 'V-1',
  versionNo: 1,
  sha256: 'ab'.repeat(32),
  deviceId: 'D-1',
  meetingId: 'M-2026-0147',
  submissionId: 'S01',
  outcome: 'pass-with-revisions',
  finalizedAt: '2026-11-28T16:30:00+08:00',
  signedBundle: '{}',
  receipt: { verdictId: 'V-1', versionNo: 1, sha256: 'ab'.repeat(32), receivedAt: '2026-11-28T09:00:00.000Z', seq: 7, signature: 'x' },
  ...overrides,
});

describe('verdict CSV export', () => {
  it('writes a BOM, Chinese headers and one CRLF line per version', () => {
    const lines = verdictsCsv([version({})]).split('\r\n');
    expect(lines[0]).toBe('\uFEFF回执序号,裁决编号,版本,会议编号,送审项目,结论,结论代码,定稿时间,接收时间,SHA-256,设备');
    expect(lines[1]).toBe(`7,V-1,1,M-2026-0147,S01,修改后通过,pass-with-revisions,2026-11-28T16:30:00+08:00,2026-11-28T09:00:00.000Z,${'ab'.repeat(32)},D-1`);
    expect(lines[2]).toBe('');
  });

  it('quotes separators and defuses spreadsheet formulas', () => {
    const line = verdictsCsv([version({ meetingId: 'M,"1"', submissionId: '=HYPERLINK("x")' })]).split('\r\n')[1];
    expect(line).toContain('"M,""1"""');
    expect(line).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
