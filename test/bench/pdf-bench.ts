import { PDFDocument } from 'pdf-lib';
import type { Block, DocumentSpec } from '../../shared/documents/layout/blocks.js';
import { renderPdf } from '../../shared/documents/pdf/render-pdf.js';
import { loadPdfFonts } from '../support/pdf-fonts.js';
import { type BenchFigure, medianAsyncMs } from './figure.js';

const sentences = [
  '本文件规定了不锈钢真空保温杯的术语和定义、基本要求、技术要求、试验方法、检验规则、标志、包装、运输和贮存。',
  '保温效能试验按GB/T 29606—2013第6.4条进行，环境温度为(20±5)℃，注入(95±1)℃的热水后静置6 h。',
  '专家组认为送审稿的技术指标先进，但第5.3条“密封性”的试验条件与T/ZZB 1234—2026不一致，应当统一。',
  '与人体接触的材料应符合GB 4806.9的规定；杯体内胆宜采用06Cr19Ni10或更高等级的奥氏体不锈钢。',
];

const paragraph = (index: number): string =>
  Array.from({ length: 3 }, (_, offset) => sentences[(index + offset) % sentences.length] ?? '').join('');

const spec = (title: string, blocks: Block[], orientation: 'portrait' | 'landscape' = 'portrait'): DocumentSpec => ({
  metadata: { title, author: '浙江省品牌建设联合会', subject: '性能基准', language: 'zh-CN', createdAt: new Date('2026-11-28T09:00:00Z') },
  runningHeader: '2026年第12批浙江制造标准审评会',
  pageNumberLabel: (page, pages) => `第 ${page} 页 共 ${pages} 页`,
  orientation,
  blocks,
});

const commentTable = spec(
  '意见汇总处理表',
  [
    { kind: 'title', text: '意见汇总处理表' },
    {
      kind: 'table',
      columns: [
        { title: '序号', width: 0.05, align: 'center' },
        { title: '章条号', width: 0.07 },
        { title: '意见类型', width: 0.07 },
        { title: '意见内容', width: 0.3 },
        { title: '修改建议', width: 0.22 },
        { title: '提出专家', width: 0.08 },
        { title: '处理意见', width: 0.13 },
        { title: '备注', width: 0.08 },
      ],
      rows: Array.from({ length: 300 }, (_, index) => [
        String(index + 1),
        `${(index % 9) + 1}.${(index % 4) + 1}`,
        ['技术', '编辑', '一般'][index % 3] ?? '',
        sentences[index % sentences.length] ?? '',
        sentences[(index + 1) % sentences.length]?.slice(0, 30 + (index % 20)) ?? '',
        ['张建国', '李秀英', '王志强'][index % 3] ?? '',
        '',
        '',
      ]),
    },
  ],
  'landscape',
);

const textDocument = spec(
  '审评会议纪要',
  Array.from({ length: 24 }, (_, section): Block[] => [
    { kind: 'heading', level: 1, text: `${section + 1} 审评意见（第${section + 1}部分）` },
    ...Array.from({ length: 5 }, (_, index): Block => ({ kind: 'paragraph', text: paragraph(section * 5 + index), indentFirstLine: true })),
  ]).flat(),
);

const pageCount = async (bytes: Uint8Array): Promise<number> => (await PDFDocument.load(bytes)).getPageCount();

export const measure = async (): Promise<BenchFigure[]> => {
  const fonts = loadPdfFonts();
  const figures: BenchFigure[] = [];
  for (const [name, document] of [
    ['comment table 300 rows', commentTable],
    ['text document', textDocument],
  ] as const) {
    const bytes = await renderPdf(document, fonts);
    const ms = await medianAsyncMs(() => renderPdf(document, fonts));
    const label = `documents.pdf ${name} (${await pageCount(bytes)} pages)`;
    figures.push({ name: `${label} time`, value: ms, unit: 'ms' }, { name: `${label} size`, value: bytes.length / 1024, unit: 'KiB' });
  }
  return figures;
};
