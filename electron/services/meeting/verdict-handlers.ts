import { randomUUID } from 'node:crypto';
import type { Caller } from '../../../shared/api/caller.js';
import type { verdictCalls } from '../../../shared/api/calls/verdict-calls.js';
import type { HostHandlers } from '../../../shared/api/contract.js';
import { HostFailure } from '../../../shared/api/result.js';
import type { PdfFonts } from '../../../shared/documents/pdf/pdf-fonts.js';
import { checkTransition } from '../../../shared/engine/lifecycle.js';
import { outcomeOf, participants } from '../../../shared/engine/lifecycle-guards.js';
import { vetoStatus } from '../../../shared/engine/veto.js';
import { draftVerdict, withOutcome } from '../../../shared/engine/verdict-draft.js';
import { amendVerdict, finaliseVerdict, verifyVerdictChain } from '../../../shared/engine/verdict-versions.js';
import type { AuditRecord } from '../../../shared/meeting/audit-actions.js';
import type { MeetingData } from '../../../shared/meeting/meeting-data.js';
import { signingRefusalMessage } from '../../../shared/meeting/sign-off-order.js';
import type { ReviewPhase } from '../../../shared/model/phase.js';
import type { Dissent, Verdict } from '../../../shared/model/verdict.js';
import { actingExpertId, requireActingChair, requireActingExpert } from './actor.js';
import type { MeetingDeps } from './meeting-deps.js';
import type { MeetingTx } from './meeting-store.js';
import { recordFingerprint, renderSealedMinutes } from './sealed-minutes.js';
import { type SubmissionIds, type VerdictContext, requireNotFinal, requirePhase, verdictContext } from './verdict-context.js';
import { ledgerDigestOf, sealVersion } from './verdict-sealing.js';
import { engineFailure, refusedBy } from '../../../shared/api/engine-refusal.js';
import { engineMessage, messageParam, verdictParam } from '../../../shared/engine/engine-message.js';

type VerdictHandlers = Pick<HostHandlers, keyof typeof verdictCalls>;

/** What sealing a version needs beyond the store: the faces the minutes are set in, and the outbox to wake. */
export type VerdictServices = {
  pdfFonts: () => Promise<PdfFonts>;
  /** Told after a commit queued a bundle, so it leaves without waiting for the outbox's timer. */
  queued: () => void;
};

/** The working verdict, started as version 1 the first time anyone writes to it. */
const workingVerdict = ({ snapshot, submission, data }: VerdictContext): Verdict => {
  if (snapshot.verdict !== null) return snapshot.verdict;
  const verdictId = randomUUID();
  return draftVerdict({ id: `${verdictId}/1`, verdictId, meetingId: data.meeting.id, submissionId: submission.id }, snapshot.rubric, outcomeOf(snapshot));
};

const requireCriterion = ({ snapshot }: VerdictContext, criterionId: string): void => {
  if (!snapshot.rubric.criteria.some((c) => c.id === criterionId)) throw new HostFailure('invalid', `评分表中没有评审要素 ${criterionId}`, 'criterionId');
};

/** Blank requirements and dissent are not kept; a dissent names an expert of the panel. */
const cleanRequirements = (requirements: readonly string[]): string[] => requirements.map((r) => r.trim()).filter((r) => r !== '');
/** Dissent is recorded only for experts who took part: present and not recused from this submission. */
const cleanDissent = (context: VerdictContext, dissent: readonly Dissent[]): Dissent[] => {
  const kept = dissent.filter((d) => d.text.trim() !== '').map((d) => ({ expertId: d.expertId, text: d.text.trim() }));
  const taking = new Set(participants(context.snapshot).map((e) => e.id));
  const stranger = kept.find((d) => !taking.has(d.expertId));
  if (stranger !== undefined) {
    const name = context.data.experts.find((e) => e.id === stranger.expertId)?.name;
    throw new HostFailure('invalid', name === undefined ? `找不到专家 ${stranger.expertId}` : `专家${name}未参加本项目的审评，不能记录其不同意见`, 'dissent');
  }
  return kept;
};

/** A finalisation or amendment as worked out from the store: the version to seal, by whom, and the record its minutes are made of. */
type Sealing = { chairId: string; context: VerdictContext; verdict: Verdict; record: MeetingData; fingerprint: string };

const sealingOf = (chairId: string, context: VerdictContext, verdict: Verdict): Sealing => {
  const record = { ...context.data, verdicts: [...context.data.verdicts.filter((v) => v.id !== verdict.id), verdict] };
  return { chairId, context, verdict, record, fingerprint: recordFingerprint(record) };
};

export const createVerdictHandlers = ({ store, acting, now }: MeetingDeps, services: VerdictServices): VerdictHandlers => {
  /**
   * Applies `edit` to the working verdict and recomputes what the engine owns (outcome, aggregate,
   * votes, recusals) from the state the edit leaves, with its audit entry, in one write. `authorise`
   * names the actor from the caller, before anything is read.
   */
  const editVerdict = (
    ids: SubmissionIds,
    allowed: readonly ReviewPhase[],
    what: string,
    authorise: (tx: MeetingTx) => string,
    edit: (verdict: Verdict, context: VerdictContext, actor: string) => Verdict,
    audit: (edited: Verdict) => AuditRecord,
  ): Promise<Verdict> =>
    store.write(ids, (tx) => {
      const actor = authorise(tx);
      const context = verdictContext(tx, ids);
      requireNotFinal(context);
      requirePhase(context.submission, allowed, what);
      const edited = edit(workingVerdict(context), context, actor);
      const next = tx.verdicts.put(withOutcome(edited, outcomeOf({ ...context.snapshot, verdict: edited })));
      tx.audit.append({ meetingId: ids.meetingId, submissionId: ids.submissionId, actor, at: now(), ...audit(next) });
      return next;
    });

  const actingChair = (caller: Caller, meetingId: string) => (tx: MeetingTx) => requireActingChair(tx, caller, acting, meetingId).id;

  /** The opinion is typed at the workstation by the secretary as the panel dictates, or by the chair; an expert device only as the chair. */
  const conclusionAuthor = (caller: Caller, meetingId: string) => (tx: MeetingTx) => {
    if (caller.scope === 'expert') return actingChair(caller, meetingId)(tx);
    const chair = tx.experts.list(meetingId).find((e) => e.role === 'chair');
    return chair !== undefined && actingExpertId(caller, acting, meetingId) === chair.id ? chair.id : 'secretary';
  };

  /**
   * Seals the version `prepare` works out (finalisation or amendment). The minutes are rendered
   * outside the write, which they would hold up; the write works the version out again and goes on
   * only if the record the minutes were made from is unchanged, so their digest is of what is stored.
   * The bundle takes the audit chain's head before the entry that records the bundle's own digest.
   */
  const seal = async (ids: SubmissionIds, at: string, prepare: (tx: MeetingTx) => Sealing, audit: (sealed: Verdict, bundleDigest: string) => AuditRecord): Promise<Verdict> => {
    const planned = store.read(prepare);
    const minutes = await renderSealedMinutes(planned.record, at, await services.pdfFonts());
    const verdict = await store.write(ids, (tx) => {
      const sealing = prepare(tx);
      if (sealing.fingerprint !== planned.fingerprint) throw new HostFailure('refused', '生成会议纪要期间审评数据发生了变化，请重试', 'submissionId');
      const entry = sealVersion(tx, sealing.context, sealing.verdict, minutes, at);
      tx.verdicts.put(sealing.verdict);
      tx.submissions.put({ ...sealing.context.submission, phase: 'finalised' });
      tx.audit.append({ meetingId: ids.meetingId, submissionId: ids.submissionId, actor: sealing.chairId, at, ...audit(sealing.verdict, entry.bundleDigest) });
      return sealing.verdict;
    });
    services.queued();
    return verdict;
  };

  return {
    'verdict.reconcile': async ({ meetingId, submissionId, criterionId, note }, caller) =>
      editVerdict(
        { meetingId, submissionId },
        ['discussion', 'vote'],
        '填写分歧说明',
        actingChair(caller, meetingId),
        (v, context, actor) => {
          requireCriterion(context, criterionId);
          return {
            ...v,
            reconciliationNotes: [
              ...v.reconciliationNotes.filter((n) => n.criterionId !== criterionId),
              ...(note.trim() === '' ? [] : [{ criterionId, note: note.trim(), recordedBy: actor, recordedAt: now() }]),
            ],
          };
        },
        () => ({ action: 'verdict.reconcile', details: { criterionId, note: note.trim() } }),
      ),

    'verdict.ruleOnVeto': async ({ meetingId, submissionId, expertId, criterionId, upheld, note }, caller) =>
      editVerdict(
        { meetingId, submissionId },
        ['discussion', 'vote'],
        '裁定否决',
        actingChair(caller, meetingId),
        (v, context) => {
          const raised = Object.values(vetoStatus(outcomeOf({ ...context.snapshot, verdict: v }).voters, v.vetoRulings)).flat();
          if (!raised.some((veto) => veto.expertId === expertId && veto.criterionId === criterionId)) {
            throw new HostFailure('not-found', `专家 ${expertId} 没有对评审要素 ${criterionId} 提出否决`, 'criterionId');
          }
          return {
            ...v,
            vetoRulings: [
              ...v.vetoRulings.filter((r) => !(r.expertId === expertId && r.criterionId === criterionId)),
              { expertId, criterionId, upheld, note, decidedAt: now() },
            ],
          };
        },
        () => ({ action: 'verdict.veto-ruling', details: { expertId, criterionId, upheld, note } }),
      ),

    'verdict.saveConclusion': async ({ meetingId, submissionId, conclusion, revisionRequirements, dissent }, caller) =>
      editVerdict(
        { meetingId, submissionId },
        ['vote'],
        '修改审评意见',
        conclusionAuthor(caller, meetingId),
        (v, context) => ({ ...v, conclusion, revisionRequirements: cleanRequirements(revisionRequirements), dissent: cleanDissent(context, dissent) }),
        (edited) => ({ action: 'verdict.conclusion', details: { requirements: edited.revisionRequirements.length, dissent: edited.dissent.length } }),
      ),

    'verdict.sign': async ({ meetingId, submissionId, expertId, image }, caller) =>
      editVerdict(
        { meetingId, submissionId },
        ['sign-off'],
        '签名',
        (tx) => requireActingExpert(tx, caller, acting, meetingId, expertId).id,
        (v, { snapshot }) => {
          const refusal = signingRefusalMessage({ ...snapshot, verdict: v }, expertId);
          if (refusal !== null) throw refusedBy([refusal], 'expertId');
          return { ...v, signatures: [...v.signatures, { expertId, signedAt: now(), image }] };
        },
        () => ({ action: 'verdict.sign', details: {} }),
      ),

    'verdict.finalise': async ({ meetingId, submissionId }, caller) => {
      const ids = { meetingId, submissionId };
      const at = now();
      return seal(
        ids,
        at,
        (tx) => {
          const chairId = requireActingChair(tx, caller, acting, meetingId).id;
          const context = verdictContext(tx, ids);
          requireNotFinal(context);
          const check = checkTransition(context.snapshot, 'finalised');
          if (!check.allowed) throw refusedBy(check.messages, 'submissionId');
          const verdict = context.snapshot.verdict;
          if (verdict === null) throw refusedBy([engineMessage('verdict.noOutcome', { verdict: verdictParam(context.snapshot.rubric.reviewType) })], 'submissionId');
          const result = finaliseVerdict(verdict, { expertId: chairId, now: at });
          if (!result.ok) throw refusedBy([result.reasonMessage], 'submissionId');
          return sealingOf(chairId, context, result.verdict);
        },
        (verdict, bundleDigest) => ({ action: 'verdict.finalise', details: { verdictId: verdict.verdictId, versionNo: verdict.versionNo, bundleDigest } }),
      );
    },

    'verdict.amend': async ({ meetingId, submissionId, reason, changes }, caller) => {
      const ids = { meetingId, submissionId };
      const at = now();
      return seal(
        ids,
        at,
        (tx) => {
          const chairId = requireActingChair(tx, caller, acting, meetingId).id;
          const context = verdictContext(tx, ids);
          const previous = context.snapshot.verdict;
          const named = verdictParam(context.snapshot.rubric.reviewType);
          if (previous?.status !== 'final') throw refusedBy([engineMessage('verdict.amendNotFinal', { verdict: named })], 'submissionId');
          if (reason.trim() === '') throw engineFailure('invalid', [engineMessage('verdict.amendReasonMissing', { verdict: named })], 'reason');
          const versions = context.data.verdicts.filter((v) => v.verdictId === previous.verdictId);
          const chain = verifyVerdictChain(versions, (v) => tx.ledger.signed(v.verdictId, v.versionNo));
          if (!chain.ok) throw refusedBy([engineMessage('chain.ledgerMismatch', { verdict: named, detail: messageParam(chain.reasonMessage) })], 'submissionId');
          const result = amendVerdict(previous, {
            id: `${previous.verdictId}/${previous.versionNo + 1}`,
            changes: {
              ...(changes.conclusion === undefined ? {} : { conclusion: changes.conclusion }),
              ...(changes.revisionRequirements === undefined ? {} : { revisionRequirements: cleanRequirements(changes.revisionRequirements) }),
              ...(changes.dissent === undefined ? {} : { dissent: cleanDissent(context, changes.dissent) }),
            },
            reason,
            by: chairId,
            now: at,
            supersedes: ledgerDigestOf(tx, previous),
          });
          if (!result.ok) throw refusedBy([result.reasonMessage], 'submissionId');
          return sealingOf(chairId, context, result.verdict);
        },
        (verdict, bundleDigest) => ({
          action: 'verdict.amend',
          details: { verdictId: verdict.verdictId, versionNo: verdict.versionNo, reason: verdict.amendmentReason, bundleDigest },
        }),
      );
    },
  };
};
