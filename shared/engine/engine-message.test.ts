import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.js';
import { zhCN } from '../i18n/zh-cn.js';
import {
  type EngineMessage,
  type EngineMessageCode,
  type EngineParams,
  clausesParam,
  engineMessage,
  engineMessageParams,
  engineText,
  engineTexts,
  engineTerms,
  expertsParam,
  isEngineMessage,
  listParam,
  messageParam,
  nameParam,
  opinionParam,
  phaseParam,
  recommendationParam,
  reviewTypeParam,
  termParam,
  verdictParam,
} from './engine-message.js';

const codes = Object.keys(engineMessageParams) as EngineMessageCode[];

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();

const cjk = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

/** A technical review's words, as the engine has always said them; other kinds are tested in kind-words.test.ts. */
const verdict = verdictParam('technical');
const opinion = opinionParam('technical');

const compliance = nameParam({ zh: '合规性', en: 'Compliance' }, 'compliance');
const twoExperts = expertsParam([
  { id: 'E01', name: '张建国' },
  { id: 'E02', name: '李慧敏' },
]);

/**
 * One example of every message with what the engine said before it spoke in codes, word for word:
 * the host's refusals, the documents and the e2e suite match these sentences exactly.
 */
const todaysChinese: { [C in EngineMessageCode]: [EngineParams<C>, string] } = {
  'phase.last': [{ from: phaseParam('reported'), to: phaseParam('finalised') }, '「已上报」是最后阶段，不能再进入「定稿」'],
  'phase.order': [
    { from: phaseParam('discussion'), expected: phaseParam('vote'), to: phaseParam('sign-off') },
    '只能从「合议」进入「表决」，不能进入「签署」',
  ],
  'guard.participantQuorum': [{ count: 4, min: 5 }, '到会且无需回避的专家 4 名，少于法定人数 5 名'],
  'guard.votingQuorum': [{ count: 4, min: 5 }, '有效表决专家 4 名，少于法定人数 5 名'],
  'guard.conflictsPending': [{ experts: twoExperts }, '张建国（E01）、李慧敏（E02）的回避提示尚待组长确认'],
  'guard.pledgesMissing': [{ experts: twoExperts }, '张建国（E01）、李慧敏（E02）尚未签署公正性声明及保密承诺'],
  'guard.scoringOpen': [{ experts: twoExperts }, '独立评分尚未结束：张建国（E01）、李慧敏（E02）尚未提交评分表'],
  'guard.dispersion': [
    { flag: { 'zh-CN': '「先进性」最高分 25 与最低分 15 相差 10 分', en: '-' } },
    '评分分歧未解决：「先进性」最高分 25 与最低分 15 相差 10 分；须由专家修改评分或组长填写分歧说明',
  ],
  'guard.vetoPending': [{ expert: '张建国', criterion: compliance }, '专家张建国对「合规性」的否决尚待组长确认'],
  'guard.noConclusion': [{ opinion }, '尚未形成审评意见（结论）'],
  'guard.conclusionStale': [{ opinion }, '审评意见中的结论与表决结果不一致，请重新生成'],
  'guard.signaturesMissing': [{ experts: twoExperts }, '缺少签名：张建国（E01）、李慧敏（E02）'],
  'guard.noReceipt': [{}, '尚未收到省局回执'],
  'guard.receiptOtherVersion': [{ verdictId: 'V-S01', versionNo: 2 }, '省局回执对应的是结论 V-S01 第 2 版，不是当前版本'],
  'guard.notFinal': [{ verdict }, '审评结论尚未定稿'],
  'visibility.notMember': [{}, '您不是本次会议的专家组成员'],
  'visibility.recused': [{}, '您已回避该项目，不参与评分和表决，也不能查看评分'],
  'visibility.notStarted': [{}, '尚未开始独立评分'],
  'visibility.pledgeFirst': [{}, '请先签署公正性声明及保密承诺'],
  'visibility.submitFirst': [{}, '独立评分阶段：提交本人评分后才能查看其他专家的评分'],
  'visibility.bureauAfterFinal': [{ verdict }, '审评结论定稿后才向省局公开'],
  'visibility.secretaryProgressOnly': [{}, '独立评分阶段：合议开始前秘书只能看到提交进度，看不到分数'],
  'sheet.unknownCriterion': [
    { rubric: nameParam({ zh: '浙江制造标准技术审评评分表', en: 'x' }, 'zzb'), criterionId: 'beauty' },
    '评分表「浙江制造标准技术审评评分表」中没有评审要素「beauty」',
  ],
  'sheet.duplicateScore': [{ criterion: compliance }, '「合规性」重复评分'],
  'sheet.scoreRange': [{ criterion: compliance, max: 20, score: 21 }, '「合规性」得分须为 0 到 20 的整数，现为 21'],
  'sheet.justificationMissing': [{ criterion: compliance, score: 19, atMost: 5, atLeast: 18 }, '「合规性」得分 19 分（≤5 或 ≥18）须填写评分理由'],
  'sheet.scoreMissing': [{ criterion: compliance }, '「合规性」尚未评分'],
  'sheet.notVetoable': [{ criterion: compliance }, '「合规性」不能行使否决'],
  'sheet.vetoReasonMissing': [{}, '行使否决须写明理由'],
  'sheet.recommendationMissing': [{}, '尚未选择推荐结论'],
  'sheet.recommendationNotAllowed': [
    { recommendation: recommendationParam('confirm'), reviewType: reviewTypeParam('technical') },
    '「继续有效」不是技术审评的可选结论',
  ],
  'sheet.vetoRecommendation': [{ recommendation: recommendationParam('fail') }, '行使否决时推荐结论应为「不通过」'],
  'sheet.revisionReasonMissing': [{}, '修改评分须写明修改理由'],
  'sheet.unchanged': [{}, '评分表与上一版相同，无需重新提交'],
  'sheet.commentInvalid': [{ number: 2, detail: '意见内容不能为空' }, '第 2 条意见：意见内容不能为空'],
  'sheet.signatureMissing': [{}, '提交评分表须由专家本人手写签名'],
  'signing.notParticipant': [{ verdict }, '只有到会且无需回避的专家签署审评结论'],
  'signing.alreadySigned': [{ expert: '张建国' }, '张建国已签名'],
  'signing.chairLast': [{ waiting: listParam(['张建国', '李慧敏']) }, '组长最后签名：尚待张建国、李慧敏签名'],
  'verdict.alreadyFinal': [{ verdict, versionNo: 1 }, '审评结论第 1 版已定稿，只能正式修订'],
  'verdict.noOutcome': [{ verdict }, '审评结论尚无结果，不能定稿'],
  'verdict.amendNotFinal': [{ verdict }, '只有已定稿的审评结论才能修订；定稿前请直接修改'],
  'verdict.amendReasonMissing': [{ verdict }, '修订审评结论须写明修订理由'],
  'chain.versionNumber': [{ position: 1, versionNo: 2 }, '第 1 个版本的版本号为 2'],
  'chain.otherVerdict': [{ versionNo: 2, verdictId: 'V-S02' }, '第 2 版属于另一份结论 V-S02'],
  'chain.supersedes': [{ versionNo: 2 }, '第 2 版的 supersedes 与上一版摘要不符'],
  'chain.ledgerMismatch': [
    { verdict, detail: messageParam(engineMessage('chain.versionNumber', { position: 1, versionNo: 2 })) },
    '审评结论的版本链与本机的签名记录不符：第 1 个版本的版本号为 2',
  ],
  'dispersion.range': [
    { criterion: compliance, high: 25, low: 15, gap: 10, max: 30, share: '30%', points: '9' },
    '「合规性」最高分 25 与最低分 15 相差 10 分，超过满分 30 的 30%（9 分）',
  ],
  'dispersion.outlier': [
    { expert: '张建国', criterion: compliance, score: 25, median: '16', gap: '9', max: 30, share: '25%', points: '7.5' },
    '专家张建国对「合规性」评 25 分，与其他专家的中位数 16 相差 9 分，超过满分 30 的 25%（7.5 分）',
  ],
  'conflict.match': [
    { expert: '张建国', ownRole: termParam('organization'), own: '之江检测', standard: '家用电热水器', drafterRole: termParam('coDrafter'), drafter: '杭州之江检测技术有限公司' },
    '专家张建国所在单位「之江检测」与《家用电热水器》的参与起草单位「杭州之江检测技术有限公司」相同或关联，应回避',
  ],
  'outcome.noQuorum': [{ count: 4, min: 5 }, '有效表决专家 4 名，少于法定人数 5 名，不能形成结论'],
  'outcome.explanation': [
    {
      clauses: clausesParam([
        engineMessage('outcome.approvals', { eligible: 7, votes: 5, comparison: '<', ratio: '3/4' }),
        engineMessage('outcome.meanTotal', { total: '83.0', comparison: '≥', min: 60 }),
      ]),
      outcome: recommendationParam('fail'),
    },
    '7 名有效表决专家中 5 名同意（<3/4），平均总分 83.0（≥60）→ 不通过',
  ],
  'outcome.vetoUpheld': [{ expert: '张建国', criterion: compliance, reason: '与强制性标准冲突' }, '组长确认专家张建国对「合规性」的否决（与强制性标准冲突）'],
  'outcome.approvals': [{ eligible: 7, votes: 5, comparison: '<', ratio: '3/4' }, '7 名有效表决专家中 5 名同意（<3/4）'],
  'outcome.outright': [{ votes: 3, comparison: '≥', ratio: '1/2' }, '其中 3 名建议直接通过（≥1/2）'],
  'outcome.initiations': [{ eligible: 8, votes: 6, comparison: '≥', ratio: '3/4' }, '8 名有效表决专家中 6 名同意立项（≥3/4）'],
  'outcome.withdrawals': [{ eligible: 6, votes: 2, comparison: '<', ratio: '3/4' }, '6 名有效表决专家中 2 名建议废止（<3/4）'],
  'outcome.confirmations': [{ votes: 3, comparison: '<', ratio: '3/4' }, '3 名建议继续有效（<3/4）'],
  'outcome.noCompleteScores': [{ min: 60 }, '无完整评分，总分无法达到 60'],
  'outcome.meanTotal': [{ total: '53.0', comparison: '<', min: 60 }, '平均总分 53.0（<60）'],
  'outcome.medianTotal': [{ total: '61.5', comparison: '≥', min: 60 }, '总分中位数 61.5（≥60）'],
  'pin.format': [{}, 'PIN 须为 4 至 6 位数字'],
};

const example = (code: EngineMessageCode): EngineMessage => ({ code, params: todaysChinese[code][0] });

describe('engine messages', () => {
  it('has a Chinese and an English text for every code, naming exactly its parameters', () => {
    for (const code of codes) {
      const key = `engine.${code}` as const;
      const params = [...engineMessageParams[code]].sort();
      expect(placeholders(zhCN[key]), key).toEqual(params);
      expect(placeholders(en[key]), key).toEqual(params);
    }
  });

  it('has no text for a code that does not exist', () => {
    const texts = Object.keys(zhCN).filter((key) => key.startsWith('engine.') && !key.startsWith('engine.term.'));
    expect(texts.sort()).toEqual(codes.map((code) => `engine.${code}`).sort());
  });

  it('says in Chinese what the engine said before it spoke in codes', () => {
    for (const code of codes) expect(engineText(example(code), 'zh-CN'), code).toBe(todaysChinese[code][1]);
    expect(engineTerms.map((term) => termParam(term)['zh-CN'])).toEqual(['所在单位', '声明的关联单位', '主要起草单位', '参与起草单位']);
  });

  it('writes no Chinese of its own in English: only the names and ids it is given', () => {
    for (const code of codes) expect(en[`engine.${code}`].replace(/\{\w+\}/g, ''), code).not.toMatch(cjk);
    for (const term of engineTerms) expect(en[`engine.term.${term}`]).not.toMatch(cjk);
    const withoutNames = (text: string) => text.replace(/张建国|李慧敏|之江检测|杭州之江检测技术有限公司|家用电热水器|与强制性标准冲突|意见内容不能为空|浙江制造标准技术审评评分表|「先进性」最高分 25 与最低分 15 相差 10 分/g, '');
    for (const code of codes) expect(withoutNames(engineText(example(code), 'en')), code).not.toMatch(cjk);
  });

  it('renders localized parameters in the language asked for', () => {
    const refusal = engineMessage('guard.vetoPending', { expert: '张建国', criterion: compliance });
    expect(engineText(refusal, 'en')).toBe('The chair has yet to rule on the veto by 张建国 on “Compliance”');
    expect(engineText(example('phase.order'), 'en')).toBe('From “Discussion” the review can only move on to “Vote”, not to “Sign-off”');
    expect(engineText(example('guard.signaturesMissing'), 'en')).toBe('Signatures missing: 张建国 (E01), 李慧敏 (E02)');
    expect(engineText(example('outcome.explanation'), 'en')).toBe('5 of 7 eligible voters approve (<3/4); mean total 83.0 (≥60) → Fail');
    const nested = engineMessage('guard.dispersion', { flag: messageParam(example('dispersion.range')) });
    expect(engineText(nested, 'en')).toBe(
      'Unresolved score dispersion: “Compliance”: highest 25 and lowest 15 differ by 10 points, more than 30% of the maximum 30 (9 points); an expert must revise the score or the chair must add a reconciliation note',
    );
  });

  it('joins several messages into one line per language', () => {
    const two = [example('guard.noConclusion'), example('guard.noReceipt')];
    expect(engineTexts(two, 'zh-CN')).toBe('尚未形成审评意见（结论）；尚未收到省局回执');
    expect(engineTexts(two, 'en')).toBe('The panel’s written opinion (conclusion) has not been drawn up yet; No receipt from the provincial bureau yet');
  });

  it('falls back to the id where the rubric has no such criterion', () => {
    expect(nameParam(undefined, 'beauty')).toEqual({ 'zh-CN': 'beauty', en: 'beauty' });
  });

  it('recognises only messages this build can render', () => {
    expect(isEngineMessage(example('guard.noReceipt'))).toBe(true);
    expect(isEngineMessage({ code: 'guard.noSuchThing', params: {} })).toBe(false);
    expect(isEngineMessage({ code: 'guard.noReceipt' })).toBe(false);
    expect(isEngineMessage('尚未收到省局回执')).toBe(false);
  });
});
