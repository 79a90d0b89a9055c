import type { BuiltinRubric } from '../model/rubric.js';

/** 浙江制造标准技术审评 (DESIGN.md section 2): five criteria, 100 points. */
export const zzbTechnicalRubric: BuiltinRubric = {
  id: 'zzb-technical',
  version: 1,
  name: { zh: '浙江制造标准技术审评评分表', en: 'Made in Zhejiang standard technical review' },
  reviewType: 'technical',
  scoresRequired: true,
  vetoOutcome: 'fail',
  criteria: [
    {
      id: 'compliance',
      name: { zh: '合规性', en: 'Compliance' },
      maxPoints: 20,
      guidance:
        '标准内容应符合国家法律法规、强制性国家标准和产业政策，与现行相关标准协调一致；文本结构和起草规则应符合 GB/T 1.1—2020。与强制性标准相抵触的，可行使否决并写明理由。',
      checkpoints: [
        '技术要求不低于相关强制性国家标准，无相抵触的条款',
        '符合国家及本省产业政策，不含限制竞争或指定特定产品、企业的内容',
        '前言说明按照 GB/T 1.1—2020 起草，并列明起草单位、起草人和归口单位',
        '范围、规范性引用文件、术语和定义等要素齐全，引导语使用规范表述',
        '能愿动词使用“应/不应、宜/不宜、可/不必”，不使用“不得”',
        '条款编号连续，无悬置段，规范性引用文件版本现行有效',
      ],
      en: {
        guidance:
          'The standard must comply with national laws and regulations, mandatory national standards and industrial policy, and be consistent with the related standards in force; its structure and drafting must follow GB/T 1.1—2020. Where it conflicts with a mandatory standard, the criterion may be vetoed with the reason stated.',
        checkpoints: [
          'Technical requirements are no less stringent than the relevant mandatory national standards, and no clause conflicts with them',
          'Consistent with national and provincial industrial policy; no content that restricts competition or designates particular products or enterprises',
          'The foreword states that the standard was drafted in accordance with GB/T 1.1—2020 and names the drafting organizations, the drafters and the responsible technical committee',
          'Scope, normative references, and terms and definitions are all present, each introduced by its standard lead-in wording',
          'Requirements, recommendations and permissions use the verbal forms of GB/T 1.1 (“shall / shall not”, “should / should not”, “may / need not”) and no other form of prohibition',
          'Clause numbering is continuous, there are no hanging paragraphs, and the normatively referenced documents are current editions',
        ],
      },
      vetoable: true,
    },
    {
      id: 'necessity',
      name: { zh: '必要性', en: 'Necessity' },
      maxPoints: 15,
      guidance:
        '判断行业是否确有制定该标准的需求：能否填补空白、引领产业高质量发展，是否与已有国家标准、行业标准或已发布的浙江制造标准重复。',
      checkpoints: [
        '编制说明阐明了产业现状、市场需求和制定目的',
        '检索了现行国家、行业、团体标准及已发布的浙江制造标准，不存在重复',
        '标准对象属于本省优势或特色制造领域，具有一定的产业规模和代表性',
        '标准实施有助于提升产品质量和品牌竞争力',
      ],
      en: {
        guidance:
          'Judge whether the industry genuinely needs this standard: whether it fills a gap or leads the industry toward high-quality development, and whether it duplicates an existing national or industry standard or a published Made in Zhejiang standard.',
        checkpoints: [
          'The explanatory notes set out the state of the industry, the market need and the purpose of the standard',
          'Current national, industry and association standards and published Made in Zhejiang standards have been searched, and none is duplicated',
          'The subject belongs to a manufacturing field in which the province has an advantage or a distinctive strength, of real scale and representative of the industry',
          'Implementing the standard helps raise product quality and brand competitiveness',
        ],
      },
      vetoable: false,
    },
    {
      id: 'advancement',
      name: { zh: '先进性', en: 'Advancement' },
      maxPoints: 30,
      guidance:
        '关键技术指标应对标国际、国内先进水平，体现“国际先进、国内一流”的定位；对标分析应列出对比的标准或样品、具体指标值和数据来源。',
      checkpoints: [
        '编制说明含关键指标对标分析表，对比对象包括国家标准、国际标准及国外先进标准或领先产品',
        '核心性能指标严于国家标准和行业标准，达到国际先进或国内一流水平',
        '体现设计研发、原材料、工艺装备、检验检测等方面的先进要求',
        '质量承诺内容具体，高于行业通行做法',
        '对标数据有检测报告或公开资料支撑',
      ],
      en: {
        guidance:
          'Key technical indicators should be benchmarked against advanced international and domestic levels, in keeping with the aim of “internationally advanced, domestically first-class”; the benchmarking analysis should list the standards or samples compared, the specific values and the sources of the data.',
        checkpoints: [
          'The explanatory notes include a benchmarking table of key indicators, compared with national standards, international standards and advanced foreign standards or leading products',
          'Core performance indicators are stricter than the national and industry standards and reach an internationally advanced or domestically first-class level',
          'Advanced requirements are set for design and development, raw materials, process equipment, and inspection and testing',
          'The quality commitments are specific and go beyond common practice in the industry',
          'The benchmarking data are supported by test reports or published sources',
        ],
      },
      vetoable: false,
    },
    {
      id: 'economy',
      name: { zh: '经济性', en: 'Economy' },
      maxPoints: 15,
      guidance:
        '衡量实施标准所需的投入与带来的效益：企业改造、检测和管理成本是否合理，在行业内是否具备推广实施的现实可能。',
      checkpoints: [
        '编制说明分析了达标所需的设备、工艺或检测投入',
        '实施成本与质量提升、市场效益相匹配',
        '骨干企业之外的同行企业经努力可以达到',
        '检验项目和频次设置合理，不造成不必要的负担',
      ],
      en: {
        guidance:
          'Weigh the investment needed to implement the standard against its benefits: whether the costs of upgrading, testing and management are reasonable, and whether the standard can realistically be adopted across the industry.',
        checkpoints: [
          'The explanatory notes analyse the equipment, process or testing investment needed to comply',
          'The cost of implementation is in proportion to the gains in quality and market benefit',
          'Enterprises in the industry other than the leading ones can reach the requirements with reasonable effort',
          'Test items and test frequencies are set reasonably and impose no unnecessary burden',
        ],
      },
      vetoable: false,
    },
    {
      id: 'operability',
      name: { zh: '可操作性', en: 'Operability' },
      maxPoints: 20,
      guidance:
        '技术要求应可测量、可验证，试验方法明确且可复现，检验规则完整，并已在生产中得到实施应用验证。',
      checkpoints: [
        '每项技术要求都有对应的试验方法，指标量值和允差明确',
        '试验方法引用现行标准或给出完整步骤，所需仪器设备可获得',
        '出厂检验和型式检验的项目、抽样和判定规则完整',
        '实施应用报告提供了企业试行数据或第三方检测报告',
        '标志、包装、运输和贮存要求具体可执行',
      ],
      en: {
        guidance:
          'Technical requirements should be measurable and verifiable, with clear and reproducible test methods and complete inspection rules, and should have been validated in production.',
        checkpoints: [
          'Every technical requirement has a corresponding test method, with clear values and tolerances',
          'Test methods cite standards in force or give complete procedures, and the instruments and equipment they need are obtainable',
          'Items, sampling and acceptance rules for routine (factory) inspection and type inspection are complete',
          'The implementation report provides trial data from enterprises or third-party test reports',
          'Requirements for marking, packaging, transport and storage are specific and workable',
        ],
      },
      vetoable: false,
    },
  ],
};
