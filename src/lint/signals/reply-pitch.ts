/**
 * In a reply or comment: the writer's own business offered to the person replied to ("our team
 * specialises in exactly this, can I send you details?"), earn-from-home and follower-growth
 * offers. A business answering its own customer ("DM us your order number", "we're open until 6")
 * weighs against, so customer service stays clean.
 */
import type { PhraseHit } from '../phrases/match';
import { listedSignals } from './listed';
import { signalOf, type StructuralSignal } from './signal';

/** Most the pitch wordings add; the cold-pitch threshold is 4. */
const CAP = 7;
/** Added once when the writer names their business and also offers it (a contact, a quote, a try). */
const PAIRED = 1.5;
const OWN_BUSINESS = "the writer's own business";

/** Reply-pitch signals of a text (hits from `signalHits`), negatives included. */
export function replyPitchSignals(text: string, hits: readonly PhraseHit[]): StructuralSignal[] {
  const out = listedSignals(text, hits, 'reply-pitch', 'pitch', CAP);
  const own = out.find((s) => s.label === OWN_BUSINESS);
  const offered = out.find((s) => s.label !== OWN_BUSINESS && s.weight > 0);
  if (own && offered) out.push(signalOf(text, 'pitch', 'their business offered to the person replied to', PAIRED, offered.start, offered.end));
  return out;
}
