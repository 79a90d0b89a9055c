/** The heading as the minutes and the signature sheet print it. */
export const pledgeTitle = '公正性声明及保密承诺';

export const pledgePreamble =
  '本人受邀担任“浙江制造”标准审评专家组成员，参加本次审评会，对所审评的标准送审材料作出评价。为保证审评工作科学、公正，现郑重声明并承诺：';

export const pledgeClauses: readonly string[] = [
  '一、遵守国家有关法律法规和“浙江制造”标准审评工作的有关规定，以科学、客观、公正的态度，独立地对送审标准的合规性、必要性、先进性、经济性和可操作性作出评价，不受任何单位或个人的干预和影响。',
  '二、本人与所审评项目的主要起草单位、参与起草单位不存在任职、隶属、投资、合作等可能影响公正审评的利害关系；如存在或发现此类情形，本人将主动申明，并服从组长作出的回避决定。',
  '三、不接受起草单位及其他相关方的宴请、礼品、礼金、有价证券或其他任何利益，不私下与起草单位或相关人员接触、沟通审评事宜。',
  '四、对审评中获悉的送审材料、技术资料、专家评分、讨论情况和审评结论严格保密；未经组织单位同意，不复制、不外传、不对外发表，不用于审评以外的任何用途。',
  '五、审评结束后，按组织单位的要求交回或删除送审材料及其副本。',
];

export const pledgeClosing = '如违反上述声明和承诺，本人愿意承担相应责任，并接受组织单位的处理。';

/** The whole wording an expert signs; each pledge record keeps a copy, so a later change rewrites no history. */
export const pledgeText = [pledgePreamble, ...pledgeClauses, pledgeClosing].join('\n');
