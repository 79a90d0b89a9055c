import type { BuiltinRubric } from '../model/rubric.js';

/** 浙江制造标准立项审查: 必要性、可行性、先进性及预期实施效益; outcome 立项 / 不立项. */
export const zzbInitiationRubric: BuiltinRubric = {
  id: 'zzb-initiation',
  version: 1,
  name: { zh: '浙江制造标准立项审查评分表', en: 'Made in Zhejiang standard initiation review' },
  reviewType: 'initiation',
  scoresRequired: true,
  vetoOutcome: 'not-initiate',
  criteria: [
    {
      id: 'necessity',
      name: { zh: '必要性', en: 'Necessity' },
      maxPoints: 30,
      guidance:
        '立项是否有明确的产业需求，能否填补标准空白、引领产业升级；与现行标准或在研项目重复的，可行使否决并写明理由。',
      checkpoints: [
        '申报材料说明了产品或服务的产业规模、市场地位和发展趋势',
        '经检索，不存在内容相同的现行标准或在研浙江制造标准项目',
        '制定标准能解决行业质量提升中的实际问题',
      ],
      en: {
        guidance:
          'Whether the project answers a clear industrial need and can fill a gap in standards or lead the industry’s upgrading; where it duplicates a standard in force or a project under development, the criterion may be vetoed with the reason stated.',
        checkpoints: [
          'The application describes the industrial scale, market position and development trend of the product or service',
          'A search finds no standard in force or Made in Zhejiang project under development with the same content',
          'The standard would solve a real problem in raising quality in the industry',
        ],
      },
      vetoable: true,
    },
    {
      id: 'feasibility',
      name: { zh: '可行性', en: 'Feasibility' },
      maxPoints: 25,
      guidance:
        '牵头单位和起草组是否具备完成标准研制的技术能力和资源，计划进度是否合理，约六个月内能否完成。',
      checkpoints: [
        '牵头单位为行业骨干企业，具备研发、生产和检验检测能力',
        '起草组涵盖上下游企业、检测认证机构或标准化技术组织',
        '研制计划、分工和经费保障明确',
        '关键指标的验证试验条件已经具备',
      ],
      en: {
        guidance:
          'Whether the lead organization and the drafting group have the technical capability and resources to develop the standard, whether the schedule is reasonable, and whether the work can be completed within about six months.',
        checkpoints: [
          'The lead organization is a leading enterprise of the industry, with research and development, production, and inspection and testing capability',
          'The drafting group includes upstream and downstream enterprises, testing and certification bodies or standardization organizations',
          'The work plan, division of tasks and funding are clearly set out',
          'The conditions for verification tests of the key indicators are already in place',
        ],
      },
      vetoable: false,
    },
    {
      id: 'advancement',
      name: { zh: '先进性', en: 'Advancement' },
      maxPoints: 30,
      guidance:
        '拟定的关键指标能否达到“国际先进、国内一流”，是否体现制造业发展创新水平；答辩中的对标情况是否有依据。',
      checkpoints: [
        '提出了拟对标的国际、国外先进标准或领先产品',
        '主要指标预期严于现行国家标准和行业标准',
        '体现了技术创新、智能制造或绿色低碳等高质量发展特征',
      ],
      en: {
        guidance:
          'Whether the proposed key indicators can reach “internationally advanced, domestically first-class” and reflect the innovation of the manufacturing sector; whether the benchmarking presented at the defence is substantiated.',
        checkpoints: [
          'The international or advanced foreign standards or leading products to be benchmarked against are named',
          'The main indicators are expected to be stricter than the current national and industry standards',
          'The project shows features of high-quality development such as technological innovation, intelligent manufacturing, or green and low-carbon production',
        ],
      },
      vetoable: false,
    },
    {
      id: 'expected-benefit',
      name: { zh: '预期实施效益', en: 'Expected benefit' },
      maxPoints: 15,
      guidance: '标准发布后预期带来的经济效益和社会效益，以及推广实施和品字标认证的计划是否可信。',
      checkpoints: [
        '提出了标准实施和推广应用的具体措施',
        '预期的质量提升、品牌和市场效益有合理测算',
        '对产业链上下游和消费者有积极带动作用',
      ],
      en: {
        guidance:
          'The economic and social benefits expected once the standard is published, and whether the plans for its adoption and for “Zhejiang Made” mark certification are credible.',
        checkpoints: [
          'Specific measures for implementing and promoting the standard are proposed',
          'The expected gains in quality, brand and market are reasonably estimated',
          'The standard would have a positive effect on the upstream and downstream industry chain and on consumers',
        ],
      },
      vetoable: false,
    },
  ],
};
