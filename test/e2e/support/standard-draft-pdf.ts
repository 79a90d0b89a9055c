import { readFile } from 'node:fs/promises';
import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { fontkitForPdfLib } from '../../../shared/documents/pdf/fontkit-adapter.js';

const fontPath = 'node_modules/@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf';

/**
 * One line of the draft: `clause` is drawn apart from its heading with a gap, as Word sets
 * numbered headings; `gaps` draws table cells at fixed columns.
 */
type Line = { text: string; size?: number; x?: number; clause?: string; cells?: string[] };

const page = (...lines: (Line | string)[]): Line[] => lines.map((line) => (typeof line === 'string' ? { text: line } : line));

const pages: Line[][] = [
  page(
    { text: 'ICS 23.060', size: 10 },
    { text: 'T/ZZB 0999—2026', size: 14, x: 360 },
    { text: '浙江制造团体标准', size: 22, x: 200 },
    { text: '燃气管道用球阀', size: 20, x: 220 },
    { text: 'Ball valves for gas pipelines', size: 12, x: 210 },
    '',
    { text: '2026-01-15 发布', x: 72 },
    { text: '2026-02-15 实施', x: 400 },
    { text: '浙江省品牌建设联合会  发布', x: 200 },
  ),
  page(
    { text: '目次', size: 16, x: 270 },
    '前言 ........................................ II',
    '1 范围 ...................................... 1',
    '2 规范性引用文件 ............................ 1',
    '5 技术要求 .................................. 3',
    '6 试验方法 .................................. 4',
  ),
  page(
    { text: '前言', size: 16, x: 270 },
    '本文件按照 GB/T 1.1-2020《标准化工作导则  第1部分：标准化文件的结构和',
    '起草规则》的规定起草。',
    '请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。',
    '本文件由浙江省品牌建设联合会提出并归口。',
    '本文件起草单位：浙江某某阀门股份有限公司。',
  ),
  page(
    { clause: '1', text: '范围', size: 12 },
    '本文件规定了燃气管道用球阀的基本要求、技术要求、试验方法、检验规则、',
    '标志、包装、运输和贮存及质量承诺。',
    '本文件适用于公称压力不大于 PN40 的燃气管道用球阀，其耐压强度应符合第 5 章。',
    { clause: '2', text: '规范性引用文件', size: 12 },
    'GB/T 191 包装储运图示标志',
    'GB/T 12237 石油、石化及相关工业用的钢制球阀',
    { clause: '3', text: '术语和定义', size: 12 },
    '本文件没有需要界定的术语和定义。',
    { clause: '4', text: '基本要求', size: 12 },
    { clause: '4.1', text: '设计研发' },
    '应采用三维设计软件进行产品设计，并具备流体仿真分析能力。',
    { clause: '4.2', text: '原材料' },
    '阀体材料应符合 GB/T 12237 的规定。',
  ),
  page(
    { clause: '5', text: '技术要求', size: 12 },
    { clause: '5.1', text: '外观' },
    '阀门表面应光洁，不应有裂纹、砂眼等缺陷。',
    { clause: '5.2', text: '物理性能' },
    { clause: '5.2.1', text: '耐压强度' },
    '阀门在 1.5 倍公称压力下保压 5 min，其耐压强度应满足：压力达到',
    '3.5 MPa 时壳体不应出现渗漏或可见变形。',
    { clause: '5.2.2', text: '密封性能' },
    '在 1.1 倍公称压力下，密封面泄漏量应为零，抽取',
    '5 个样品进行试验。',
  ),
  page(
    { clause: '6', text: '试验方法', size: 12 },
    { clause: '6.1', text: '外观检查' },
    '在自然光下目测。',
    { text: '', cells: ['序号', '检验项目', '试验方法', '要求条款'] },
    { text: '', cells: ['1', '外观', '目测', '5.1'] },
    { text: '', cells: ['2', '耐压强度', '6.2', '5.2.1'] },
    { clause: '6.2', text: '耐压强度试验' },
    '按 GB/T 13927 的规定进行壳体试验。',
    { clause: '7', text: '检验规则', size: 12 },
    { clause: '8', text: '标志、包装、运输和贮存', size: 12 },
    { clause: '9', text: '质量承诺', size: 12 },
    '在正常使用条件下，产品自出厂之日起 24 个月内出现质量问题，免费维修或更换。',
  ),
];


const drawLine = (target: PDFPage, font: PDFFont, line: Line, y: number) => {
  const size = line.size ?? 10.5;
  if (line.cells) {
    line.cells.forEach((cell, index) => target.drawText(cell, { x: 72 + index * 110, y, size, font }));
    return;
  }
  if (line.clause) {
    target.drawText(line.clause, { x: 72, y, size, font });
    target.drawText(line.text, { x: 72 + font.widthOfTextAtSize(line.clause, size) + size, y, size, font });
    return;
  }
  if (line.text) target.drawText(line.text, { x: line.x ?? 72, y, size, font });
};

/**
 * A fictional 浙江制造 standard draft with real Chinese text, numbered clauses, a contents page and
 * page numbers, followed by `appendixPages` pages of appendix text.
 */
export const buildStandardDraftPdf = async (appendixPages = 14): Promise<Uint8Array> => {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitForPdfLib);
  const font = await doc.embedFont(await readFile(fontPath), { subset: true });
  const all = [...pages];
  for (let index = 1; index <= appendixPages; index += 1) {
    all.push(
      page(
        ...(index === 1 ? [{ text: '附录 A', size: 12, x: 270 }, { clause: 'A.1', text: '试验装置' }] : []),
        `附录 A 试验记录第 ${index} 页：压力表精度等级不低于 1.6 级，量程为试验压力的 1.5 倍至 3 倍。`,
        '试验介质为常温清洁水，试验过程中不应对阀门施加影响试验结果的外力。',
      ),
    );
  }
  all.forEach((lines, index) => {
    const target = doc.addPage([595, 842]);
    lines.forEach((line, row) => drawLine(target, font, line, 760 - row * 28));
    target.drawText(String(index + 1), { x: 292, y: 40, size: 9, font });
  });
  return doc.save();
};
