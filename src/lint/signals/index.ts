/**
 * Structural evidence for the promotion score and the cold-pitch rule, beyond single phrases:
 * calls to a transaction, offers, scarcity and deadlines, self-praise, the reader as a buyer, and
 * in replies the writer's business offered to the person replied to.
 */
import type { Token } from '../phrases/match';
import { buyerSignals } from './buyer-address';
import { signalHits } from './lists';
import { offerSignals } from './offer';
import { replyPitchSignals } from './reply-pitch';
import { scarcitySignals } from './scarcity';
import { selfPraiseSignals } from './self-praise';
import type { StructuralSignal } from './signal';
import { transactionCalls } from './transaction-call';

export type { SignalFamily, StructuralSignal } from './signal';

/** Evidence that a text sells, in text order (for the promotion score). */
export function promotionEvidence(text: string, tokens: readonly Token[]): StructuralSignal[] {
  const hits = signalHits(text, tokens);
  if (hits.length === 0) return [];
  return [
    ...transactionCalls(text, tokens, hits),
    ...offerSignals(text, hits),
    ...scarcitySignals(text, tokens, hits),
    ...selfPraiseSignals(text, tokens, hits),
    ...buyerSignals(text, hits),
  ].sort((a, b) => a.start - b.start);
}

/** Evidence that a reply or comment pitches the writer's business, in text order; may be negative. */
export function replyPitchEvidence(text: string, tokens: readonly Token[]): StructuralSignal[] {
  const hits = signalHits(text, tokens);
  return hits.length === 0 ? [] : replyPitchSignals(text, tokens, hits).sort((a, b) => a.start - b.start);
}
