/**
 * Look-alikes that are not the same promotion: the same template with another product swapped in
 * ("rose bouquets" → "tulip bouquets", "Free delivery" → "Free toy"), and a notice that withdraws
 * or changes the offer in its own words ("Not this week, sorry: the oven's broken").
 * Character similarity calls both a repeat; the words that changed say otherwise.
 */
import type { OfferFingerprint } from './offer-fingerprint';
import type { Token } from './text/tokenize';

/** Two words this close are one word misspelt ("bouqets"), not two products. */
const TYPO = 2;

/**
 * True when each side names goods the other does not, and no such pair is a typo of the other:
 * one product replaced by another in an otherwise alike post.
 */
export function swappedGoods(a: OfferFingerprint, b: OfferFingerprint): boolean {
  const onlyA = [...a.products].filter((w) => !b.products.has(w));
  const onlyB = [...b.products].filter((w) => !a.products.has(w));
  if (onlyA.length === 0 || onlyB.length === 0) return false;
  return onlyA.some((x) => !onlyB.some((y) => alike(x, y))) && onlyB.some((y) => !onlyA.some((x) => alike(x, y)));
}

/** A typo or a spelling variant: one word starts the other ("enrol"/"enroll"), or a small edit distance. */
function alike(x: string, y: string): boolean {
  if (x.startsWith(y) || y.startsWith(x)) return true;
  if (Math.abs(x.length - y.length) > TYPO) return false;
  return editDistance(x, y) <= TYPO;
}

/** Levenshtein distance of two short words (product words are single words, so this stays small). */
function editDistance(x: string, y: string): number {
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[y.length];
}

/** Words that call an offer off, put it back or end it. */
const WITHDRAWN = new Set(['cancelled', 'canceled', 'postponed', 'sorry', 'apologies', 'unfortunately', 'broken', 'closed', 'ended', 'over', 'withdrawn', 'paused', 'rescheduled']);

/** True when the draft has any word that may call an offer off: checked first, so most drafts never tokenize their history. */
export function mayWithdraw(draft: readonly Token[]): boolean {
  return draft.some((t) => WITHDRAWN.has(t.norm)) || hasNotThis(draft);
}

/** True when the draft calls off or ends the offer in words the earlier post did not use. */
export function withdrawsOffer(draft: readonly Token[], earlier: readonly Token[]): boolean {
  const before = new Set(earlier.map((t) => t.norm));
  return draft.some((t) => WITHDRAWN.has(t.norm) && !before.has(t.norm)) || (hasNotThis(draft) && !hasNotThis(earlier));
}

/** "not this week", "not today": the usual offer, not on now. */
function hasNotThis(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.norm === 'not' && (tokens[i + 1]?.norm === 'this' || tokens[i + 1]?.norm === 'today' || tokens[i + 1]?.norm === 'running'));
}
