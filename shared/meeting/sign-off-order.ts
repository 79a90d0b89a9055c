import { participants } from '../engine/lifecycle-guards.js';
import type { ReviewSnapshot } from '../engine/review-snapshot.js';

/**
 * Why `expertId` may not sign the verdict now, in Chinese, or null when they may. Only present,
 * non-recused experts sign, each once, and the chair signs last, after every other participant.
 */
export const signingRefusal = (snapshot: ReviewSnapshot, expertId: string): string | null => {
  const people = participants(snapshot);
  const signer = people.find((e) => e.id === expertId);
  if (signer === undefined) return '只有到会且无需回避的专家签署审评结论';
  const signed = new Set((snapshot.verdict?.signatures ?? []).map((s) => s.expertId));
  if (signed.has(expertId)) return `${signer.name}已签名`;
  if (signer.role !== 'chair') return null;
  const waiting = people.filter((e) => e.role !== 'chair' && !signed.has(e.id));
  return waiting.length === 0 ? null : `组长最后签名：尚待${waiting.map((e) => e.name).join('、')}签名`;
};
