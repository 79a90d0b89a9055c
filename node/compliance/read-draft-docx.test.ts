import { AlignmentType, Document, Header, HeadingLevel, LevelFormat, LevelSuffix, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../shared/compliance/check-draft.js';
import { readDraftDocx } from './read-draft-docx.js';
import { readExplanatoryNote } from './read-explanatory-note.js';

const leadIn =
  '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。';

const levels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
/** Word's multi-level list as drafting templates set it: 5, 5.1, 5.1.1, then a space. */
const numbering = {
  config: [
    {
      reference: 'clauses',
      levels: levels.map((_, level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text: Array.from({ length: level + 1 }, (__, index) => `%${index + 1}`).join('.'),
        alignment: AlignmentType.LEFT,
        suffix: LevelSuffix.SPACE,
      })),
    },
  ],
};

const heading = (level: 0 | 1 | 2, text: string) => new Paragraph({ heading: levels[level], numbering: { reference: 'clauses', level }, children: [new TextRun(text)] });
const numbered = (level: 0 | 1 | 2, text: string) => new Paragraph({ numbering: { reference: 'clauses', level }, children: [new TextRun(text)] });
const body = (text: string) => new Paragraph({ indent: { firstLine: 420 }, children: [new TextRun(text)] });
const row = (cells: string[]) => new TableRow({ children: cells.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) });

const draftDocx = async (): Promise<Uint8Array> => {
  const document = new Document({
    numbering,
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('T/ZZB 2311—2026')] }) },
        children: [
          new Paragraph('ICS 25.140.20'),
          new Paragraph('T/ZZB 2311—2026'),
          new Paragraph({ children: [new PageBreak()] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('前　言')] }),
          body('本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。'),
          new Paragraph({ children: [new PageBreak()] }),
          heading(0, '范围'),
          body('本文件规定了电钻的要求。'),
          heading(0, '规范性引用文件'),
          body(leadIn),
          body('GB/T 191　包装储运图示标志'),
          heading(0, '术语和定义'),
          body('本文件没有需要界定的术语和定义。'),
          heading(0, '基本要求'),
          heading(1, '设计研发'),
          body('应采用三维建模进行结构设计。'),
          heading(1, '原材料'),
          body('外壳应采用阻燃工程塑料。'),
          heading(0, '技术要求'),
          body('产品应符合本章的要求。'),
          heading(1, '外观'),
          numbered(2, '外壳表面应平整光洁。'),
          heading(1, '性能'),
          body('性能指标应符合表1的规定。'),
          new Paragraph('表1　性能指标'),
          new Table({ rows: [row(['序号', '项目', '单位', '指标']), row(['1', '空载转速偏差', '%', '≤5'])] }),
          heading(0, '标志、包装、运输和贮存'),
          heading(1, '标志'),
          body('包装储运图示标志应符合GB/T 191的规定，装卸时不得抛掷。'),
          heading(1, '贮存'),
          body('产品应贮存在干燥的库房内。'),
          heading(0, '质量承诺'),
          numbered(1, '制造商应免费维修。'),
          numbered(1, '制造商应在24 h内响应。'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
};

describe('readDraftDocx', () => {
  it('writes Word’s automatic numbers out as clause numbers and finds what was planted', async () => {
    const draft = await readDraftDocx(await draftDocx());
    expect(draft.source).toBe('docx');
    expect(draft.pages).toBe(3);
    expect(draft.code).toBe('T/ZZB 2311—2026');
    expect(draft.clauses.map((clause) => clause.number)).toEqual(['1', '2', '3', '4', '4.1', '4.2', '5', '5.1', '5.1.1', '5.2', '6', '6.1', '6.2', '7', '7.1', '7.2']);
    expect(draft.clauses.find((clause) => clause.number === '5.1.1')).toMatchObject({ text: '外壳表面应平整光洁。', page: 3 });
    expect(draft.tables[0]).toMatchObject({ number: '1', title: '性能指标', clause: '5.2', rows: [['序号', '项目', '单位', '指标'], ['1', '空载转速偏差', '%', '≤5']] });

    const findings = checkDraft(draft);
    expect(findings.map((finding) => `${finding.rule} ${finding.clause ?? ''}`)).toEqual(['numbering.lone-subclause 5.1', 'paragraph.hanging 5', 'wording.modal-verb 6.1']);
  });

  it('says in Chinese when the file is no DOCX', async () => {
    await expect(readDraftDocx(new Uint8Array([1, 2, 3]))).rejects.toThrow(/送审稿不是有效的 DOCX 文件/u);
    await expect(readDraftDocx(zipSync({ 'a.txt': strToU8('x') }))).rejects.toThrow('缺少 word/document.xml');
  });
});

describe('readExplanatoryNote (DOCX)', () => {
  it('reads the benchmarking table’s name, unit and this document’s value', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph('三、主要技术指标对标分析'),
            new Paragraph('表1　主要技术指标对比'),
            new Table({ rows: [row(['序号', '指标', '单位', '本标准', '国家标准']), row(['1', '空载转速偏差', '%', '≤5', '≤10']), row(['2', '最大扭矩', 'N·m', '≥60', '≥40'])] }),
          ],
        },
      ],
    });
    const note = await readExplanatoryNote(new Uint8Array(await Packer.toBuffer(document)), 'docx');
    expect(note.indicators).toEqual([
      { name: '空载转速偏差', unit: '%', value: '≤5', page: 1 },
      { name: '最大扭矩', unit: 'N·m', value: '≥60', page: 1 },
    ]);
  });
});
