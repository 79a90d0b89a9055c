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
