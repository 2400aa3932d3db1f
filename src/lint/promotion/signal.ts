/** The shape of a promotion signal and the weights every signal file shares. */

/** What kind of evidence a signal is; the UI quotes `phrase`, `price`, `phone` and `email` signals. */
export type PromotionSignalKind = 'phrase' | 'price' | 'phone' | 'email' | 'pairing' | 'caps' | 'exclaim' | 'link' | 'value';

export interface PromotionSignal {
  kind: PromotionSignalKind;
  /** What was seen, e.g. the phrase's note. */
  label: string;
  /** Contribution to the score after diminishing returns and caps (negative for value). */
  weight: number;
  start: number;
  end: number;
  text: string;
}

export interface PromotionScore {
  score: number;
  /** In text order. */
  signals: PromotionSignal[];
}

/** Score at or above which a text counts as promotional (for duplicate-promotion and promo-ratio). */
export const PROMOTIONAL_SCORE = 3;
/** Most that value markers can take off: a tip does not cancel a hard sell. */
export const VALUE_CAP = 2;
/** Characters within which signals add up: about a long tweet or a short Facebook post. */
export const WINDOW = 500;
/** Signals that would add less than this are dropped (the 5th "free" adds nothing). */
export const NEGLIGIBLE = 0.05;

/** A signal that remembers the list it came from, for the pairings. */
export type Tagged = PromotionSignal & { list?: string };
