/**
 * Structural evidence for the promotion score and the cold-pitch rule, beyond single phrases:
 * calls to a transaction, offers, scarcity and deadlines, self-praise, the reader as a buyer, and
 * in replies the writer's business offered to the person replied to.
 */
import type { Token } from '../text/tokenize';
import { buyerSignals } from './buyer-address';
import { signalHits } from './lists';
import { offerSignals } from './offer';
import { replyPitchSignals } from './reply-pitch';
import { scarcitySignals } from './scarcity';
import { selfPraiseSignals } from './self-praise';
import { serviceOffers } from './service-offer';
import type { StructuralSignal } from './signal';
import type { PhraseHit } from '../phrases/match';
import type { Span } from '../types';
import { transactionCalls } from './transaction-call';

export type { SignalFamily, StructuralSignal } from './signal';

/** Evidence that a text sells, in text order (for the promotion score). */
export function promotionEvidence(text: string, tokens: readonly Token[], links: readonly Span[] = []): StructuralSignal[] {
  // Words inside a web address ("shop.example.com/25-off") were not written as prose.
  const hits = outside(signalHits(text, tokens), links);
  return [
    ...transactionCalls(text, tokens, hits),
    ...offerSignals(text, hits),
    ...scarcitySignals(text, tokens, hits),
    ...selfPraiseSignals(text, tokens, hits),
    ...buyerSignals(text, hits),
    ...serviceOffers(text, tokens),
  ].sort((a, b) => a.start - b.start);
}

/** Evidence that a reply or comment pitches the writer's business, in text order; may be negative. */
export function replyPitchEvidence(text: string, tokens: readonly Token[]): StructuralSignal[] {
  return replyPitchSignals(text, tokens, signalHits(text, tokens)).sort((a, b) => a.start - b.start);
}

/** Hits that start outside every link (both in text order): one merge-like pass. */
function outside(hits: readonly PhraseHit[], links: readonly Span[]): PhraseHit[] {
  if (links.length === 0) return [...hits];
  let l = 0;
  return hits.filter((h) => {
    while (l < links.length && links[l].end <= h.start) l++;
    return !(l < links.length && links[l].start <= h.start);
  });
}
