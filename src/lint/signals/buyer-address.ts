/** The reader addressed as a buyer: their order, their purchase, their need for what is sold. */
import type { PhraseHit } from '../phrases/match';
import { listedSignals } from './listed';
import type { StructuralSignal } from './signal';

/** Each wording is mild; together they say "you, the customer", never an ad alone. */
const CAP = 2.5;

/** Buyer-address signals of a text (hits from `signalHits`). */
export function buyerSignals(text: string, hits: readonly PhraseHit[]): StructuralSignal[] {
  return listedSignals(text, hits, 'buyer', 'buyer', CAP);
}
