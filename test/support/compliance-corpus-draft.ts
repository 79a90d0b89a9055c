import { type Chapter, type Clause, type CorpusDraft, type DraftTable, type ExplanatoryNote, type Presentation, clause, gap, leaf } from './compliance-corpus-model.js';
import type { Indicator, Reference, Subject } from './compliance-corpus-subjects.js';

/** The drafting-rules sentence GB/T 1.1-2020 asks every foreword to carry, word for word. */
const forewordStatement = '本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。';

/** The exact lead-in of 规范性引用文件 (GB/T 1.1-2020, 8.5.3). */
export const referencesLeadIn =
  '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。';

export const emDash = '—';

const referenceLabel = (reference: Reference): string =>
  reference.year === undefined ? reference.code : `${reference.code}${emDash}${reference.year}`;

const referenceEntry = (reference: Reference): string => `${referenceLabel(reference)}${gap}${reference.title}`;

/** Prints each 〔code〕 citation dated or undated as the reference list has it. */
const cite = (text: string, references: readonly Reference[]): string =>
  text.replace(/〔([^〕]+)〕/gu, (_, code: string) => {
    const reference = references.find((entry) => entry.code === code);
    if (reference === undefined) throw new Error(`语料主题引用了未列出的文件 ${code}`);
    return referenceLabel(reference);
  });

const limitText = (indicator: Indicator, value = indicator.value): string => `${indicator.op}${value}`;

const requirementSentence = (indicator: Indicator): string =>
  `${indicator.name}应${indicator.op === '≤' ? '不大于' : '不小于'}${indicator.value}${indicator.unit === '%' || indicator.unit === '级' || indicator.unit === '次' ? '' : ' '}${indicator.unit}。`;

const technicalChapter = (subject: Subject): Chapter => {
  const appearance = clause('外观', [], subject.appearance.map(leaf));
  const performance =
    subject.indicatorStyle === 'table'
      ? clause('性能', ['性能指标应符合表1的规定。'], [], {
          caption: '表1　性能指标',
          columns: ['序号', '项目', '单位', '指标'],
          rows: subject.indicators.map((indicator, index) => [String(index + 1), indicator.name, indicator.unit, limitText(indicator)]),
        })
      : clause(
          '性能',
          [],
          subject.indicators.map((indicator) => clause(indicator.name, [requirementSentence(indicator)])),
        );
  const safety = clause(subject.safety.title, [subject.safety.text]);
  return { kind: 'chapter', role: 'technical', title: '技术要求', text: [], children: [appearance, performance, safety] };
};

const methodsChapter = (subject: Subject): Chapter => ({
  kind: 'chapter',
  role: 'methods',
  title: '试验方法',
  text: [],
  children: [
    clause('试验条件', ['除另有规定外，试验应在温度为(23±5)℃、相对湿度为45 %～75 %的环境中进行。', '注：试验时的实际温度和相对湿度记入试验报告。']),
    clause('外观', ['在自然光或照度不低于300 lx的光源下，距被测表面约0.5 m目测检查。']),
    clause(
      '性能',
      [],
      subject.indicators.map((indicator) => clause(indicator.name, [indicator.method])),
    ),
    clause(subject.safety.title, [subject.safety.method]),
  ],
});

const inspectionTable = (subject: Subject, tableNumber: number): DraftTable => {
  const items = [
    ['外观', '5.1', '6.2', '√', '√'],
    ...subject.indicators.map((indicator, index) => [indicator.name, `5.2`, `6.3.${index + 1}`, index === 0 ? '√' : '—', '√']),
    [subject.safety.title, '5.3', '6.4', '—', '√'],
  ];
  return {
    caption: `表${tableNumber}${gap}检验项目`,
    columns: ['序号', '检验项目', '要求', '试验方法', '出厂检验', '型式检验'],
    rows: items.map((row, index) => [String(index + 1), ...row]),
  };
};

const inspectionChapter = (subject: Subject): Chapter => {
  const tableNumber = subject.indicatorStyle === 'table' ? 2 : 1;
  return {
    kind: 'chapter',
    role: 'inspection',
    title: '检验规则',
    text: [],
    children: [
      clause('检验分类', ['产品检验分为出厂检验和型式检验。']),
      clause('出厂检验', [], [leaf('每批产品应经制造商质量检验部门检验合格，并附有产品合格证方可出厂。'), clause(undefined, [`出厂检验项目见表${tableNumber}。`], [], inspectionTable(subject, tableNumber))]),
      clause('型式检验', [], [
        {
          text: ['有下列情况之一时，应进行型式检验：', 'a)　新产品试制定型鉴定时；', 'b)　正式生产后，结构、材料、工艺有较大改变，可能影响产品性能时；', 'c)　正常生产时，每年至少进行一次；', 'd)　出厂检验结果与上次型式检验有较大差异时。'],
          children: [],
        },
        leaf('型式检验的样品应从出厂检验合格的产品中随机抽取，抽样方案按〔GB/T 2828.1〕中一般检验水平Ⅱ、正常检验一次抽样方案进行。'),
      ]),
      clause('判定规则', [
        '检验项目全部合格时，判该批产品合格；有不合格项时，可在同批产品中加倍抽样复验，复验仍不合格的，判该批产品不合格。',
        '5.3规定的项目出现不合格时，判该批产品不合格，不进行复验。',
      ]),
    ],
  };
};

const commitmentChapter = (subject: Subject): Chapter => ({
  kind: 'chapter',
  role: 'commitment',
  title: '质量承诺',
  text: [],
  children: [
    leaf(`产品自销售之日起${subject.warrantyYears}年内，在正常使用条件下因制造质量问题出现故障的，制造商应免费维修或更换。`),
    leaf('制造商应在接到用户质量问题反馈后24 h内响应，省内用户48 h内提供现场服务。'),
    leaf('制造商应建立产品质量追溯体系，保存生产和检验记录不少于3年。'),
  ],
});

const explanatoryNote = (subject: Subject): ExplanatoryNote => ({
  title: `《${subject.product}》团体标准编制说明`,
  sections: [
    {
      title: '一、工作简况',
      paragraphs: [
        `根据浙江省品牌建设联合会下达的浙江制造标准制订计划，由${subject.drafters[0]}牵头起草《${subject.product}》团体标准。`,
        `起草组由${subject.drafters.join('、')}等单位组成，经调研、试验验证和征求意见，形成本送审稿。`,
      ],
    },
    {
      title: '二、标准编制原则和主要内容',
      paragraphs: ['本标准按照“国际先进、国内一流”的定位，在对标国内外先进标准的基础上，提高了主要性能指标，增加了基本要求和质量承诺。'],
    },
    {
      title: '三、主要技术指标对标分析',
      paragraphs: [`本标准与${subject.nationalStandard}和${subject.internationalStandard}的主要技术指标对比见表1。`],
    },
    { title: '四、与现行法律法规和强制性国家标准的关系', paragraphs: ['本标准与现行法律法规和强制性国家标准协调一致，无冲突。'] },
    { title: '五、重大分歧意见的处理经过和依据', paragraphs: ['无。'] },
  ],
  benchmark: subject.indicators.map((indicator) => ({
    indicator: `${indicator.name}（${indicator.unit}）`,
    draft: limitText(indicator),
    national: indicator.national,
    international: indicator.international,
    conclusion: indicator.national === limitText(indicator) ? '相当' : '优于国家标准',
  })),
});

/** A well-formed draft for `subject`: every element in place, every reference listed and cited alike. */
export const cleanDraft = (subject: Subject, options: { automaticNumbering: boolean; presentation: Presentation }): CorpusDraft => {
  const refs = subject.references;
  const chapters: Chapter[] = [
    {
      kind: 'chapter',
      role: 'scope',
      title: '范围',
      text: [
        `本文件规定了${subject.product}的${subject.terms.length === 0 ? '' : '术语和定义、'}基本要求、技术要求、试验方法、检验规则、标志、包装、运输和贮存及质量承诺。`,
        `本文件适用于${subject.applicability}的设计、生产和检验。`,
      ],
      children: [],
    },
    { kind: 'chapter', role: 'references', title: '规范性引用文件', text: [referencesLeadIn, ...refs.map(referenceEntry).sort(entryOrder)], children: [] },
    {
      kind: 'chapter',
      role: 'terms',
      title: '术语和定义',
      text: [subject.terms.length === 0 ? '本文件没有需要界定的术语和定义。' : '下列术语和定义适用于本文件。'],
      children: subject.terms.map((term) => clause(`${term.term}${gap}${term.english}`, [term.definition])),
    },
    {
      kind: 'chapter',
      role: 'basic',
      title: '基本要求',
      text: [],
      children: [
        clause('设计研发', [subject.basic.design]),
        clause('原材料', [subject.basic.materials]),
        clause('工艺装备', [subject.basic.equipment]),
        clause('检验检测', [subject.basic.testing]),
      ],
    },
    technicalChapter(subject),
    methodsChapter(subject),
    inspectionChapter(subject),
    {
      kind: 'chapter',
      role: 'marking',
      title: '标志、包装、运输和贮存',
      text: [],
      children: [
        clause('标志', [], subject.marking.map(leaf)),
        clause('包装', [subject.packaging]),
        clause('运输', [subject.transport]),
        clause('贮存', [subject.storage]),
      ],
    },
    commitmentChapter(subject),
  ];
  const draft: CorpusDraft = {
    code: `T/ZZB ${subject.codeNumber}${emDash}2026`,
    title: subject.product,
    englishTitle: subject.englishTitle,
    ics: subject.ics,
    ccs: subject.ccs,
    contentsFirst: true,
    foreword: [
      forewordStatement,
      '请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。',
      '本文件由浙江省品牌建设联合会提出并归口。',
      `本文件由${subject.leadOrganisation}牵头组织制定。`,
      `本文件主要起草单位：${subject.drafters.join('、')}。`,
      `本文件主要起草人：${subject.people}。`,
    ],
    body: [
      ...chapters,
      { kind: 'annex', letter: 'A', status: '资料性', title: subject.annex.title, clauses: subject.annex.items.map(leaf) },
    ],
    bibliography: subject.bibliography,
    automaticNumbering: options.automaticNumbering,
    presentation: options.presentation,
    note: explanatoryNote(subject),
  };
  return mapText(draft, (text) => cite(text, refs));
};

/** Reference-list entries in the order a list is printed: GB before GB/T, then by number. */
export const entryOrder = (a: string, b: string): number => {
  const kind = (entry: string) => (entry.startsWith('GB/T') ? 1 : 0);
  const number = (entry: string) => Number.parseFloat(entry.replace(/^[A-Z/ ]+/u, ''));
  return kind(a) - kind(b) || number(a) - number(b);
};

/** The draft with `edit` applied to every paragraph and table cell of its body. */
const mapText = (draft: CorpusDraft, edit: (text: string) => string): CorpusDraft => {
  const mapClause = <T extends Clause>(item: T): T => ({
    ...item,
    text: item.text.map(edit),
    children: item.children.map(mapClause),
    ...(item.table === undefined ? {} : { table: { ...item.table, rows: item.table.rows.map((row) => row.map(edit)) } }),
  });
  return {
    ...draft,
    body: draft.body.map((part) => (part.kind === 'chapter' ? mapClause(part) : { ...part, clauses: part.clauses.map(mapClause) })),
  };
};
