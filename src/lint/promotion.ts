/** How much a text reads like an advertisement: weighted signals summed, like rule-based spam scorers. */
import type { PhraseHit, Token } from './phrases/match';

export interface PromotionSignal {
  /** What was seen, e.g. the phrase's note. */
  label: string;
  weight: number;
  start: number;
  end: number;
  text: string;
}

export interface PromotionScore {
  score: number;
  signals: PromotionSignal[];
}

/** Score at or above which a text counts as promotional (for duplicate-promotion and promo-ratio). */
export const PROMOTIONAL_SCORE = 4;

/** TODO: the real scorer (stub). */
export function scorePromotion(_text: string, _facts: { tokens: Token[]; phraseHits: PhraseHit[] }): PromotionScore {
  return { score: 0, signals: [] };
}

/** True when a score means "this is a promotion". */
export function isPromotional(p: PromotionScore): boolean {
  return p.score >= PROMOTIONAL_SCORE;
}
