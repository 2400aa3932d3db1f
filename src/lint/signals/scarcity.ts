/** Scarcity and deadlines that press a sale: few places left, a closing date, a price about to rise, a drop. */
import type { PhraseHit } from '../phrases/match';
import { listedSignals } from './listed';
import type { StructuralSignal } from './signal';

/** Most that pressure can add: a post listing five deadlines is not five times the ad. */
const CAP = 3.5;

/** Scarcity and deadline signals of a text (hits from `signalHits`). */
export function scarcitySignals(text: string, hits: readonly PhraseHit[]): StructuralSignal[] {
  return listedSignals(text, hits, 'scarcity', 'scarcity', CAP);
}
