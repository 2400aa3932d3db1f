/**
 * The fingerprint of a promotion's offer — its discounts, codes, prices, sale mechanic and product
 * words — so duplicate-promotion can tell a reworded repeat of the same offer ("Buy one, get one
 * free on all candles" / "Candles: BOGO this week") from a look-alike with another offer ("30% off
 * jackets" after "20% off jackets"), which character similarity cannot.
 */
import filler from './phrases/offer-filler.json';
import { tokenize, type Token } from './text/tokenize';
import { mechanicOf } from './offer-mechanic';
import { numberWord, spelledDiscount } from './offer-wording';

/** What an offer is made of; each set holds normalised keys ("20%", "$499", "SPRING20", "candle"). */
export interface OfferFingerprint {
  discounts: Set<string>;
  codes: Set<string>;
  prices: Set<string>;
  /** "bogo", "multi-buy 3/2", "free shipping", … */
  mechanics: Set<string>;
  /** Counts of goods: "200 hoodie" from "a run of 200 hoodies". */
  lots: Set<string>;
  products: Set<string>;
}

const FILLER = new Set(filler.entries.map((e) => e.phrase));
const CURRENCY = new Set(['$', '£', '€']);
/** "45 pounds" is "£45": a price is one key however the currency is written. */
const CURRENCY_WORDS: Record<string, string> = { pounds: '£', pound: '£', quid: '£', gbp: '£', dollars: '$', dollar: '$', bucks: '$', usd: '$', euros: '€', euro: '€', eur: '€' };
const OFF = new Set(['off', 'discount']);
const CODE_CUES = new Set(['code', 'coupon', 'promo', 'use', 'enter', 'apply']);
/** A code needs no cue when it looks like one: capitals and digits together ("EARLY25", "BRUNCH10"). */
const LOOKS_LIKE_CODE = /^(?=[A-Z0-9]{4,15}$)[A-Z]+[0-9]+[A-Z0-9]*$/;
/** Abbreviated days, cut as often as the full names in the filler list. */
const SHORT_DAYS = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
/** Contractions as the tokenizer writes them ("we'll" is "well"): pronouns, not goods. */
const CONTRACTIONS = new Set(['well', 'ill', 'youll', 'theyll', 'weve', 'ive', 'youve', 'youre', 'were', 'theyre', 'im', 'wont', 'dont', 'cant', 'isnt', 'arent', 'its', 'lets', 'thats']);

/** The offer in a text (any text: a plain post just has empty offer sets). */
export function offerFingerprint(text: string, tokens: readonly Token[] = tokenize(text)): OfferFingerprint {
  const f: OfferFingerprint = { discounts: new Set(), codes: new Set(), prices: new Set(), mechanics: mechanicOf(tokens, goodsAfter), lots: new Set(), products: new Set() };
  const multiBuy = [...f.mechanics].some((m) => m.startsWith('bogo') || m.startsWith('multi-buy'));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1]?.norm;
    const spelled = spelledDiscount(tokens, i);
    if (spelled) {
      f.discounts.add(spelled);
      continue;
    }
    // "two pizzas" counts like "2 pizzas"; not "one", nor beside a multi-buy ("two loaves for the price of one").
    const word = t.norm === 'one' || multiBuy ? NaN : numberWord(t.norm);
    if (t.isNumber || (!Number.isNaN(word) && (CURRENCY_WORDS[next ?? ''] || goodsAfter(next)))) {
      const amount = t.isNumber ? t.norm.replace(/,/g, '').replace(/\.0+$/, '') : String(word);
      const money = CURRENCY.has(tokens[i - 1]?.norm ?? '') ? tokens[i - 1].norm : (CURRENCY_WORDS[next ?? ''] ?? '');
      const goods = goodsAfter(next);
      if (next === '%' || next === 'percent') f.discounts.add(`${amount}%`);
      else if (money && (OFF.has(next ?? '') || tokens[i - 2]?.norm === 'save')) f.discounts.add(`${money}${amount} off`);
      else if (money) f.prices.add(`${money}${amount}`);
      else if (goods) f.lots.add(`${amount} ${stem(next)}`);
      continue;
    }
    const raw = text.slice(t.start, t.end);
    if ((CODE_CUES.has(tokens[i - 1]?.norm ?? '') && /\d|^[A-Z0-9]{4,}$/.test(raw) && raw.length >= 4) || LOOKS_LIKE_CODE.test(raw)) {
      f.codes.add(raw.toUpperCase());
      continue;
    }
    if (t.norm.length >= 3 && /^\p{L}+$/u.test(t.norm) && !FILLER.has(t.norm) && !SHORT_DAYS.has(t.norm) && !CONTRACTIONS.has(t.norm)) {
      // "Sundays" is the filler "sunday" once folded.
      const folded = stem(t.norm);
      if (!FILLER.has(folded)) f.products.add(folded);
    }
  }
  return f;
}

/** True when the word after a count names goods ("200 hoodies", "two pizzas"), not a unit of money or filler. */
function goodsAfter(next: string | undefined): boolean {
  return !!next && /^\p{L}{3,}$/u.test(next) && !FILLER.has(next) && !FILLER.has(stem(next)) && !CURRENCY_WORDS[next];
}

/** "candles" and "candle", "boxes" and "box" as one word: a light plural stripper, no dictionary. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('ves')) return `${word.slice(0, -3)}f`;
  if (word.length > 4 && /(?:ch|sh|x|s)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** True when the fingerprint names any offer at all (a discount, code, price or mechanic). */
export const hasOffer = (f: OfferFingerprint) => f.discounts.size + f.codes.size + f.prices.size + f.mechanics.size + f.lots.size > 0;

/** How two offers relate: the same offer, a different one, or nothing to say. */
export type OfferRelation = 'same' | 'different' | 'unknown';

/** Share of the smaller product set found in the other (0 when either is empty). */
function productOverlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

/** "free delivery" and "at no charge" name the same giving: mechanics compared with every free one as "free" too. */
// Most offers have no mechanic or a single one: compared without building sets where it can.
const freeAsOne = (m: Set<string>) => (m.size === 0 || m.has('free') || ![...m].some((k) => k.startsWith('free')) ? m : new Set([...m, 'free']));
/** What is given free, where named: "free delivery" and "free toy" are two offers. */
const freeThings = (m: Set<string>) => (m.size === 0 ? m : new Set([...m].filter((k) => k.startsWith('free ') && !k.startsWith('free trial'))));
/** The counts of goods alone: "6 left" and "six Christmas sessions" are one count told two ways. */
const counts = (lots: Set<string>) => (lots.size === 0 ? lots : new Set([...lots].map((k) => k.slice(0, k.indexOf(' ')))));

/** Both sets filled and sharing nothing: two different figures, codes or mechanics. */
const clash = (a: Set<string>, b: Set<string>) => a.size > 0 && b.size > 0 && ![...a].some((k) => b.has(k));
const shares = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));

/** Product words two offers must share (of the smaller set) to be about the same goods. */
const SAME_GOODS = 0.5;
/** At or below this the goods differ ("winter jackets" vs "summer dresses"). */
const OTHER_GOODS = 0.2;

/**
 * Compares two offers: a different discount, code or mechanic, or other goods, make them
 * different; the same discount, code or mechanic on the same goods (or the same code alone) make
 * them the same.
 */
export function compareOffers(a: OfferFingerprint, b: OfferFingerprint): OfferRelation {
  if (!hasOffer(a) || !hasOffer(b)) return 'unknown';
  if (clash(a.discounts, b.discounts) || clash(a.codes, b.codes) || clash(freeAsOne(a.mechanics), freeAsOne(b.mechanics)) || clash(freeThings(a.mechanics), freeThings(b.mechanics)) || clash(a.prices, b.prices) || clash(counts(a.lots), counts(b.lots))) return 'different';
  const goods = productOverlap(a.products, b.products);
  if (a.products.size > 0 && b.products.size > 0 && goods <= OTHER_GOODS) return 'different';
  if (shares(a.codes, b.codes)) return 'same';
  // With no product words on one side ("20% off everything") the terms alone decide.
  const noGoods = a.products.size === 0 || b.products.size === 0;
  // A shared figure (the same discount or price) is rarer than a shared mechanic or count, so one
  // shared product word besides it is enough: a reworded offer keeps its figure and renames the rest.
  const sameFigure = shares(a.discounts, b.discounts) || shares(a.prices, b.prices);
  if (sameFigure && (noGoods || goods > OTHER_GOODS)) return 'same';
  const sameTerms = shares(a.mechanics, b.mechanics) || shares(a.lots, b.lots);
  return sameTerms && (noGoods || goods >= SAME_GOODS) ? 'same' : 'unknown';
}
