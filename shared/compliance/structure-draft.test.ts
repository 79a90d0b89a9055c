import { describe, expect, it } from 'vitest';
import { cleanDraftText, draftFromText } from '../../test/support/compliance-draft-text.js';

describe('structureDraft', () => {
  const draft = draftFromText(cleanDraftText);

  it('reads the elements in document order, leaving the contents entries out', () => {
    expect(draft.elements.map((element) => `${element.kind}:${element.number ?? ''}`)).toEqual([
      'cover:', 'toc:', 'foreword:', 'scope:1', 'normative-references:2', 'terms:3',
      'chapter:4', 'chapter:5', 'chapter:6', 'chapter:7', 'chapter:8', 'chapter:9', 'annex:A',
    ]);
    expect(draft.elements.at(-1)).toMatchObject({ title: '常见故障及排除方法', annexType: 'informative', page: 5 });
  });

  it('takes the code from the cover and every code printed anywhere', () => {
    expect(draft.code).toBe('T/ZZB 2311—2026');
    expect(draft.codeOccurrences.length).toBe(2);
  });

  it('gives titled clauses a title and numbered paragraphs their text', () => {
    const byNumber = new Map(draft.clauses.map((clause) => [clause.number, clause]));
    expect(byNumber.get('5.1')).toMatchObject({ title: '外观', text: '', headingOnly: true, level: 2 });
    expect(byNumber.get('5.1.1')).toMatchObject({ text: '外壳表面应平整光洁，不应有裂纹。', headingOnly: false, level: 3 });
    expect(byNumber.get('3.1')?.title).toBe('空载转速　no-load speed');
    expect(byNumber.get('A.2')?.text).toBe('转速偏低：检查碳刷磨损。');
    expect(draft.clauses.map((clause) => clause.number)).not.toContain('前言');
  });

  it('reads the reference list, its lead-in and the foreword apart from the clauses', () => {
    expect(draft.references.map((reference) => [reference.code, reference.year ?? ''])).toEqual([
      ['GB/T 191', ''],
      ['GB/T 3768', '2017'],
      ['GB 31241', ''],
    ]);
    expect(draft.referencesLeadIn).toMatch(/^下列文件中的内容/u);
    expect(draft.clauses.find((clause) => clause.number === '2')?.text).not.toContain('GB/T 191');
    expect(draft.forewordText).toContain('本文件按照GB/T 1.1—2020');
  });

  it('keeps a table with its caption, rows and the clause it belongs to', () => {
    expect(draft.tables).toEqual([
      expect.objectContaining({ number: '1', title: '性能指标', clause: '5.2', rows: [['序号', '项目', '单位', '指标'], ['1', '空载转速偏差', '%', '≤5'], ['2', 'A计权声功率级', 'dB(A)', '≤85']] }),
    ]);
  });

  it('takes an annex title with a comma for its title, so the annex has no hanging paragraph', () => {
    const annex = draftFromText(cleanDraftText.replace('常见故障及排除方法', '常见故障、原因及排除方法，供用户参考'));
    expect(annex.clauses.find((clause) => clause.number === 'A')).toMatchObject({ title: '常见故障、原因及排除方法，供用户参考', text: '', headingOnly: true });
  });

  it('reads a term number set alone on its line with the term on the next', () => {
    const terms = draftFromText(cleanDraftText.replace('3.1　空载转速　no-load speed', '3.1\n空载转速　no-load speed'));
    expect(terms.clauses.find((clause) => clause.number === '3.1')).toMatchObject({ title: '空载转速　no-load speed', text: '电钻在额定电压下不带负载运转时输出轴的转速。' });
  });

  it('takes a number in running text for no clause: a wrapped quantity or a cross-reference', () => {
    const wrapped = draftFromText(
      cleanDraftText
        .replace('9.2　制造商应在24 h内响应用户投诉。', '9.2　制造商接到投诉后应在\n24 h内响应，\n3 个工作日内上门。')
        .replace('性能指标应符合表1的规定。', '性能指标应符合表1的规定，外形尺寸偏差不大于\n5.3 mm。'),
    );
    expect(wrapped.clauses.map((clause) => clause.number).filter((number) => number.startsWith('5'))).toEqual(['5', '5.1', '5.1.1', '5.1.2', '5.2']);
    expect(wrapped.clauses.map((clause) => clause.number).filter((number) => number.startsWith('9'))).toEqual(['9', '9.1', '9.2']);
    expect(wrapped.elements.filter((element) => element.kind === 'chapter').map((element) => element.number)).toEqual(['4', '5', '6', '7', '8', '9']);
  });
});
