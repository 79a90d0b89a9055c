import { Document, HeadingLevel, Packer, Paragraph } from 'docx';

/** A short 编制说明 as Word: numbered headings typed into the text, as drafting groups write them. */
export const buildExplanationDocx = async (): Promise<Uint8Array> => {
  const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
  const body = (text: string) => new Paragraph({ text });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '《燃气管道用球阀》编制说明', heading: HeadingLevel.TITLE }),
          heading('1 工作简况'),
          body('本标准由浙江某某阀门股份有限公司牵头起草，2025 年 6 月立项。'),
          heading('2 标准编制原则和主要内容'),
          heading('2.1 编制原则'),
          body('按照“国际先进、国内一流”的定位，对标 EN 331 确定关键指标。'),
          heading('2.2 耐压强度指标的确定'),
          body('耐压强度试验压力取 1.5 倍公称压力，高于 GB/T 12237 的要求。'),
          heading('3 主要试验验证情况'),
          body('共抽取 12 个批次样品进行验证，全部合格。'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
};
