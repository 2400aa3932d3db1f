/**
 * Prices written without a currency sign, as small businesses often write them: "3 courses for
 * 35", "from 189 a month", "60 for the course", "£35pp", "195 + VAT", "cardamom buns for 6.50".
 * A bare number is a price only where its words say so, since most numbers in posts are counts,
 * times and dates: a price cue before it ("for", "from", "only") and nothing after it that makes
 * it a count ("for 10 years", "from 12 months"), or a rate after it ("a head", "per person").
 */
import type { Token } from '../text/tokenize';

/** Words before a bare number that make it a price when nothing after it names what is counted. */
const CUES = new Set(['for', 'from', 'only', 'just', 'was', 'usually', 'normally', 'costs', 'cost', 'priced', 'then', 'now', 'of']);
/** Cues that make even a small figure a price. */
const SURE_CUES = new Set(['only', 'just', 'costs', 'priced']);
/** "instead of 65", "down from 80": the cue is two words. */
const PAIRED_CUES = new Set(['instead of', 'down from', 'reduced to', 'yours for', 'all for']);
/** What a bare price is per: "15 a head", "49 per month", "25 an hour", "1,200/month". */
const RATE_UNITS = new Set(['head', 'person', 'people', 'month', 'mo', 'session', 'hour', 'hr', 'night', 'lesson', 'class', 'user', 'seat', 'couple', 'pax', 'week', 'year', 'yr', 'ticket', 'kid', 'child', 'adult', 'dog', 'room', 'visit', 'box', 'bag', 'pack', 'item']);
/** Words right after a number that still leave it a price: "for 55 or 95", "for 49 each", "195 + VAT". */
const AFTER_PRICE = new Set(['or', 'and', 'each', 'pp', 'pppn', 'vat', 'ex', 'inc', 'incl', 'including', 'instead', 'total', 'all', 'fitted', 'delivered', 'only', 'with']);
/** "pp" written onto the figure: "£35pp", "35pp". */
const GLUED_PER_PERSON = /^\d{1,4}(?:\.\d\d)?pp$/;

/** Token indexes [first, last] of each bare price, in text order. */
export function barePrices(text: string, tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isNumber) {
      if (GLUED_PER_PERSON.test(t.norm)) out.push([i, i]);
      continue;
    }
    if (glued(text, tokens, i)) continue;
    const next = tokens[i + 1];
    const gap = next ? text.slice(t.end, next.start) : '';
    const rated = !!next && isRate(next, tokens[i + 2], gap);
    // "just 12", "only 9": these cues say price whatever the size.
    const priced = rated || SURE_CUES.has(tokens[i - 1]?.norm ?? '');
    if (!plausibleAmount(t.norm, priced)) continue;
    if (rated) out.push([i, next.norm === 'a' || next.norm === 'an' || next.norm === 'per' ? i + 2 : i + 1]);
    else if (next && (next.norm === 'vat' || next.norm === 'pp') && (gap.trim() === '' || gap.trim() === '+')) out.push([i, i + 1]);
    else if (cued(tokens, i) && endsPrice(next, gap)) out.push([i, i]);
  }
  return out;
}

/**
 * Figures with pence, or whole amounts: from 2 before a rate ("5 a head") or after "just"/"only", else from 13, since
 * "from 9", "for 10" and "at 12" are as often opening hours and party sizes as prices.
 */
function plausibleAmount(norm: string, sure: boolean): boolean {
  const plain = norm.replace(/,/g, '');
  if (/^\d+\.\d\d$/.test(plain)) return true;
  if (!/^\d+$/.test(plain)) return false;
  const n = Number(plain);
  // A year ("for 2025", "from 2019") is a date, unless written with a thousands comma.
  if (n >= 1900 && n <= 2100 && !norm.includes(',')) return false;
  return n >= (sure ? 2 : 13) && n < 10_000_000;
}

/** A figure glued to a sign or unit the main price finder or other words own ("$16", "10%", "7:30", "3-4"). */
function glued(text: string, tokens: readonly Token[], i: number): boolean {
  const before = text[tokens[i].start - 1] ?? ' ';
  const after = text[tokens[i].end] ?? ' ';
  return /[$£€%:\-–/#@.]/.test(before) || /[%:\-–$£€]/.test(after) || /[a-z]/i.test(after);
}

function cued(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.norm;
  if (!before) return false;
  if (PAIRED_CUES.has(`${tokens[i - 2]?.norm ?? ''} ${before}`)) return true;
  // "of" alone is a count ("one of 12"); it cues only in "instead of".
  return before !== 'of' && CUES.has(before);
}

/** True when what follows leaves the number a price: the end, a break, or a word a price takes. */
function endsPrice(next: Token | undefined, gap: string): boolean {
  if (!next) return true;
  if (/[.,!;:)\n—–]|\p{Extended_Pictographic}/u.test(gap)) return !/^\s*[-–]\s*\d/.test(gap);
  return AFTER_PRICE.has(next.norm);
}

/** "15 a head", "49 per month", "1,200/month", "25 an hour". */
function isRate(next: Token, after: Token | undefined, gap: string): boolean {
  if (next.norm === 'a' || next.norm === 'an' || next.norm === 'per') return !!after && RATE_UNITS.has(after.norm.replace(/s$/, ''));
  return /^\s*\/\s*$/.test(gap) && RATE_UNITS.has(next.norm.replace(/s$/, ''));
}
