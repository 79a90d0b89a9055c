import { describe, expect, it } from 'vitest';
import type { Block } from '../../shared/documents/layout/blocks.js';
import { renderPdf } from '../../shared/documents/pdf/render-pdf.js';
import { checkDraft } from '../../shared/compliance/check-draft.js';
import { loadPdfFonts } from '../../test/support/pdf-fonts.js';
import { readDraftPdf } from './read-draft-pdf.js';
import { readExplanatoryNote } from './read-explanatory-note.js';

const leadIn =
  '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text, indentFirstLine: true });

/** A short draft set as the project's PDF renderer sets it, with a hyphen in its code and 必须 in 5.1.2. */
const draftBlocks: Block[] = [
  { kind: 'paragraph', text: 'ICS 25.140.20', align: 'left' },
  { kind: 'paragraph', text: 'T/ZZB 2311-2026', align: 'right' },
  { kind: 'title', text: '锂离子电池充电式电钻' },
  { kind: 'page-break' },
  { kind: 'title', text: '前　言' },
  paragraph('本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。'),
  { kind: 'page-break' },
  { kind: 'title', text: '锂离子电池充电式电钻' },
  { kind: 'heading', level: 1, text: '1　范围' },
  paragraph('本文件规定了锂离子电池充电式电钻的术语和定义、基本要求、技术要求、试验方法、检验规则、标志、包装、运输和贮存及质量承诺。'),
  { kind: 'heading', level: 1, text: '2　规范性引用文件' },
  paragraph(leadIn),
  paragraph('GB/T 191　包装储运图示标志'),
  paragraph('GB/T 3768—2017　声学　声压法测定噪声源声功率级和声能量级　采用反射面上方包络测量面的简易法'),
  { kind: 'heading', level: 1, text: '3　术语和定义' },
  paragraph('本文件没有需要界定的术语和定义。'),
  { kind: 'heading', level: 1, text: '4　基本要求' },
  { kind: 'heading', level: 2, text: '4.1　设计研发' },
  paragraph('应采用三维建模和有限元分析进行结构设计，具备电机电磁仿真和整机跌落仿真能力，关键零部件应进行可靠性试验验证。'),
  { kind: 'heading', level: 2, text: '4.2　原材料' },
  paragraph('外壳应采用阻燃等级不低于V-0级的工程塑料。'),
  { kind: 'heading', level: 1, text: '5　技术要求' },
  { kind: 'heading', level: 2, text: '5.1　外观' },
  { kind: 'paragraph', text: '5.1.1　外壳表面应平整光洁，不应有裂纹、缩孔、明显划痕和色差，各零部件之间的配合应紧密，不应有松动。' },
  { kind: 'paragraph', text: '5.1.2　铭牌必须清晰、牢固。' },
  { kind: 'heading', level: 2, text: '5.2　性能' },
  paragraph('性能指标应符合表1的规定。'),
  {
    kind: 'table',
    caption: { number: 1, title: '性能指标' },
    columns: [
      { title: '序号', width: 0.1, align: 'center' },
      { title: '项目', width: 0.5, align: 'center' },
      { title: '单位', width: 0.2, align: 'center' },
      { title: '指标', width: 0.2, align: 'center' },
    ],
    rows: [
      ['1', '空载转速偏差', '%', '≤5'],
      ['2', 'A计权声功率级', 'dB(A)', '≤85'],
    ],
  },
  { kind: 'heading', level: 1, text: '6　试验方法' },
  { kind: 'heading', level: 2, text: '6.1　空载转速偏差' },
  paragraph('在额定电压下空载运行5 min后测量输出轴转速。'),
  { kind: 'heading', level: 2, text: '6.2　A计权声功率级' },
  paragraph('按GB/T 3768—2017的规定测定。'),
  { kind: 'heading', level: 1, text: '7　标志、包装、运输和贮存' },
  { kind: 'heading', level: 2, text: '7.1　标志' },
  paragraph('包装储运图示标志应符合GB/T 191的规定。'),
  { kind: 'heading', level: 2, text: '7.2　贮存' },
  paragraph('产品应贮存在干燥、通风的库房内。'),
  { kind: 'heading', level: 1, text: '8　质量承诺' },
  { kind: 'paragraph', text: '8.1　自销售之日起2年内出现质量问题，制造商应免费维修。' },
  { kind: 'paragraph', text: '8.2　制造商应在24 h内响应用户投诉。' },
];

const metadata = { title: '送审稿', author: '起草组', subject: '送审稿', language: 'zh-CN', createdAt: new Date('2026-11-20T08:00:00Z') };

describe('readDraftPdf', () => {
  it('reads a rendered draft into its structure and finds what was planted, nothing else', async () => {
    const pdf = await renderPdf({ metadata, runningHeader: 'T/ZZB 2311-2026', pageNumberLabel: (page) => String(page), blocks: draftBlocks }, loadPdfFonts());
    const draft = await readDraftPdf(pdf);
    expect(draft.elements.map((element) => element.kind)).toEqual(['cover', 'foreword', 'scope', 'normative-references', 'terms', 'chapter', 'chapter', 'chapter', 'chapter', 'chapter']);
    expect(draft.code).toBe('T/ZZB 2311-2026');
    expect(draft.references.map((reference) => reference.code)).toEqual(['GB/T 191', 'GB/T 3768']);
    expect(draft.clauses.find((clause) => clause.number === '4.1')?.text).toMatch(/^应采用三维建模.*可靠性试验验证。$/u);
    expect(draft.tables[0]).toMatchObject({ number: '1', clause: '5.2' });
    expect(draft.tables[0]?.rows.at(-1)?.join(' ')).toContain('A计权声功率级');

    const findings = checkDraft(draft, { indicators: [{ name: '空载转速偏差', value: '≤3' }] });
    expect(findings.map((finding) => `${finding.rule} ${finding.clause ?? ''} ${finding.page ?? ''}`).sort()).toEqual([
      'wording.modal-verb 5.1.2 3',
      'zzb.code-format  1',
      `zzb.indicator-mismatch 5.2 ${draft.tables[0]?.page ?? ''}`,
    ]);
  });

  it('reads the benchmarking table of a 编制说明', async () => {
    const pdf = await renderPdf(
      {
        metadata,
        pageNumberLabel: (page) => String(page),
        blocks: [
          { kind: 'heading', level: 1, text: '三、主要技术指标对标分析' },
          {
            kind: 'table',
            caption: { number: 1, title: '主要技术指标对比' },
            columns: ['序号', '指标', '本标准', '国家标准', '对比结论'].map((title) => ({ title, width: 0.2, align: 'center' as const })),
            rows: [
              ['1', '空载转速偏差（%）', '≤5', '≤10', '优于国家标准'],
              ['2', '最大扭矩（N·m）', '≥60', '≥40', '优于国家标准'],
            ],
          },
        ],
      },
      loadPdfFonts(),
    );
    const note = await readExplanatoryNote(pdf, 'pdf');
    // A name wraps in its narrow cell; what stays on the row's line is enough to find it in the draft.
    expect(note.indicators.map((indicator) => [indicator.name.slice(0, 4), indicator.value])).toEqual([
      ['空载转速', '≤5'],
      ['最大扭矩', '≥60'],
    ]);
  });
});
