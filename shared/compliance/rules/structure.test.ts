import { describe, expect, it } from 'vitest';
import { cleanDraftText, draftFromText } from '../../../test/support/compliance-draft-text.js';
import { elementOrder, missingElements } from './structure.js';

describe('structure rules', () => {
  it('reports the later of two swapped chapters once', () => {
    const [front = '', body = ''] = cleanDraftText.split('锂离子电池充电式电钻\n1　范围');
    const references = body.slice(body.indexOf('2　规范性引用文件'), body.indexOf('3　术语和定义'));
    const terms = body.slice(body.indexOf('3　术语和定义'), body.indexOf('4　基本要求'));
    const swapped = body.replace(references + terms, terms.replace('3　', '2　').replace('3.1　', '2.1　') + references.replace('2　', '3　'));
    const findings = elementOrder(draftFromText(`${front}锂离子电池充电式电钻\n1\u3000范围${swapped}`));
    expect(findings.map((finding) => [finding.clause, finding.quote])).toEqual([['3', '规范性引用文件']]);
  });

  it('reports an annex moved among the chapters, not every chapter it jumped', () => {
    const annex = cleanDraftText.slice(cleanDraftText.indexOf('---\n附　录'));
    const text = cleanDraftText.replace(annex, '').replace('5　技术要求', `${annex.replace('---\n', '')}\n5\u3000技术要求`);
    const findings = elementOrder(draftFromText(text));
    expect(findings.map((finding) => finding.clause)).toEqual(['A']);
  });

  it('reports 目次 placed after 前言', () => {
    const contents = '目　次\n前言 …………… Ⅱ\n1　范围 …………… 1\n2　规范性引用文件 …………… 1\n---\n';
    const text = cleanDraftText.replace(contents, '').replace('锂离子电池充电式电钻\n1　范围', `${contents}锂离子电池充电式电钻\n1\u3000范围`);
    const findings = elementOrder(draftFromText(text));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'structure.element-order', quote: '目次' });
    expect(findings[0]?.clause).toBeUndefined();
  });

  it('is silent on the GB/T 1.1 order', () => {
    expect(elementOrder(draftFromText(cleanDraftText))).toEqual([]);
  });

  it('reports a missing terms chapter, and not one kept with 「本文件没有需要界定的术语和定义。」', () => {
    const removed = cleanDraftText.replace('3　术语和定义\n下列术语和定义适用于本文件。\n3.1　空载转速　no-load speed\n电钻在额定电压下不带负载运转时输出轴的转速。\n', '');
    expect(missingElements(draftFromText(removed)).map((finding) => finding.quote)).toEqual(['术语和定义']);
    const kept = cleanDraftText.replace('下列术语和定义适用于本文件。\n3.1　空载转速　no-load speed\n电钻在额定电压下不带负载运转时输出轴的转速。', '本文件没有需要界定的术语和定义。');
    expect(missingElements(draftFromText(kept))).toEqual([]);
  });
});
