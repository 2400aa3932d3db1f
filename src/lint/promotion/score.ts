/**
 * How much a text reads like an advertisement, scored the way rule-based spam filters such as
 * SpamAssassin score mail: many small weighted signals summed against a threshold. One "free" in a
 * helpful post (1) stays far below it; "FLASH SALE 40% OFF today only, shop now" (16) is far above.
 *
 * - Phrases of the `ad`, `cta` and `urgency` lists (own phrases included): where phrases overlap
 *   the longest counts; a repeated phrase counts half as much each time; each list is capped.
 * - Structures no word list can hold: prices and price cuts (with a currency sign or without),
 *   phone numbers, e-mail addresses, text-to short codes.
 * - Pairings, the hard-sell shapes: a call to action with a deadline, several calls to action, an
 *   offer with a way to take it up (+1 each).
 * - Weak boosters (ALL CAPS, "!!", a link) that count only once something already sells.
 * - Value markers (`value` list, a question to the reader) subtract, at most 2.
 *
 * Positive signals add up within a 500-character window, so a long article is judged paragraph by
 * paragraph. Every pass is linear in the text: lint runs on every keystroke and on 1 MB drafts.
 */
import type { PhraseHit } from '../phrases/match';
import { findLinks } from '../text/links';
import type { Token } from '../text/tokenize';
import { boosterSignals, capsFacts, questionSignal, SHOUT_SHARE } from './boosters';
import { emailSignals, phoneSignals, shortCodeSignals } from './contacts';
import { pairings, phraseSignals } from './phrase-signals';
import { priceSignals } from './prices';
import { PROMOTIONAL_SCORE, WINDOW, type PromotionScore, type PromotionSignal, type Tagged } from './signal';

/** Words of a job advert. */
const JOB_ADVERT = new Set(['hiring', 'vacancy', 'vacancies', 'salary', 'wage', 'wages', 'recruiting']);

/** Boosters (caps, "!!", a link) count only once the core signals reach this. */
const BOOSTER_GATE = 2;

/** Scores a text. `facts` are the draft's tokens and (allowed-filtered) phrase hits. */
export function scorePromotion(text: string, facts: { tokens: Token[]; phraseHits: PhraseHit[] }): PromotionScore {
  const { tokens } = facts;
  const links = findLinks(text);
  const caps = capsFacts(text, tokens);
  // In a text mostly in capitals no single word stands out: only the caps booster counts then.
  const phrases = phraseSignals(text, facts.phraseHits, links, caps.share < SHOUT_SHARE);
  const contacts = [...phoneSignals(text, links), ...emailSignals(text), ...shortCodeSignals(text, tokens)];
  // In a job advert the figures are pay ("£12.50/hr"), not prices of something sold.
  const prices = tokens.some((t) => JOB_ADVERT.has(t.norm)) ? [] : priceSignals(text, tokens, links);
  const tagged: Tagged[] = [...phrases, ...prices, ...contacts, ...pairings(phrases, contacts, prices)];
  const signals: PromotionSignal[] = tagged.map(({ list: _list, ...signal }) => signal);
  const core = signals.reduce((sum, s) => sum + Math.max(0, s.weight), 0);
  if (core >= BOOSTER_GATE) signals.push(...boosterSignals(text, caps, links));
  signals.push(...questionSignal(text, tokens, signals));
  signals.sort((a, b) => a.start - b.start || b.weight - a.weight);
  return { score: Math.round(windowedScore(signals) * 100) / 100, signals };
}

/**
 * The highest sum of positive signals starting within any WINDOW characters, minus the value
 * credit of the whole post: a long article that says "free" in one paragraph and "guaranteed" ten
 * paragraphs later is not an ad, while a promotional paragraph inside a long post still is. For a
 * post shorter than the window this is the plain sum.
 */
export function windowedScore(sorted: readonly PromotionSignal[]): number {
  const positive = sorted.filter((s) => s.weight > 0);
  let best = 0;
  let sum = 0;
  for (let lo = 0, hi = 0; lo < positive.length; lo++) {
    for (; hi < positive.length && positive[hi].start - positive[lo].start < WINDOW; hi++) sum += positive[hi].weight;
    best = Math.max(best, sum);
    sum -= positive[lo].weight;
  }
  return sorted.reduce((total, s) => total + Math.min(0, s.weight), best);
}

/** True when a score means "this is a promotion". */
export function isPromotional(p: PromotionScore): boolean {
  return p.score >= PROMOTIONAL_SCORE;
}
