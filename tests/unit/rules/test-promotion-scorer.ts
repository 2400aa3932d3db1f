/**
 * For rule tests that ask "is this a promotion?": a scorer that counts only the test's own phrases
 * (custom phrases with the note 'test promotion'), so those tests check the rule, not the tuning of
 * the real scorer. Everything else in promotion.ts stays real. Use inside `vi.mock`'s factory:
 * `vi.mock(PATH, async (orig) => (await import('./test-promotion-scorer')).withTestScorer(await orig()))`.
 */
import type * as Promotion from '../../../src/lint/promotion';

export function withTestScorer(actual: typeof Promotion): typeof Promotion {
  return {
    ...actual,
    scorePromotion: (_text, facts) => ({
      score: facts.phraseHits.filter((h) => h.entry.note === 'test promotion').reduce((sum, h) => sum + h.entry.weight, 0),
      signals: [],
    }),
  };
}
