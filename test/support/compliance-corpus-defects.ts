import type { RuleId } from '../../shared/compliance/finding.js';
import { type Chapter, type ChapterRole, type Clause, type CorpusDraft, leaf } from './compliance-corpus-model.js';
import { emDash, entryOrder, referencesLeadIn } from './compliance-corpus-draft.js';

/**
 * A defect planted in a draft the way drafters actually slip, and where a reader expects the finding:
 * on a clause (`target`, numbered after every edit, or a label such as 'A'), on the cover or the foreword (a page in a PDF),
 * or on the draft as a whole.
 */
export type PlantedFinding = { rule: RuleId; planted: string; target?: Clause | string; on?: 'cover' | 'foreword' };

export type Defect = { id: string; apply(draft: CorpusDraft): PlantedFinding[] };

const chapter = (draft: CorpusDraft, role: ChapterRole): Chapter => {
  const found = draft.body.find((part): part is Chapter => part.kind === 'chapter' && part.role === role);
  if (found === undefined) throw new Error(`语料草案缺少章「${role}」`);
  return found;
};

const child = (parent: Clause, title: string): Clause => {
  const found = parent.children.find((item) => item.title === title);
  if (found === undefined) throw new Error(`语料草案的「${parent.title ?? ''}」下没有「${title}」`);
  return found;
};

const nth = (parent: Clause, index: number): Clause => {
  const found = parent.children[index];
  if (found === undefined) throw new Error(`语料草案的「${parent.title ?? ''}」下没有第${index + 1}条`);
  return found;
};

const removeChapter = (draft: CorpusDraft, role: ChapterRole): void => {
  draft.body = draft.body.filter((part) => part.kind !== 'chapter' || part.role !== role);
};

/** Numbers from `from` on typed `skip` higher than their position: the drafter deleted a clause and kept the rest. */
const skipNumbers = (siblings: Clause[], from: number, prefix: string, skip: number): void => {
  siblings.slice(from).forEach((item, offset) => {
    item.typedNumber = `${prefix}${from + offset + 1 + skip}`;
  });
};

/** Every paragraph of the body where `edit` changes something; the clauses it changed are returned. */
const editText = (draft: CorpusDraft, edit: (text: string) => string): Clause[] => {
  const changed: Clause[] = [];
  const walk = (item: Clause) => {
    const before = item.text.join('\n');
    item.text = item.text.map(edit);
    if (item.text.join('\n') !== before) changed.push(item);
    item.children.forEach(walk);
  };
  for (const part of draft.body) (part.kind === 'chapter' ? [part] : part.clauses).forEach(walk);
  return changed;
};

const listed = (draft: CorpusDraft): Clause => chapter(draft, 'references');

/** Replaces text in one clause, failing loudly where the subject's wording gives the slip no place. */
const rewrite = (target: Clause, edit: (text: string) => string): void => {
  const before = target.text.join('\n');
  target.text = target.text.map(edit);
  if (target.text.join('\n') === before) throw new Error(`语料缺陷无处可植入：「${before}」`);
};

/** A limit written as a drafter would, without float noise (0.6, not 0.6000000000000001). */
const figure = (value: number): string => String(Number(value.toFixed(4)));

/** The reference list with one more entry, kept in the list's order. */
const addEntry = (list: Clause, entry: string): void => {
  const [leadIn = '', ...entries] = list.text;
  list.text = [leadIn, ...[...entries, entry].sort(entryOrder)];
};

const codeWithDash = (draft: CorpusDraft, dash: string): void => {
  draft.code = draft.code.replace(emDash, dash);
};

/** Each rule's realistic slips, keyed so a case names the one it plants. */
export const defects = {
  modalMust: {
    id: 'modal-must',
    apply: (draft) => {
      const target = nth(child(chapter(draft, 'technical'), '外观'), 0);
      rewrite(target, (text) => text.replace(/(?<!不)应/u, '必须'));
      return [{ rule: 'wording.modal-verb', planted: '外观要求中用了「必须」', target }];
    },
  },
  modalMayNot: {
    id: 'modal-may-not',
    apply: (draft) => {
      const target = child(chapter(draft, 'marking'), '运输');
      target.text = target.text.map((text) => `${text}装卸时不得抛掷。`);
      return [{ rule: 'wording.modal-verb', planted: '运输条款中用了「不得」', target }];
    },
  },
  modalStrictly: {
    id: 'modal-strictly',
    apply: (draft) => {
      const target = child(chapter(draft, 'methods'), '试验条件');
      target.text = [...target.text, '试验过程中严禁带电调整试样。'];
      return [{ rule: 'wording.modal-verb', planted: '试验条件中用了「严禁」', target }];
    },
  },
  loneAppearance: {
    id: 'lone-appearance',
    apply: (draft) => {
      const target = child(chapter(draft, 'technical'), '外观');
      target.children = target.children.slice(0, 1);
      return [{ rule: 'numbering.lone-subclause', planted: '外观条下只剩一个下级条', target }];
    },
  },
  loneFactoryInspection: {
    id: 'lone-factory-inspection',
    apply: (draft) => {
      const target = child(chapter(draft, 'inspection'), '出厂检验');
      const [first, second] = target.children;
      if (first === undefined || second === undefined) throw new Error('出厂检验应有两条');
      target.children = [{ ...second, text: [`${first.text.join('')}${second.text.join('')}`] }];
      return [{ rule: 'numbering.lone-subclause', planted: '出厂检验的两条合并后只剩一个下级条', target }];
    },
  },
  loneTesting: {
    id: 'lone-testing',
    apply: (draft) => {
      const target = child(chapter(draft, 'basic'), '检验检测');
      target.children = [leaf(target.text.join(''))];
      target.text = [];
      return [{ rule: 'numbering.lone-subclause', planted: '检验检测条下设了唯一的下级条', target }];
    },
  },
  hangingTechnical: {
    id: 'hanging-technical',
    apply: (draft) => {
      const target = chapter(draft, 'technical');
      target.text = ['产品应符合本章的要求，并按经规定程序批准的图样和技术文件制造。'];
      return [{ rule: 'paragraph.hanging', planted: '技术要求章标题与5.1之间有悬置段', target }];
    },
  },
  hangingTypeTest: {
    id: 'hanging-type-test',
    apply: (draft) => {
      const target = child(chapter(draft, 'inspection'), '型式检验');
      target.text = ['型式检验项目为本文件规定的全部项目。'];
      return [{ rule: 'paragraph.hanging', planted: '型式检验条标题与其第一个下级条之间有悬置段', target }];
    },
  },
  hangingMethods: {
    id: 'hanging-methods',
    apply: (draft) => {
      const target = chapter(draft, 'methods');
      target.text = ['试验用仪器设备应经计量检定或校准合格，并在有效期内。'];
      return [{ rule: 'paragraph.hanging', planted: '试验方法章标题与6.1之间有悬置段', target }];
    },
  },
  gapTechnical: {
    id: 'gap-technical',
    apply: (draft) => {
      draft.automaticNumbering = false;
      const technical = chapter(draft, 'technical');
      skipNumbers(technical.children, 2, '5.', 1);
      return [{ rule: 'numbering.gap', planted: '删去5.3后保留了原编号，5.2之后为5.4', target: nth(technical, 2) }];
    },
  },
  gapMethods: {
    id: 'gap-methods',
    apply: (draft) => {
      draft.automaticNumbering = false;
      const performance = child(chapter(draft, 'methods'), '性能');
      skipNumbers(performance.children, 2, '6.3.', 1);
      return [{ rule: 'numbering.gap', planted: '试验方法6.3.2之后为6.3.4', target: nth(performance, 2) }];
    },
  },
  gapChapters: {
    id: 'gap-chapters',
    apply: (draft) => {
      draft.automaticNumbering = false;
      const chapters = draft.body.filter((part): part is Chapter => part.kind === 'chapter');
      const from = chapters.findIndex((part) => part.role === 'marking');
      skipNumbers(chapters, from, '', 1);
      return [{ rule: 'numbering.gap', planted: '第7章之后为第9章', target: chapter(draft, 'marking') }];
    },
  },
  annexBeforeTechnical: {
    id: 'annex-before-technical',
    apply: (draft) => {
      const annex = draft.body.find((part) => part.kind === 'annex');
      if (annex === undefined) throw new Error('语料草案缺少附录');
      const rest = draft.body.filter((part) => part !== annex);
      const at = rest.findIndex((part) => part.kind === 'chapter' && part.role === 'technical');
      draft.body = [...rest.slice(0, at), annex, ...rest.slice(at)];
      return [{ rule: 'structure.element-order', planted: '附录A放在了技术要求之前', target: 'A' }];
    },
  },
  termsBeforeReferences: {
    id: 'terms-before-references',
    apply: (draft) => {
      const references = chapter(draft, 'references');
      const terms = chapter(draft, 'terms');
      draft.body = draft.body.map((part) => (part === references ? terms : part === terms ? references : part));
      return [{ rule: 'structure.element-order', planted: '术语和定义为第2章，规范性引用文件排在其后为第3章', target: references }];
    },
  },
  forewordBeforeContents: {
    id: 'foreword-before-contents',
    apply: (draft) => {
      draft.contentsFirst = false;
      return [{ rule: 'structure.element-order', planted: '前言排在目次之前' }];
    },
  },
  missingTerms: {
    id: 'missing-terms',
    apply: (draft) => {
      removeChapter(draft, 'terms');
      return [{ rule: 'structure.missing-element', planted: '没有需要界定的术语时删去了整个术语和定义章' }];
    },
  },
  missingScope: {
    id: 'missing-scope',
    apply: (draft) => {
      const scope = chapter(draft, 'scope');
      draft.foreword = [...draft.foreword.slice(0, 1), ...scope.text, ...draft.foreword.slice(1)];
      removeChapter(draft, 'scope');
      return [{ rule: 'structure.missing-element', planted: '范围的内容写进了前言，正文没有范围一章' }];
    },
  },
  forewordOldEdition: {
    id: 'foreword-old-edition',
    apply: (draft) => {
      draft.foreword[0] = '本文件按照GB/T 1.1—2009《标准化工作导则　第1部分：标准的结构和编写》给出的规则起草。';
      return [{ rule: 'foreword.statement', planted: '前言仍引用GB/T 1.1—2009的说法', on: 'foreword' }];
    },
  },
  forewordThisStandard: {
    id: 'foreword-this-standard',
    apply: (draft) => {
      draft.foreword[0] = (draft.foreword[0] ?? '').replace('本文件', '本标准');
      return [{ rule: 'foreword.statement', planted: '前言起草规则说明写成「本标准按照……」', on: 'foreword' }];
    },
  },
  forewordMissing: {
    id: 'foreword-missing',
    apply: (draft) => {
      draft.foreword = draft.foreword.slice(1);
      return [{ rule: 'foreword.statement', planted: '前言缺少起草规则说明', on: 'foreword' }];
    },
  },
  leadInOldEdition: {
    id: 'lead-in-old-edition',
    apply: (draft) => {
      const target = listed(draft);
      target.text[0] = '下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。凡是不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。';
      return [{ rule: 'references.lead-in', planted: '引导语沿用GB/T 1.1—2009的写法', target }];
    },
  },
  leadInNoAmendments: {
    id: 'lead-in-no-amendments',
    apply: (draft) => {
      const target = listed(draft);
      target.text[0] = referencesLeadIn.replace('（包括所有的修改单）', '');
      return [{ rule: 'references.lead-in', planted: '引导语漏了「（包括所有的修改单）」', target }];
    },
  },
  leadInThisStandard: {
    id: 'lead-in-this-standard',
    apply: (draft) => {
      const target = listed(draft);
      target.text[0] = referencesLeadIn.replaceAll('本文件', '本标准');
      return [{ rule: 'references.lead-in', planted: '引导语中的「本文件」写成「本标准」', target }];
    },
  },
  unusedPackagingMark: {
    id: 'unused-gbt-191',
    apply: (draft) => {
      const changed = editText(draft, (text) => text.replace('包装储运图示标志应符合GB/T 191的规定。', '包装箱外应印有“小心轻放”“怕湿”“向上”等包装储运图示标志。'));
      if (changed.length === 0) throw new Error('语料草案没有引用GB/T 191');
      return [{ rule: 'references.unused', planted: '列出了GB/T 191，正文改写后不再引用', target: listed(draft) }];
    },
  },
  unusedCopiedEntry: {
    id: 'unused-copied-entry',
    apply: (draft) => {
      const target = listed(draft);
      addEntry(target, 'GB/T 13384　机电产品包装通用技术条件');
      return [{ rule: 'references.unused', planted: '从别的标准抄来的GB/T 13384列入了清单，正文未引用', target }];
    },
  },
  unlistedSampling: {
    id: 'unlisted-gbt-2828',
    apply: (draft) => {
      const list = listed(draft);
      list.text = list.text.filter((entry) => !entry.startsWith('GB/T 2828.1'));
      const target = nth(child(chapter(draft, 'inspection'), '型式检验'), 1);
      return [{ rule: 'references.unlisted', planted: '型式检验引用了GB/T 2828.1，清单中没有', target }];
    },
  },
  unlistedShippingMark: {
    id: 'unlisted-gbt-6388',
    apply: (draft) => {
      const target = child(chapter(draft, 'marking'), '包装');
      target.text = [...target.text, '运输包装收发货标志应符合GB/T 6388的规定。'];
      return [{ rule: 'references.unlisted', planted: '包装条引用了GB/T 6388，清单中没有', target }];
    },
  },
  datedInListOnly: {
    id: 'dated-in-list-only',
    apply: (draft) => {
      const target = nth(child(chapter(draft, 'methods'), '性能'), 0);
      const match = /([A-Z/]+ [\d.]+)—\d{4}/u.exec(target.text.join(''));
      if (match === null) throw new Error('第一项性能的试验方法没有注日期引用');
      rewrite(target, (text) => text.replace(match[0], match[1] ?? ''));
      return [{ rule: 'references.dated-mismatch', planted: `清单中${match[0]}注日期，条文中引用不注日期`, target }];
    },
  },
  datedInTextOnly: {
    id: 'dated-in-text-only',
    apply: (draft) => {
      const [target] = editText(draft, (text) => text.replace('GB/T 191的规定', 'GB/T 191—2008的规定'));
      if (target === undefined) throw new Error('语料草案没有引用GB/T 191');
      return [{ rule: 'references.dated-mismatch', planted: '清单中GB/T 191不注日期，条文中写成GB/T 191—2008', target }];
    },
  },
  codeHyphen: {
    id: 'code-hyphen',
    apply: (draft) => {
      codeWithDash(draft, '-');
      return [{ rule: 'zzb.code-format', planted: '标准编号中的一字线打成了连字符', on: 'cover' }];
    },
  },
  codeEnDash: {
    id: 'code-en-dash',
    apply: (draft) => {
      codeWithDash(draft, '–');
      return [{ rule: 'zzb.code-format', planted: '标准编号中的一字线打成了半字线', on: 'cover' }];
    },
  },
  missingCommitment: {
    id: 'missing-commitment',
    apply: (draft) => {
      removeChapter(draft, 'commitment');
      return [{ rule: 'zzb.required-chapter', planted: '没有质量承诺章' }];
    },
  },
  missingBasic: {
    id: 'missing-basic',
    apply: (draft) => {
      removeChapter(draft, 'basic');
      return [{ rule: 'zzb.required-chapter', planted: '没有基本要求章' }];
    },
  },
  indicatorDraftLooser: {
    id: 'indicator-draft-looser',
    apply: (draft) => {
      const performance = child(chapter(draft, 'technical'), '性能');
      const row = draft.note.benchmark[0];
      if (row === undefined) throw new Error('编制说明没有对比表');
      const value = row.draft.slice(1);
      const looser = figure(row.draft.startsWith('≤') ? Number(value) * 2 : Number(value) / 2);
      const planted = `技术要求中首项指标写成${row.draft.slice(0, 1)}${looser}，编制说明对比表为${row.draft}`;
      const table = performance.table;
      if (table !== undefined) {
        table.rows = table.rows.map((cells, index) => (index === 0 ? cells.map((cell, column) => (column === cells.length - 1 ? cell.replace(value, looser) : cell)) : cells));
        return [{ rule: 'zzb.indicator-mismatch', planted, target: performance }];
      }
      const target = nth(performance, 0);
      rewrite(target, (text) => text.replace(value, looser));
      return [{ rule: 'zzb.indicator-mismatch', planted, target }];
    },
  },
  indicatorNoteStricter: {
    id: 'indicator-note-stricter',
    apply: (draft) => {
      const performance = child(chapter(draft, 'technical'), '性能');
      const row = draft.note.benchmark[0];
      if (row === undefined) throw new Error('编制说明没有对比表');
      const value = Number(row.draft.slice(1));
      const before = row.draft;
      row.draft = `${row.draft.slice(0, 1)}${figure(row.draft.startsWith('≤') ? value * 0.6 : value * 1.2)}`;
      const target = performance.table === undefined ? nth(performance, 0) : performance;
      return [{ rule: 'zzb.indicator-mismatch', planted: `编制说明对比表首项写成${row.draft}，技术要求为${before}`, target }];
    },
  },
  modalMustCommitment: {
    id: 'modal-must-commitment',
    apply: (draft) => {
      const target = nth(chapter(draft, 'commitment'), 2);
      rewrite(target, (text) => text.replace('制造商应', '制造商必须'));
      return [{ rule: 'wording.modal-verb', planted: '质量承诺中写成「制造商必须……」', target }];
    },
  },
  leadInMissing: {
    id: 'lead-in-missing',
    apply: (draft) => {
      const target = listed(draft);
      target.text = target.text.slice(1);
      return [{ rule: 'references.lead-in', planted: '规范性引用文件一章直接列出文件，没有引导语', target }];
    },
  },
  codeFullwidthHyphen: {
    id: 'code-fullwidth-hyphen',
    apply: (draft) => {
      codeWithDash(draft, '－');
      return [{ rule: 'zzb.code-format', planted: '标准编号中的一字线用中文输入法打成了全角连字符「－」', on: 'cover' }];
    },
  },
  unlistedInAnnex: {
    id: 'unlisted-in-annex',
    apply: (draft) => {
      const annex = draft.body.find((part) => part.kind === 'annex');
      const target = annex?.clauses[0];
      if (target === undefined) throw new Error('语料草案缺少附录');
      target.text = target.text.map((text) => `${text}产品使用说明书的编写应符合GB/T 9969的规定。`);
      return [{ rule: 'references.unlisted', planted: '附录中引用了GB/T 9969，清单中没有', target }];
    },
  },
  hangingBasic: {
    id: 'hanging-basic',
    apply: (draft) => {
      const target = child(chapter(draft, 'basic'), '原材料');
      target.children = [leaf(target.text.join('')), leaf('原材料进厂应按批次检验，检验记录保存不少于3年。')];
      target.text = ['原材料的采购和检验应符合下列要求。'];
      return [{ rule: 'paragraph.hanging', planted: '原材料条标题下先写了一段引导语，再分4.2.1、4.2.2', target }];
    },
  },
} satisfies Record<string, Defect>;
