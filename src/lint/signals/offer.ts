/** Offers and prices in small-business wording: free quotes, starting prices, buy-one-get-one said any way. */
import type { PhraseHit } from '../phrases/match';
import { listedSignals } from './listed';
import type { StructuralSignal } from './signal';

const CAP = 4;

/** Offer signals of a text (hits from `signalHits`). */
export function offerSignals(text: string, hits: readonly PhraseHit[]): StructuralSignal[] {
  return listedSignals(text, hits, 'offer', 'offer', CAP);
}
