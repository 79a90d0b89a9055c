import type { ReviewType } from '../model/review-type.js';
import type { MessageKey } from './zh-cn.js';

/** A screen word that differs by review kind: the message key of each kind. */
type KindKeys = Readonly<Record<ReviewType, MessageKey>>;

/** The panel's written opinion: 审评意见, 立项审查意见, 复审意见. */
export const opinionTitleKeys: KindKeys = {
  technical: 'review.conclusion.title',
  initiation: 'reviewKind.initiation.opinion',
  periodic: 'reviewKind.periodic.opinion',
};

/** The same on an expert's own device, where a technical review's is worded for the expert. */
export const deviceOpinionTitleKeys: KindKeys = { ...opinionTitleKeys, technical: 'expert.sign.conclusion' };

/** The sign-off dialog's title, with `{name}`. */
export const signTitleKeys: KindKeys = {
  technical: 'review.sign.title',
  initiation: 'reviewKind.initiation.signTitle',
  periodic: 'reviewKind.periodic.signTitle',
};

/** One submission of the set-up form, with `{index}`: 送审项目, 申报项目, 被复审标准. */
export const subjectHeadingKeys: KindKeys = {
  technical: 'setup.submission.heading',
  initiation: 'reviewKind.initiation.subjectHeading',
  periodic: 'reviewKind.periodic.subjectHeading',
};

/** A submission of the set-up form without materials, naming the material it cannot do without. */
export const materialsEmptyKeys: KindKeys = {
  technical: 'setup.materials.empty',
  initiation: 'reviewKind.initiation.materialsEmpty',
  periodic: 'reviewKind.periodic.materialsEmpty',
};

/** The code field: proposed for a draft or a project, the published one for a standard under periodic review. */
export const codeLabelKeys: KindKeys = {
  technical: 'setup.submission.proposedCode',
  initiation: 'setup.submission.proposedCode',
  periodic: 'reviewKind.periodic.code',
};

/** The set-up form's section of submissions: 送审项目, 申报项目, 被复审标准. */
export const subjectsTitleKeys: KindKeys = {
  technical: 'setup.submissions',
  initiation: 'reviewKind.initiation.subjects',
  periodic: 'reviewKind.periodic.subjects',
};

/** The set-up form's button that adds one more submission. */
export const addSubjectKeys: KindKeys = {
  technical: 'setup.submission.add',
  initiation: 'reviewKind.initiation.addSubject',
  periodic: 'reviewKind.periodic.addSubject',
};

/** The set-up warning of a panel smaller than the kind's quorum, with `{min}` and `{count}`. */
export const tooFewExpertsKeys: KindKeys = {
  technical: 'setup.issue.tooFewExperts',
  initiation: 'reviewKind.initiation.tooFewExperts',
  periodic: 'reviewKind.periodic.tooFewExperts',
};

/** The sign dialog's request to check the opinion before signing. */
export const signBodyKeys: KindKeys = {
  technical: 'review.sign.body',
  initiation: 'reviewKind.initiation.signBody',
  periodic: 'reviewKind.periodic.signBody',
};

/** The verdict card of the sign-off screen, with `{n}`. */
export const verdictVersionKeys: KindKeys = {
  technical: 'review.sign.verdict',
  initiation: 'reviewKind.initiation.verdictVersion',
  periodic: 'reviewKind.periodic.verdictVersion',
};

/** What finalising does, in the chair's confirmation. */
export const finaliseBodyKeys: KindKeys = {
  technical: 'review.finalise.body',
  initiation: 'reviewKind.initiation.finaliseBody',
  periodic: 'reviewKind.periodic.finaliseBody',
};

/** The notice once the verdict is final. */
export const finaliseDoneKeys: KindKeys = {
  technical: 'review.finalise.done',
  initiation: 'reviewKind.initiation.finaliseDone',
  periodic: 'reviewKind.periodic.finaliseDone',
};

/** The formal amendment form. */
export const amendTitleKeys: KindKeys = {
  technical: 'review.amend.title',
  initiation: 'reviewKind.initiation.amendTitle',
  periodic: 'reviewKind.periodic.amendTitle',
};

/** The amendment form's opinion field. */
export const amendConclusionKeys: KindKeys = {
  technical: 'review.amend.conclusion',
  initiation: 'reviewKind.initiation.amendConclusion',
  periodic: 'reviewKind.periodic.amendConclusion',
};

/** The notice once an amended version exists, with `{n}`. */
export const amendDoneKeys: KindKeys = {
  technical: 'review.amend.done',
  initiation: 'reviewKind.initiation.amendDone',
  periodic: 'reviewKind.periodic.amendDone',
};

/** The audit log's label of an edit to the panel's opinion. */
export const auditConclusionKeys: KindKeys = {
  technical: 'audit.action.verdict.conclusion',
  initiation: 'reviewKind.initiation.auditConclusion',
  periodic: 'reviewKind.periodic.auditConclusion',
};

/** The audit log's label of the meeting's creation. */
export const auditMeetingCreateKeys: KindKeys = {
  technical: 'audit.action.meeting.create',
  initiation: 'reviewKind.initiation.auditMeetingCreate',
  periodic: 'reviewKind.periodic.auditMeetingCreate',
};

/** A verdict version queued for the bureau, with `{n}`; the outbox mixes meetings of every kind. */
export const outboxVersionKeys: KindKeys = {
  technical: 'reviewKind.technical.outboxVersion',
  initiation: 'reviewKind.initiation.outboxVersion',
  periodic: 'reviewKind.periodic.outboxVersion',
};

/** The verdict inside a sentence (an engine refusal): 审评结论, 立项审查结论, 复审结论. */
export const verdictWordKeys: KindKeys = {
  technical: 'reviewKind.technical.verdictWord',
  initiation: 'reviewKind.initiation.verdictWord',
  periodic: 'reviewKind.periodic.verdictWord',
};

/** The panel's written opinion inside a sentence: 审评意见, 立项审查意见, 复审意见. */
export const opinionWordKeys: KindKeys = {
  technical: 'reviewKind.technical.opinionWord',
  initiation: 'reviewKind.initiation.opinionWord',
  periodic: 'reviewKind.periodic.opinionWord',
};

/** The vote screen's note before the vote opens: the opinion is written here then. */
export const afterVoteKeys: KindKeys = {
  technical: 'review.conclusion.afterVote',
  initiation: 'reviewKind.initiation.afterVote',
  periodic: 'reviewKind.periodic.afterVote',
};

/** The sign-off screen's note before sign-off. */
export const signNotYetKeys: KindKeys = {
  technical: 'review.sign.notYet',
  initiation: 'reviewKind.initiation.signNotYet',
  periodic: 'reviewKind.periodic.signNotYet',
};

/** The expert device's sign card before the chair opens signing. */
export const deviceSignNotOpenKeys: KindKeys = {
  technical: 'expert.sign.notOpen',
  initiation: 'reviewKind.initiation.deviceSignNotOpen',
  periodic: 'reviewKind.periodic.deviceSignNotOpen',
};

/** A submission's materials on the dashboard: 送审材料, 申报材料, 复审材料. */
export const materialsKeys: KindKeys = {
  technical: 'dashboard.materials',
  initiation: 'reviewKind.initiation.materials',
  periodic: 'reviewKind.periodic.materials',
};

/** A submitted sheet once the verdict is final. */
export const sheetFinalKeys: KindKeys = {
  technical: 'review.sheet.readOnlyFinal',
  initiation: 'reviewKind.initiation.readOnlyFinal',
  periodic: 'reviewKind.periodic.readOnlyFinal',
};

/** The expert's declaration above the signature that submits a sheet. */
export const submitSignBodyKeys: KindKeys = {
  technical: 'review.submit.sign.body',
  initiation: 'reviewKind.initiation.submitSignBody',
  periodic: 'reviewKind.periodic.submitSignBody',
};

/** The sheet's first submit button: 提交评分, or 提交复审意见 where the sheet is an opinion sheet. */
export const submitFirstKeys: KindKeys = {
  technical: 'review.submit.first',
  initiation: 'review.submit.first',
  periodic: 'reviewKind.periodic.submitFirst',
};

/** The notice once the first version of a sheet is in. */
export const submitDoneKeys: KindKeys = {
  technical: 'review.submit.done',
  initiation: 'review.submit.done',
  periodic: 'reviewKind.periodic.submitDone',
};

/** The dialog that signs a sheet's version, with `{n}`. */
export const submitSignTitleKeys: KindKeys = {
  technical: 'review.submit.sign.title',
  initiation: 'review.submit.sign.title',
  periodic: 'reviewKind.periodic.submitSignTitle',
};

/** The sheet's tag once its first version is in: 已提交初评, or plainly 已提交 where there is no score to call preliminary. */
export const sheetPreliminaryKeys: KindKeys = {
  technical: 'review.sheet.preliminary',
  initiation: 'review.sheet.preliminary',
  periodic: 'reviewKind.periodic.preliminary',
};

/** The chair's button that ends independent review; it reveals scores only where there are scores. */
export const advanceDiscussionKeys: KindKeys = {
  technical: 'review.advance.discussion',
  initiation: 'review.advance.discussion',
  periodic: 'reviewKind.periodic.advanceDiscussion',
};

/** The live progress column of submitted sheets. */
export const liveSubmittedKeys: KindKeys = {
  technical: 'live.column.submitted',
  initiation: 'live.column.submitted',
  periodic: 'reviewKind.periodic.liveSubmitted',
};

/** The live progress note while the room network is off: experts use their PIN or paper sheets are entered. */
export const hubOffKeys: KindKeys = {
  technical: 'live.hubOff',
  initiation: 'live.hubOff',
  periodic: 'reviewKind.periodic.hubOff',
};

/** The button that enters an expert's signed paper sheet (代录). */
export const proxyOpenKeys: KindKeys = {
  technical: 'proxy.open',
  initiation: 'proxy.open',
  periodic: 'reviewKind.periodic.proxyOpen',
};

/** The dialog of 代录, with `{name}`. */
export const proxyTitleKeys: KindKeys = {
  technical: 'proxy.title',
  initiation: 'proxy.title',
  periodic: 'reviewKind.periodic.proxyTitle',
};

/** The discussion table's column of each expert's sheet versions. */
export const matrixVersionsKeys: KindKeys = {
  technical: 'review.matrix.versions',
  initiation: 'review.matrix.versions',
  periodic: 'reviewKind.periodic.matrixVersions',
};

/** The drawer of one expert's sheet versions, with `{name}`. */
export const historyTitleKeys: KindKeys = {
  technical: 'review.history.title',
  initiation: 'review.history.title',
  periodic: 'reviewKind.periodic.historyTitle',
};

/** The first version in that drawer: 初评 only where it holds a preliminary score. */
export const historyPreliminaryKeys: KindKeys = {
  technical: 'review.history.preliminary',
  initiation: 'review.history.preliminary',
  periodic: 'reviewKind.periodic.historyPreliminary',
};

/** The tag of the version that counts. */
export const historyFinalKeys: KindKeys = {
  technical: 'review.history.final',
  initiation: 'review.history.final',
  periodic: 'reviewKind.periodic.historyFinal',
};
