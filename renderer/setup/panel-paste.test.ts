import { describe, expect, it } from 'vitest';
import { parsePastedPanel } from './panel-paste.js';

describe('parsePastedPanel', () => {
  it('reads tab-separated rows in the order 姓名, 单位, 职称, 角色 and maps the roles', () => {
    const pasted = '张明\t浙江省标准化研究院\t教授级高级工程师\t组长\n李华\t浙江大学\t教授\t副组长\n王芳\t浙江省质量科学研究院\t高级工程师\t成员\n';
    expect(parsePastedPanel(pasted)).toEqual({
      headerSkipped: false,
      problems: [],
      rows: [
        { line: 1, name: '张明', organization: '浙江省标准化研究院', title: '教授级高级工程师', role: 'chair' },
        { line: 2, name: '李华', organization: '浙江大学', title: '教授', role: 'vice-chair' },
        { line: 3, name: '王芳', organization: '浙江省质量科学研究院', title: '高级工程师', role: 'member' },
      ],
    });
  });

  it('skips a header row, blank lines and CRLF line ends, and strips full-width padding', () => {
    const pasted = '姓名\t单位\t职称\t角色\r\n\r\n王　伟\t\u3000杭州市质量技术监督检测院 \t高级工程师\t组　长\r\n  \t \r\n赵强\t宁波某某电器有限公司\t工程师\t\r\n';
    const parsed = parsePastedPanel(pasted);
    expect(parsed.headerSkipped).toBe(true);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toEqual([
      { line: 3, name: '王伟', organization: '杭州市质量技术监督检测院', title: '高级工程师', role: 'chair' },
      { line: 5, name: '赵强', organization: '宁波某某电器有限公司', title: '工程师', role: 'member' },
    ]);
  });

  it('follows the columns a header names, ignoring a 序号 column', () => {
    const pasted = '序号\t专家姓名\t职称\t工作单位\t组内职务\n1\t陈静\t研究员\t浙江省计量科学研究院\t组长\n2\t周敏\t高级工程师\t浙江方圆检测集团\t组员';
    expect(parsePastedPanel(pasted).rows).toEqual([
      { line: 2, name: '陈静', organization: '浙江省计量科学研究院', title: '研究员', role: 'chair' },
      { line: 3, name: '周敏', organization: '浙江方圆检测集团', title: '高级工程师', role: 'member' },
    ]);
  });

  it('drops a leading row number when there is no header', () => {
    expect(parsePastedPanel('1\t陈静\t浙江省计量科学研究院\t研究员\t组长').rows).toEqual([
      { line: 1, name: '陈静', organization: '浙江省计量科学研究院', title: '研究员', role: 'chair' },
    ]);
  });

  it('reads a cell Excel quoted because it holds a line break, and counts lines past it', () => {
    const pasted = '张明\t"浙江省标准化研究院\n（浙江省WTO/TBT通报咨询研究中心）"\t研究员\t组长\n李华\t浙江大学\t教授\t成员';
    const parsed = parsePastedPanel(pasted);
    expect(parsed.rows.map(({ line, organization }) => ({ line, organization }))).toEqual([
      { line: 1, organization: '浙江省标准化研究院 （浙江省WTO/TBT通报咨询研究中心）' },
      { line: 3, organization: '浙江大学' },
    ]);
  });

  it('keeps a quote that only starts the text', () => {
    expect(parsePastedPanel('张明\t"浙江制造"促进会\t研究员\t组长').rows[0]?.organization).toBe('"浙江制造"促进会');
  });

  it('splits a line without tabs on runs of spaces', () => {
    expect(parsePastedPanel('李华  浙江大学  教授  副组长').rows).toEqual([
      { line: 1, name: '李华', organization: '浙江大学', title: '教授', role: 'vice-chair' },
    ]);
  });

  it('reports a row without a name and a role it does not know, by line', () => {
    const parsed = parsePastedPanel('\t浙江大学\t教授\t成员\n周敏\t浙江方圆检测集团\t高级工程师\t顾问');
    expect(parsed.problems).toEqual([
      { line: 1, kind: 'missing-name' },
      { line: 2, kind: 'unknown-role', value: '顾问' },
    ]);
    expect(parsed.rows).toEqual([{ line: 2, name: '周敏', organization: '浙江方圆检测集团', title: '高级工程师', role: 'member' }]);
  });

  it('reads nothing from blank text', () => {
    expect(parsePastedPanel(' \r\n\t\n')).toEqual({ rows: [], problems: [], headerSkipped: false });
  });
});
