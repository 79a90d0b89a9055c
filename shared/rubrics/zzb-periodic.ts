import type { BuiltinRubric } from '../model/rubric.js';

/** 浙江制造标准复审: outcome 继续有效 / 修订 / 废止; scoring is optional. */
export const zzbPeriodicRubric: BuiltinRubric = {
  id: 'zzb-periodic',
  version: 1,
  name: { zh: '浙江制造标准复审意见表', en: 'Made in Zhejiang standard periodic review' },
  reviewType: 'periodic',
  scoresRequired: false,
  vetoOutcome: 'revise',
  criteria: [
    {
      id: 'compliance',
      name: { zh: '合规性', en: 'Compliance' },
      maxPoints: 25,
      guidance:
        '标准发布后，相关法律法规、强制性标准和产业政策是否有变化，标准内容是否仍与之协调；已相抵触的，可行使否决并写明理由。',
      checkpoints: [
        '引用的强制性标准和规范性引用文件仍现行有效',
        '技术要求与新发布的强制性国家标准不相抵触',
        '符合现行产业政策',
      ],
      en: {
        guidance:
          'Whether laws and regulations, mandatory standards or industrial policy have changed since publication, and whether the standard remains consistent with them; where it now conflicts with them, the criterion may be vetoed with the reason stated.',
        checkpoints: [
          'The mandatory standards and normatively referenced documents it cites are still in force',
          'The technical requirements do not conflict with newly published mandatory national standards',
          'The standard is consistent with current industrial policy',
        ],
      },
      vetoable: true,
    },
    {
      id: 'applicability',
      name: { zh: '适用性', en: 'Applicability' },
      maxPoints: 25,
      guidance: '标准的范围、产品分类和技术要求是否仍适合当前的产品、工艺和市场，是否仍被企业采用。',
      checkpoints: [
        '标准范围覆盖的产品仍在生产和销售',
        '产品分类、规格与当前市场一致',
        '有企业依据本标准生产或取得品字标认证',
      ],
      en: {
        guidance:
          'Whether the scope, product classification and technical requirements still suit current products, processes and markets, and whether enterprises still apply the standard.',
        checkpoints: [
          'The products within the scope are still manufactured and sold',
          'Product classes and specifications match the current market',
          'Enterprises manufacture to this standard or have obtained “Zhejiang Made” mark certification against it',
        ],
      },
      vetoable: false,
    },
    {
      id: 'advancement',
      name: { zh: '先进性', en: 'Advancement' },
      maxPoints: 25,
      guidance: '与复审时的国际、国内先进水平相比，关键指标是否仍保持“国际先进、国内一流”。',
      checkpoints: [
        '关键指标仍严于后来发布或修订的国家标准和行业标准',
        '未被国际、国外先进标准的新版本明显超越',
        '未出现使标准指标落后的新技术、新工艺',
      ],
      en: {
        guidance:
          'Whether the key indicators remain “internationally advanced, domestically first-class” when compared with the advanced international and domestic levels at the time of review.',
        checkpoints: [
          'Key indicators remain stricter than national and industry standards published or revised since',
          'New editions of international or advanced foreign standards have not clearly overtaken it',
          'No new technology or process has made its indicators obsolete',
        ],
      },
      vetoable: false,
    },
    {
      id: 'implementation',
      name: { zh: '实施效果', en: 'Implementation effect' },
      maxPoints: 25,
      guidance: '标准实施以来的应用情况、检验检测中发现的问题以及企业和用户的反馈。',
      checkpoints: [
        '收集了采用企业的实施情况和检测数据',
        '试验方法和检验规则在实施中未发现明显问题',
        '用户和监管部门的反馈已汇总分析',
      ],
      en: {
        guidance:
          'How the standard has been applied since it came into force, the problems found in inspection and testing, and the feedback from enterprises and users.',
        checkpoints: [
          'Implementation reports and test data have been collected from the enterprises applying it',
          'No significant problems with the test methods or inspection rules have emerged in use',
          'Feedback from users and regulators has been collected and analysed',
        ],
      },
      vetoable: false,
    },
  ],
};
