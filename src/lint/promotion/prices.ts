/** Money amounts, price cuts, pence, multi-buys and rates: the prices of an offer. */
import type { Token } from '../text/tokenize';
import type { Span } from '../types';
import { barePrices } from './bare-prices';
import { NEGLIGIBLE, type PromotionSignal } from './signal';

const CURRENCY_SYMBOLS = new Set(['$', '£', '€']);
const CURRENCY_WORDS = new Set(['euro', 'euros', 'eur', 'dollar', 'dollars', 'usd', 'bucks', 'pound', 'pounds', 'gbp', 'quid', 'cents', 'pence']);
const PRICE_CUES = new Set(['only', 'just', 'from', 'for', 'under', 'at', 'now', 'was', 'starting', 'costs', 'cost', 'pay']);
const SAVE_CUES = new Set(['save', 'extra', 'saving']);
const OFF_WORDS = new Set(['off', 'discount', 'savings']);
/** A price cut ("40% off", "save $20") is the plainest sales statement there is. */
const CUT = 3.5;
const PRIZE_CUES = new Set(['win', 'won', 'worth', 'prize']);

/** Money amounts ("$5", "£1.50", "5 euros") and price cuts ("40% OFF", "save $20"). */
export function priceSignals(text: string, tokens: readonly Token[], links: readonly Span[]): PromotionSignal[] {
  const out: PromotionSignal[] = [];
  const repeats = { amount: 0, cut: 0 };
  const glued = (a: Token, b: Token) => b.start - a.end <= 1;
  for (let i = 0, link = 0; i < tokens.length; i++) {
    if (isPence(tokens, i)) {
      const { start, end } = tokens[i];
      out.push({ kind: 'price', label: 'a price pitch', weight: 2 * 0.5 ** repeats.amount++, start, end, text: text.slice(start, end) });
      continue;
    }
    if (!tokens[i].isNumber) continue;
    if (isMultiBuy(tokens, i)) {
      const [start, end] = [tokens[i].start, tokens[i + 2].end];
      out.push({ kind: 'price', label: 'a multi-buy offer', weight: 2 * 0.5 ** repeats.amount++, start, end, text: text.slice(start, end) });
      i += 2;
      continue;
    }
    let first = i;
    let last = i;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    let isMoney = true;
    if (prev && CURRENCY_SYMBOLS.has(prev.norm) && glued(prev, tokens[i])) first = i - 1;
    else if (next && glued(tokens[i], next) && (CURRENCY_SYMBOLS.has(next.norm) || CURRENCY_WORDS.has(next.norm))) last = i + 1;
    else if (next && glued(tokens[i], next) && (next.norm === '%' || next.norm === 'percent')) [isMoney, last] = [false, i + 1];
    else continue;
    // The cue word may stand before an article: "win a $100 gift card", "save a whole £20".
    const article = tokens[first - 1]?.norm === 'a' || tokens[first - 1]?.norm === 'an';
    const before = tokens[article ? first - 2 : first - 1];
    const after = tokens[last + 1];
    let weight: number;
    let label: string;
    if (after && OFF_WORDS.has(after.norm)) [weight, label, last] = [CUT, isMoney ? 'money off' : 'percent off', last + 1];
    else if (before && SAVE_CUES.has(before.norm)) [weight, label, first] = [CUT, isMoney ? 'money saved' : 'percent saved', article ? first - 2 : first - 1];
    else if (!isMoney) continue; // "95% of people" is a statistic, not a sale
    else if (before && PRIZE_CUES.has(before.norm)) [weight, label] = [2.5, 'a prize amount'];
    else if ((before && PRICE_CUES.has(before.norm)) || isRate(text, tokens, last)) [weight, label] = [2, 'a price pitch'];
    else [weight, label] = [1.5, 'a money amount'];
    const start = tokens[first].start;
    const end = tokens[last].end;
    i = last;
    while (link < links.length && links[link].end <= start) link++;
    if (link < links.length && links[link].start < end) continue; // a number inside a URL
    const kind = weight === CUT ? 'cut' : 'amount';
    weight *= 0.5 ** repeats[kind]++;
    if (weight >= NEGLIGIBLE) out.push({ kind: 'price', label, weight, start, end, text: text.slice(start, end) });
  }
  for (const [first, last] of barePrices(text, tokens)) {
    const { start } = tokens[first];
    const { end } = tokens[last];
    const weight = BARE * 0.5 ** repeats.amount;
    if (weight < NEGLIGIBLE) break;
    if (links.some((l) => l.start < end && start < l.end) || out.some((s) => s.start < end && start < s.end)) continue;
    repeats.amount++;
    out.push({ kind: 'price', label: 'a price', weight, start, end, text: text.slice(start, end) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A price without a currency sign weighs like an amount with one: its cue already made it a price. */
const BARE = 1.5;

/** "just 99p", "50p each": pence only with a price cue, since "720p" is a video size. */
function isPence(tokens: readonly Token[], i: number): boolean {
  const { norm } = tokens[i];
  if (norm.length > 4 || !norm.endsWith('p') || !/^\d{1,3}p$/.test(norm)) return false;
  const before = tokens[i - 1]?.norm;
  const after = tokens[i + 1]?.norm;
  return (before !== undefined && PRICE_CUES.has(before)) || after === 'each' || after === 'per';
}

/** "2 for 1", "3-for-2", "4 for 3": small whole numbers, the second smaller. */
function isMultiBuy(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.norm !== 'for') return false;
  const small = (t: Token | undefined) => (t && /^\d{1,2}$/.test(t.norm) ? Number(t.norm) : NaN);
  const [a, b] = [small(tokens[i]), small(tokens[i + 2])];
  return b >= 1 && a > b && a <= 10;
}

const RATE_UNITS = new Set(['month', 'mo', 'week', 'wk', 'day', 'year', 'yr', 'min', 'minute', 'hour', 'hr', 'msg', 'person', 'head', 'night', 'session']);

/** "$9.99/month", "£25 per head", "£1 a minute": a rate is how offers are priced. */
function isRate(text: string, tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  const unit = next && (next.norm === 'per' || next.norm === 'a') ? tokens[last + 2] : next;
  if (!unit || !RATE_UNITS.has(unit.norm.replace(/s$/, ''))) return false;
  return unit !== next || /^\s*\/\s*$/.test(text.slice(tokens[last].end, unit.start));
}
