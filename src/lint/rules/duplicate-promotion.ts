import { z } from 'zod';
import { promotionOfText } from '../analysis';
import { isPromotional } from '../promotion';
import { defineRule } from '../rule';
import type { HistoryPost } from '../types';
import { compareOffers, hasOffer, offerFingerprint, type OfferFingerprint } from '../offer-fingerprint';
import { offerIndexFor } from '../offer-index';
import { mayWithdraw, swappedGoods, withdrawsOffer } from '../offer-lookalike';
import { tokenize } from '../text/tokenize';
import { shorten } from '../text/quote';
import { normalizeForSimilarity, type SimilarityMatch } from '../similarity';

const DAY = 86_400_000;
/** A repeat that is no promotion is only worth a note when it is nearly word for word. */
const NEAR_IDENTICAL = 0.9;
/** Under this many letters and digits ("Sale!", an emoji) bigram similarity means nothing. */
const MIN_CHARS = 8;
const QUOTE_CHARS = 40;

/**
 * The same promotion posted again ("20% OFF your entire purchase TODAY" six times): the draft is a
 * near-duplicate (Dice on character bigrams of the normalised texts) of earlier posts on the same
 * platform within the window. A repeat that is no promotion is reported as `info` when it is
 * nearly identical.
 */
export const duplicatePromotion = defineRule({
  id: 'duplicate-promotion',
  name: 'Repeated promotion',
  description: 'A promotion that repeats one you posted recently.',
  why: 'Followers skim past an offer they have already seen and tire of an account that repeats itself; platforms also show repeated posts to fewer people.',
  defaultSeverity: 'warning',
  options: z.object({
    // 0.8 holds a typo ("you entire", 94 %), a new figure ("25% OFF", 100 %: numbers count as one)
    // or a reworded weekday (~0.8), but not the same template for another product ("winter
    // jackets" vs "summer dresses", ~0.64) nor two different offers (< 0.3).
    /** Similarity (0..1) from which two posts count as the same. */
    threshold: z.number().min(0.5).max(1).default(0.8),
    // 30 days, like promo-ratio's window: followers remember a month-old offer, while repeating a
    // monthly sale once a month is fair.
    /** How far back earlier posts count. */
    windowDays: z.number().int().min(1).max(365).default(30),
    // Off: announcing one thing on X, Facebook and LinkedIn reaches three audiences, not one twice.
    /** Whether a copy on another platform counts. */
    crossPlatform: z.boolean().default(false),
  }),
  check({ draft, now, options, analysis }) {
    if (draft.kind !== 'post') return [];
    const index = analysis.historyIndex;
    const times = index.times;
    const after = now - options.windowDays * DAY;
    const inScope = (post: HistoryPost, i: number) =>
      (post.kind ?? 'post') === 'post' && (options.crossPlatform || post.platform === draft.platform) && times[i] > after && times[i] <= now;
    const alike = index.search(draft.text, {
      threshold: options.threshold,
      platform: options.crossPlatform ? undefined : draft.platform,
      after,
      until: now,
      filter: (post) => (post.kind ?? 'post') === 'post',
    });
    const offers = offerIndexFor(analysis.history);
    const print = offerFingerprint(draft.text, analysis.tokens);
    // A look-alike with another offer (another discount, price or product swapped in) is a new
    // promotion, and a post calling the offer off is a notice, not the offer again.
    const sameTerms = new Set<SimilarityMatch>();
    const matches = alike.filter((m) => {
      const earlier = offers.fingerprint(m.index);
      const relation = compareOffers(print, earlier);
      if (relation === 'same') sameTerms.add(m);
      return relation !== 'different' && !swappedGoods(print, earlier);
    });
    // Look-alikes already judged (kept or set aside as another offer) are not judged again as rewordings.
    const sameOffer = hasOffer(print) ? rewordedRepeats(print, offers, analysis.history, inScope, alike, [after, now]) : [];
    const withdrawing = mayWithdraw(analysis.tokens);
    const repeated = [...matches, ...sameOffer].filter((m) => !withdrawing || !withdrawsOffer(analysis.tokens, tokenize(m.post.text)));
    if (repeated.length === 0 || normalizeForSimilarity(draft.text).length < MIN_CHARS) return [];
    // Repeating an offer's own terms (the same price, discount or code) is repeating a promotion.
    const promotional =
      sameOffer.length > 0 ||
      isPromotional(analysis.promotion) ||
      matches.some((m) => sameTerms.has(m)) ||
      matches.some((m) => isPromotional(promotionOfText(m.post.text, analysis.settings)));
    const kept = new Set(repeated);
    const repeats = promotional ? repeated : matches.filter((m) => kept.has(m)).filter((m) => m.score >= Math.max(NEAR_IDENTICAL, options.threshold));
    if (repeats.length === 0) return [];
    const byTime = [...repeats].sort((a, b) => times[a.index] - times[b.index]);
    const latest = byTime[byTime.length - 1];
    const about = `("${quoteStart(latest.post.text)}")`;
    const what = latest.score > 0 ? 'Almost the same as' : 'The same offer as';
    const message =
      repeats.length === 1
        ? `${what} your post of ${dateOf(latest, times)} ${about}: say something new or point to the earlier post.`
        : `${what} ${repeats.length} of your posts since ${dateOf(byTime[0], times)}, the latest on ${dateOf(latest, times)} ${about}: say something new or point to the earlier post.`;
    const details =
      latest.score > 0
        ? `${percent(latest.score)}% alike in wording (counted from ${percent(options.threshold)}%)`
        : `same offer terms: ${termsOf(print, offers.fingerprint(latest.index))}`;
    return [
      {
        message,
        evidence: latest.post.text,
        details,
        ...(promotional
          ? { suggestion: 'Repeat an offer only when something changed (a new product, the last day) and say what changed.' }
          : { severity: 'info' as const }),
      },
    ];
  },
});

/** Earlier posts in scope that make the same offer in other words (score 0: not alike by wording). */
function rewordedRepeats(
  print: OfferFingerprint,
  offers: ReturnType<typeof offerIndexFor>,
  history: readonly HistoryPost[],
  inScope: (post: HistoryPost, i: number) => boolean,
  already: readonly SimilarityMatch[],
  [after, until]: [number, number],
): SimilarityMatch[] {
  const seen = new Set(already.map((m) => m.index));
  const out: SimilarityMatch[] = [];
  for (const i of offers.candidates(print, after, until)) {
    if (seen.has(i) || !inScope(history[i], i)) continue;
    if (compareOffers(print, offers.fingerprint(i)) === 'same') out.push({ post: history[i], index: i, score: 0 });
  }
  return out;
}

/** The shared terms of two offers, for the details line ("20%, code WOOF20"). */
function termsOf(a: OfferFingerprint, b: OfferFingerprint): string {
  const shared = (x: Set<string>, y: Set<string>, label = '') => [...x].filter((k) => y.has(k)).map((k) => label + k);
  return [...shared(a.discounts, b.discounts), ...shared(a.codes, b.codes, 'code '), ...shared(a.prices, b.prices), ...shared(a.mechanics, b.mechanics)].join(', ');
}

/** The calendar date as the person wrote it (the ISO date part), else in UTC. */
function dateOf(match: SimilarityMatch, times: Float64Array): string {
  const written = /^\d{4}-\d{2}-\d{2}/.exec(match.post.publishedAt.trim());
  return written ? written[0] : new Date(times[match.index]).toISOString().slice(0, 10);
}

/** Floor, so "100%" means identical after normalising. */
const percent = (score: number) => Math.floor(score * 100 + 1e-9);

/** The first ~40 characters on one line, cut at a word boundary where there is one. */
const quoteStart = (text: string) => shorten(text, QUOTE_CHARS, { atWord: true });
