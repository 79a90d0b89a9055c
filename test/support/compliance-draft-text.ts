import type { DraftBlock } from '../../shared/compliance/draft-block.js';
import type { DraftStructure } from '../../shared/compliance/draft-structure.js';
import { structureDraft } from '../../shared/compliance/structure-draft.js';

/**
 * A draft written as plain lines, for the compliance rules' unit tests: one paragraph per line,
 * `a | b | c` a table row, `---` a page break, `@ text` a running header.
 */
export const draftFromText = (text: string): DraftStructure => {
  const blocks: DraftBlock[] = [];
  let page = 1;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (line === '---') page += 1;
    else if (line.startsWith('@ ')) blocks.push({ page, text: line.slice(2), furniture: true });
    else if (line.includes(' | ')) {
      const cells = line.split(' | ').map((cell) => cell.trim());
      blocks.push({ page, text: cells.join(' '), cells });
    } else blocks.push({ page, text: line });
  }
  return structureDraft(blocks, { source: 'docx', pages: page });
};

/** A well-formed 浙江制造 product standard, short: every rule must stay silent on it. */
export const cleanDraftText = [
  '@ T/ZZB 2311—2026',
  'ICS 25.140.20',
  '团体标准',
  'T/ZZB 2311—2026',
  '锂离子电池充电式电钻',
  '（送审稿）',
  '---',
  '目　次',
  '前言 …………… Ⅱ',
  '1　范围 …………… 1',
  '2　规范性引用文件 …………… 1',
  '---',
  '前　言',
  '本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。',
  '请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。',
  '---',
  '锂离子电池充电式电钻',
  '1　范围',
  '本文件规定了锂离子电池充电式电钻的术语和定义、基本要求、技术要求、试验方法、检验规则、标志、包装、运输和贮存及质量承诺。',
  '2　规范性引用文件',
  '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。',
  'GB/T 191　包装储运图示标志',
  'GB/T 3768—2017　声学　声压法测定噪声源声功率级和声能量级　采用反射面上方包络测量面的简易法',
  'GB 31241　便携式电子产品用锂离子电池和电池组　安全技术规范',
  '3　术语和定义',
  '下列术语和定义适用于本文件。',
  '3.1　空载转速　no-load speed',
  '电钻在额定电压下不带负载运转时输出轴的转速。',
  '4　基本要求',
  '4.1　设计研发',
  '应采用三维建模和有限元分析进行结构设计。',
  '4.2　原材料',
  '电池组应采用符合GB 31241要求的锂离子电芯。',
  '5　技术要求',
  '5.1　外观',
  '5.1.1　外壳表面应平整光洁，不应有裂纹。',
  '5.1.2　铭牌和警示标志应清晰、牢固，并标有“严禁拆卸”字样。',
  '5.2　性能',
  '性能指标应符合表1的规定。',
  '表1　性能指标',
  '序号 | 项目 | 单位 | 指标',
  '1 | 空载转速偏差 | % | ≤5',
  '2 | A计权声功率级 | dB(A) | ≤85',
  '6　试验方法',
  '6.1　空载转速偏差',
  '在额定电压下空载运行5 min后测量输出轴转速。',
  '6.2　A计权声功率级',
  '按GB/T 3768—2017的规定测定。',
  '7　检验规则',
  '7.1　出厂检验',
  '每批产品应经检验合格方可出厂。',
  '7.2　型式检验',
  '有下列情况之一时，应进行型式检验。',
  '8　标志、包装、运输和贮存',
  '8.1　标志',
  '包装储运图示标志应符合GB/T 191的规定。',
  '8.2　贮存',
  '产品应贮存在干燥、通风的库房内。',
  '9　质量承诺',
  '9.1　自销售之日起2年内出现质量问题，制造商应免费维修。',
  '9.2　制造商应在24 h内响应用户投诉。',
  '---',
  '附　录　A',
  '（资料性）',
  '常见故障及排除方法',
  'A.1　电钻不转：检查电池组电量。',
  'A.2　转速偏低：检查碳刷磨损。',
].join('\n');
