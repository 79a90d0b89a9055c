import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../shared/engine/conflict.js';
import { demoDocumentSpec } from './demo-document.js';
import { demoSourceDir } from './demo-package.js';
import { type StandardSource, loadDemoSources, standardSourceSchema } from './demo-source.js';
import { normativeReferencesLeadIn, drafting1120Sentence, standardStructureProblems } from './standard-structure.js';

const sources = loadDemoSources(demoSourceDir);
const { meeting } = sources;

const standardOf = (submissionId: string): StandardSource => {
  const draft = meeting.submissions.find((s) => s.id === submissionId)?.materials.find((m) => m.kind === 'draft');
  const source = draft && sources.materials.get(draft.source);
  if (source?.kind !== 'standard') throw new Error(`${submissionId} 没有送审稿`);
  return source;
};

const jsonFilesUnder = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .map((name) => relative(folder, join(folder, name)).split('\\').join('/'));

describe('demo meeting sources', () => {
  it('describe a technical review with a five-to-seven-member panel led by one chair, and two or three submissions', () => {
    expect(meeting.meeting.reviewType).toBe('technical');
    expect(meeting.panel.length).toBeGreaterThanOrEqual(5);
    expect(meeting.panel.length).toBeLessThanOrEqual(7);
    expect(meeting.panel.filter((expert) => expert.role === 'chair')).toHaveLength(1);
    expect(meeting.submissions.length).toBeGreaterThanOrEqual(2);
    expect(meeting.submissions.length).toBeLessThanOrEqual(3);
  });

  it('give every submission its 送审稿, 编制说明 and 对标分析, and list every source file there is', () => {
    for (const submission of meeting.submissions)
      expect(submission.materials.map((material) => material.kind).sort()).toEqual(['benchmark', 'draft', 'explanation']);
    const listed = meeting.submissions.flatMap((submission) => submission.materials.map((material) => material.source));
    expect(jsonFilesUnder(demoSourceDir).filter((name) => name !== 'meeting.json').sort()).toEqual([...listed].sort());
  });

  it('flag exactly one conflict of interest: the expert who worked for a co-drafter of the third draft', () => {
    const flags = detectConflicts(meeting.panel, meeting.submissions);
    expect(flags.map(({ expertId, submissionId }) => ({ expertId, submissionId }))).toEqual([{ expertId: 'E05', submissionId: 'S03' }]);
  });

  it.each(meeting.submissions.map((submission) => [submission.id, submission] as const))(
    'draft %s follows the structure of a T/ZZB standard and names its drafters as the manifest does',
    (id, submission) => {
      const draft = standardOf(id);
      expect(standardStructureProblems(draft)).toEqual([]);
      expect(draft.cover.code).toBe(submission.proposedCode);
      expect(draft.cover.name).toBe(submission.standardName);
      const foreword = draft.foreword.join('\n');
      expect(foreword).toContain(`本文件主要起草单位：${submission.leadDrafter}。`);
      for (const coDrafter of submission.coDrafters) expect(foreword).toContain(coDrafter);
      if (submission.revisionOf) expect(foreword).toContain(`本文件代替${submission.revisionOf}`);
    },
  );

  it('lay each draft out with numbered clause headings a reader can find', () => {
    const spec = demoDocumentSpec(standardOf('S01'));
    const headings = spec.blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []));
    expect(headings).toContain('5.3　电池管理系统');
    expect(spec.blocks.some((block) => block.kind === 'table')).toBe(true);
  });
});

describe('standard structure check', () => {
  const base = standardSourceSchema.parse({
    ...standardOf('S01'),
    body: [
      ...['范围', '规范性引用文件', '术语和定义', '基本要求'].flatMap((title, index) => [
        { k: 'h', n: String(index + 1), t: title },
        { k: 'p', t: index === 1 ? normativeReferencesLeadIn : '内容。' },
      ]),
      { k: 'h', n: '5', t: '技术要求' },
      { k: 'p', t: '技术要求应符合下列规定。' },
      { k: 'h', n: '5.1', t: '外观' },
      { k: 'p', n: '5.1.1', t: '外观不得有划痕。' },
      { k: 'h', n: '5.3', t: '尺寸' },
      ...['试验方法', '检验规则', '质量承诺'].flatMap((title, index) => [{ k: 'h', n: String(index + 6), t: title }]),
    ],
  });

  it('finds every problem of a badly drafted source', () => {
    const problems = standardStructureProblems({ ...base, foreword: ['本文件由某单位起草。'] });
    expect(problems).toEqual([
      '前言第一段须说明按照 GB/T 1.1—2020 起草',
      '章的标题或顺序不符：范围、规范性引用文件、术语和定义、基本要求、技术要求、试验方法、检验规则、质量承诺',
      '5 与其第一个下级条款 5.1 之间有悬置段',
      '条款编号不连续：5.3（应为 5.2）',
      '5.1 只有一个下级条款 5.1.1，应至少有两个或不再细分',
      'GB/T 1.1—2020 以“不应”代替“不得”',
    ]);
  });

  it('accepts the standard foreword sentence', () => {
    expect(standardStructureProblems({ ...base, foreword: [drafting1120Sentence] })).not.toContain('前言第一段须说明按照 GB/T 1.1—2020 起草');
  });
});
