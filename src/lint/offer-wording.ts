/**
 * Offer terms written in words rather than figures, so a reworded repeat of an offer keys the same
 * as the original: "twenty quid" is £20, "a quarter off" is 25%, "half price" is 50%, "two weeks
 * free" is a 14-day free trial, "at no cost" and "on us" are free.
 */
import type { Token } from './text/tokenize';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100,
};
/** Shares of a price said as a fraction: "a quarter off", "half price", "a third cheaper". */
const FRACTIONS: Record<string, number> = { half: 50, quarter: 25, third: 33 };
const CUT_WORDS = new Set(['off', 'price', 'priced', 'cheaper', 'less']);
const DAYS_PER: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7, month: 30, months: 30 };
/** Ways of saying "free of charge" once a thing is named. */
const FREE_WORDS = new Set(['free', 'complimentary', 'gratis']);

/** A number written as a word ("twenty"), or NaN. */
export function numberWord(norm: string): number {
  return NUMBER_WORDS[norm] ?? NaN;
}

/** A figure token or a number word as a number, else NaN. */
export function amountOf(t: Token | undefined): number {
  if (!t) return NaN;
  if (t.isNumber && /^\d+$/.test(t.norm)) return Number(t.norm);
  return numberWord(t.norm);
}

/** "a quarter off", "half price", "half-price", "a third cheaper": the percentage, or undefined. */
export function spelledDiscount(tokens: readonly Token[], i: number): string | undefined {
  const share = FRACTIONS[tokens[i].norm];
  if (share === undefined) return undefined;
  // "second candle half price" is a multi-buy of its own, not half off everything.
  for (let k = Math.max(0, i - 3); k < i; k++) if (tokens[k].norm === 'second' || tokens[k].norm === '2nd') return undefined;
  const next = tokens[i + 1]?.norm ?? '';
  if (CUT_WORDS.has(next) || next === 'half-price' || tokens[i].norm === 'half-price') return `${share}%`;
  return undefined;
}

/**
 * The length of a free trial, however it is said: "free for 14 days", "14-day free trial", "the
 * first two weeks are on us", "first month free". Undefined when the words name no trial.
 */
export function freeTrialDays(tokens: readonly Token[], i: number): number | undefined {
  const w = tokens[i].norm;
  // "free for 14 days", "free for two weeks"
  if (FREE_WORDS.has(w) && tokens[i + 1]?.norm === 'for') return span(tokens, i + 2);
  // "14-day free trial", "30 day trial"
  const n = amountOf(tokens[i]);
  if (!Number.isNaN(n) && /^days?$/.test(tokens[i + 1]?.norm ?? '') && (tokens[i + 2]?.norm === 'trial' || tokens[i + 3]?.norm === 'trial')) return n;
  // "first two weeks are on us", "first month free"
  if (w === 'first') {
    const days = span(tokens, i + 1) ?? (DAYS_PER[tokens[i + 1]?.norm ?? ''] ? DAYS_PER[tokens[i + 1].norm] : undefined);
    if (days === undefined) return undefined;
    for (let k = i + 2; k <= i + 6 && k < tokens.length; k++) if (FREE_WORDS.has(tokens[k].norm) || (tokens[k].norm === 'on' && tokens[k + 1]?.norm === 'us')) return days;
  }
  return undefined;
}

/** "14 days", "two weeks", "a month" from `i`: the number of days, or undefined. */
function span(tokens: readonly Token[], i: number): number | undefined {
  const n = tokens[i]?.norm === 'a' ? 1 : amountOf(tokens[i]);
  const per = DAYS_PER[tokens[i + 1]?.norm ?? ''];
  return Number.isNaN(n) || !per ? undefined : n * per;
}

/**
 * "at no cost", "no charge", "on us", "FREE": something given free, as `free`, or `free toy` when
 * the word after names what ("Free toy with every order"). Undefined when nothing is given free;
 * delivery, shipping, gifts and trials have mechanics of their own.
 */
export function freeOfCharge(tokens: readonly Token[], i: number, isGoods: (word: string) => boolean): string | undefined {
  const w = tokens[i].norm;
  const next = tokens[i + 1]?.norm ?? '';
  if (FREE_WORDS.has(w)) {
    if (['delivery', 'shipping', 'postage', 'gift', 'for', 'trial'].includes(next)) return undefined;
    return isGoods(next) ? `free ${next}` : 'free';
  }
  if (w === 'no' && (next === 'cost' || next === 'charge')) return 'free';
  return w === 'on' && next === 'us' ? 'free' : undefined;
}
