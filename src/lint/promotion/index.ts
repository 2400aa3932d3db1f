/** How much a text reads like an advertisement: the score and its signals (see `score.ts`). */
export { isPromotional, scorePromotion } from './score';
export { PROMOTIONAL_SCORE, type PromotionScore, type PromotionSignal, type PromotionSignalKind } from './signal';
