/**
 * How much a text reads like an advertisement, scored the way rule-based spam filters such as
 * SpamAssassin score mail: many small weighted signals summed against a threshold. One "free" in a
 * helpful post (1) stays far below it; "FLASH SALE 40% OFF today only, shop now" (16) is far above.
 *
 * - Phrases of the `ad`, `cta` and `urgency` lists (own phrases included): where phrases overlap
 *   the longest counts; a repeated phrase counts half as much each time; each list is capped.
 * - Structures no word list can hold: prices and price cuts, phone numbers, text-to short codes.
 * - Pairings, the hard-sell shapes: a call to action with a deadline, several calls to action, an
 *   offer with a way to take it up (+1 each).
 * - Weak boosters (ALL CAPS, "!!", a link) that count only once something already sells.
 * - Value markers (`value` list, a question to the reader) subtract, at most 2.
 *
 * Positive signals add up within a 500-character window, so a long article is judged paragraph by
 * paragraph. Every pass is linear in the text: lint runs on every keystroke and on 1 MB drafts.
 */
import type { PhraseHit } from './phrases/match';
import { findLinks } from './text/links';
import type { Token } from './text/tokenize';
import type { Span } from './types';

/** What kind of evidence a signal is; the UI quotes `phrase`, `price` and `phone` signals. */
export type PromotionSignalKind = 'phrase' | 'price' | 'phone' | 'pairing' | 'caps' | 'exclaim' | 'link' | 'value';

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
export const PROMOTIONAL_SCORE = 3.5;

/** Most a list can add however often its phrases occur: a long post is not an ad by length alone. */
const LIST_CAP: Record<string, number> = { ad: 7, cta: 5, urgency: 4 };
/** Most that value markers can take off: a tip does not cancel a hard sell. */
const VALUE_CAP = 2;
/** Boosters (caps, "!!", a link) count only once the core signals reach this. */
const BOOSTER_GATE = 2;
/** Characters within which signals add up: about a long tweet or a short Facebook post. */
const WINDOW = 500;
/** Signals that would add less than this are dropped (the 5th "free" adds nothing). */
const NEGLIGIBLE = 0.05;
/** Occurrences of one phrase that can still count: 3 × 0.5^7 is below NEGLIGIBLE. */
const MAX_REPEATS = 8;

/** Scores a text. `facts` are the draft's tokens and (allowed-filtered) phrase hits. */
export function scorePromotion(text: string, facts: { tokens: Token[]; phraseHits: PhraseHit[] }): PromotionScore {
  const { tokens } = facts;
  const links = findLinks(text);
  const caps = capsFacts(text, tokens);
  // In a text mostly in capitals no single word stands out: only the caps booster counts then.
  const phrases = phraseSignals(text, facts.phraseHits, links, caps.share < SHOUT_SHARE);
  const contacts = [...phoneSignals(text, links), ...shortCodeSignals(text, tokens)];
  const prices = priceSignals(text, tokens, links);
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
function windowedScore(sorted: readonly PromotionSignal[]): number {
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

// ─── phrase lists ────────────────────────────────────────────────────────────────────────────────

const SCORED_LISTS = new Set(['ad', 'cta', 'urgency', 'value']);

/** A signal that remembers the list it came from, for the pairings. */
type Tagged = PromotionSignal & { list?: string };

/** Phrase hits, overlaps resolved (the longest phrase wins), repeats halved, each list capped. */
function phraseSignals(text: string, hits: readonly PhraseHit[], links: readonly Span[], shoutCounts: boolean): Tagged[] {
  // Words inside a URL ("shop.example.com/sale") were not written as prose. Hits come in text order.
  // Past its first few occurrences an entry adds nothing (halving): dropping those early keeps a
  // 1 MB draft full of "free" cheap to rank.
  let link = 0;
  const occurrences = new Map<PhraseHit['entry'], number>();
  const scored = hits.filter((h) => {
    while (link < links.length && links[link].end <= h.start) link++;
    if (!SCORED_LISTS.has(h.list) || (link < links.length && links[link].start <= h.start)) return false;
    const n = (occurrences.get(h.entry) ?? 0) + 1;
    occurrences.set(h.entry, n);
    return n <= MAX_REPEATS;
  });
  if (scored.length === 0) return [];
  // "free shipping" and "free" on the same words must not both count: longest, then heaviest wins.
  const ranked = [...scored].sort((a, b) => b.end - b.start - (a.end - a.start) || Math.abs(b.entry.weight) - Math.abs(a.entry.weight) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const kept: PhraseHit[] = [];
  for (const h of ranked) {
    let free = true;
    for (let i = h.start; i < h.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, h.start, h.end);
    kept.push(h);
  }
  kept.sort((a, b) => a.start - b.start);
  const seen = new Map<PhraseHit['entry'], number>();
  const listTotal = new Map<string, number>();
  const out: Tagged[] = [];
  for (const h of kept) {
    const repeat = seen.get(h.entry) ?? 0;
    seen.set(h.entry, repeat + 1);
    const isValue = h.list === 'value';
    // A sales word in capitals ("FREE", "SALE") is the word shouted: half as much again.
    const shouted = shoutCounts && !isValue && h.entry.weight > 0 && isAllCaps(h.text);
    let weight = h.entry.weight * (shouted ? 1.5 : 1) * 0.5 ** repeat;
    const cap = h.list === 'value' ? VALUE_CAP : LIST_CAP[h.list];
    const total = listTotal.get(h.list) ?? 0;
    weight = Math.min(Math.abs(weight), Math.max(0, cap - total)) * Math.sign(weight);
    if (Math.abs(weight) < NEGLIGIBLE) continue;
    listTotal.set(h.list, total + Math.abs(weight));
    out.push({ kind: isValue ? 'value' : 'phrase', label: shouted ? `${h.entry.note} (in capitals)` : h.entry.note, weight: isValue ? -weight : weight, start: h.start, end: h.end, text: h.text, list: h.list });
  }
  return out;
}

/** How close (in characters) a weak "now" must follow a call to action to count as pressure. */
const NEAR = 30;

/**
 * The hard-sell shapes, each +1: a call to action (or a number to ring or text) with a deadline;
 * more than one call to action; an offer with a way to take it up. A plain "now" counts as a
 * deadline only right after the action ("call 0800 123 4567 NOW"), since "now" alone is everyday
 * speech. Works on counted signals only, which caps and halving keep few even in a 1 MB draft.
 */
function pairings(phrases: readonly Tagged[], contacts: readonly PromotionSignal[], prices: readonly PromotionSignal[]): Tagged[] {
  const near = (a: Span, b: Span) => Math.abs(a.start - b.start) < WINDOW;
  const ctas = phrases.filter((s) => s.list === 'cta' && s.weight >= 1);
  const actions: Span[] = [...ctas, ...contacts];
  const out: Tagged[] = [];
  const pair = (s: PromotionSignal, label: string) => out.push({ ...s, kind: 'pairing', label, weight: 1 });
  const urgent = phrases.find(
    (u) => u.list === 'urgency' && actions.some((a) => (u.weight >= 1 && near(u, a)) || (u.start >= a.end && u.start - a.end <= NEAR)),
  );
  if (urgent) pair(urgent, 'a deadline next to a call to action');
  const second = ctas.find((c) => c.text.toLowerCase() !== ctas[0].text.toLowerCase() && near(c, ctas[0]));
  if (second) pair(second, 'more than one call to action');
  // A plain "free" is not yet an offer ("are you free now?"); "FREE", "free shipping" or a price is.
  const offer = [...phrases.filter((s) => s.list === 'ad' && s.weight >= 1.5), ...prices].find((o) => actions.some((a) => near(o, a)));
  if (offer) pair(offer, 'an offer with a way to take it up');
  return out;
}

// ─── prices ──────────────────────────────────────────────────────────────────────────────────────

const CURRENCY_SYMBOLS = new Set(['$', '£', '€']);
const CURRENCY_WORDS = new Set(['euro', 'euros', 'eur', 'dollar', 'dollars', 'usd', 'bucks', 'pound', 'pounds', 'gbp', 'quid', 'cents', 'pence']);
const PRICE_CUES = new Set(['only', 'just', 'from', 'for', 'under', 'at', 'now', 'was', 'starting', 'costs', 'cost', 'pay']);
const SAVE_CUES = new Set(['save', 'extra', 'saving']);
const OFF_WORDS = new Set(['off', 'discount', 'savings']);
/** A price cut ("40% off", "save $20") is the plainest sales statement there is. */
const CUT = 3.5;
const PRIZE_CUES = new Set(['win', 'won', 'worth', 'prize']);

/** Money amounts ("$5", "£1.50", "5 euros") and price cuts ("40% OFF", "save $20"). */
function priceSignals(text: string, tokens: readonly Token[], links: readonly Span[]): PromotionSignal[] {
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
  return out;
}

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

// ─── phone numbers and short codes ───────────────────────────────────────────────────────────────

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Phone numbers: 7 to 13 digits in groups joined by single spaces, dashes, dots or parentheses
 * ("0800 123 4567", "(555) 123-4567", "+44 20 7946 0018"). Dates, decimals, thousands ("1.000.000"),
 * counts and year ranges are not phones. A character scan, linear in the text.
 */
function phoneSignals(text: string, links: readonly Span[]): PromotionSignal[] {
  const out: PromotionSignal[] = [];
  let repeat = 0;
  for (let i = 0, link = 0; i < text.length; ) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const groups: string[] = [];
    const seps = new Set<string>();
    let j = i;
    let groupStart = i;
    while (j < text.length) {
      if (isDigit(text.charCodeAt(j))) {
        j++;
        continue;
      }
      // one separator, or ") " after an area code, then more digits
      let k = j + 1;
      if (text[j] === ')' && text[k] === ' ') k++;
      if (!' -.()'.includes(text[j]) || k >= text.length || !isDigit(text.charCodeAt(k))) break;
      if (groups.length <= MAX_GROUPS) groups.push(text.slice(groupStart, j)); // longer runs are no phone anyway
      seps.add(text[j]);
      groupStart = j = k;
    }
    if (groups.length <= MAX_GROUPS) groups.push(text.slice(groupStart, j));
    let start = i;
    if (start > 0 && (text[start - 1] === '+' || text[start - 1] === '(')) start--;
    const glued = start > 0 && /[\p{L}\p{N}_]/u.test(text[start - 1]);
    i = j;
    if (glued || !looksLikePhone(groups, seps, text[start])) continue;
    while (link < links.length && links[link].end <= start) link++;
    if (link < links.length && links[link].start < j) continue;
    const weight = 2 * 0.5 ** repeat++;
    if (weight >= NEGLIGIBLE) out.push({ kind: 'phone', label: 'a phone number', weight, start, end: j, text: text.slice(start, j) });
  }
  return out;
}

const MAX_GROUPS = 5;
const isYear = (g: string) => g.length === 4 && (g.startsWith('19') || g.startsWith('20'));

function looksLikePhone(groups: readonly string[], seps: ReadonlySet<string>, first: string): boolean {
  const digits = groups.reduce((n, g) => n + g.length, 0);
  if (digits < 7 || digits > 13 || groups.length > MAX_GROUPS) return false;
  if (groups.length === 1) {
    // Without separators only a number that dials like one: a leading 0 or +, or ten digits and
    // more that are not a round count ("1000000000 views").
    const g = groups[0];
    return first === '+' || g.startsWith('0') || (g.length >= 10 && !/0{5}$/.test(g));
  }
  const rest = groups.slice(1);
  if (rest.some((g) => g.length < 2)) return false; // "1 2 3 4 5 6 7" is a list
  if (seps.has('.') && groups.length === 2) return false; // a decimal
  if (groups[0].length <= 3 && rest.every((g) => g.length === 3) && !seps.has('-')) return false; // "1.000.000"
  const [a, b, c] = groups.map((g) => g.length);
  if (groups.length === 3 && ((a === 4 && b <= 2 && c <= 2) || (a <= 2 && b <= 2 && c === 4))) return false; // a date
  return !groups.every(isYear); // "2015 2016", "2008-2010"
}

const TEXTING_VERBS = new Set(['text', 'txt', 'sms', 'send', 'reply', 'msg']);

/** Short codes of SMS marketing: "text JOIN to 55555", "reply WIN to 80086". Span from the verb. */
function shortCodeSignals(text: string, tokens: readonly Token[]): PromotionSignal[] {
  const out: PromotionSignal[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isNumber || t.end - t.start < 4 || t.end - t.start > 6 || !/^\d+$/.test(t.norm)) continue;
    // "to 80086", "to no: 80086"
    const to = tokens[i - 1].norm === 'to' || (tokens[i - 2].norm === 'to' && (tokens[i - 1].norm === 'no' || tokens[i - 1].norm === 'number'));
    if (!to) continue;
    let verb = -1;
    for (let k = i - 2; k >= Math.max(0, i - 6) && verb < 0; k--) if (TEXTING_VERBS.has(tokens[k].norm)) verb = k;
    if (verb < 0) continue;
    const weight = 3 * 0.5 ** out.length;
    if (weight < NEGLIGIBLE) break;
    const start = tokens[verb].start;
    out.push({ kind: 'phone', label: 'a text-to short code', weight, start, end: t.end, text: text.slice(start, t.end) });
  }
  return out;
}

// ─── capitals, boosters and the question credit ──────────────────────────────────────────────────

/** Letters, at least two, none lowercase: "FREE", "FLASH SALE", not "I" or "Free". */
function isAllCaps(raw: string): boolean {
  return raw !== raw.toLowerCase() && raw === raw.toUpperCase() && /\p{L}.*\p{L}/su.test(raw);
}

/** Share of words in capitals from which the caps booster counts. */
const CAPS_SHARE = 0.3;
/** Share of words in capitals above which single shouted phrases no longer stand out. */
const SHOUT_SHARE = 0.5;
const YOU = new Set(['you', 'your', 'youre', 'yours', 'yourself', 'youll', 'youve', 'yall']);

interface CapsFacts {
  /** Share of words (two letters or more) written in capitals. */
  share: number;
  capsWords: number;
  /** The longest run of consecutive words in capitals. */
  longest?: Span;
}

/** How much of the text is in capitals; HTML tag names and entities are not words. */
function capsFacts(text: string, tokens: readonly Token[]): CapsFacts {
  let words = 0;
  let capsWords = 0;
  let run: Span | undefined;
  let longest: Span | undefined;
  for (const t of tokens) {
    if (t.end - t.start < 2) continue;
    const c = text.charCodeAt(t.start);
    if (c >= 97 && c <= 122 && !/[<&/]/.test(text[t.start - 1] ?? '')) {
      // Fast path for the common case, a word starting with a lowercase ASCII letter.
      words++;
      run = undefined;
      continue;
    }
    if (/[<&/]/.test(text[t.start - 1] ?? '')) continue;
    const raw = text.slice(t.start, t.end);
    if (!/^\p{L}+$/u.test(raw)) continue;
    words++;
    if (!isAllCaps(raw)) {
      run = undefined;
      continue;
    }
    capsWords++;
    run = run ? { start: run.start, end: t.end } : { start: t.start, end: t.end };
    if (!longest || run.end - run.start > longest.end - longest.start) longest = run;
  }
  return { share: words ? capsWords / words : 0, capsWords, longest };
}

/** Weak boosters: shouting, "!!" runs and a link add a little to a text that already sells. */
function boosterSignals(text: string, caps: CapsFacts, links: readonly Span[]): PromotionSignal[] {
  const out: PromotionSignal[] = [];
  const { longest } = caps;
  if (longest && caps.capsWords >= 3 && caps.share >= CAPS_SHARE) {
    out.push({ kind: 'caps', label: 'ALL CAPS', weight: 1, start: longest.start, end: longest.end, text: text.slice(longest.start, longest.end) });
  }
  const bang = text.indexOf('!!');
  if (bang >= 0) {
    let end = bang + 2;
    while (text[end] === '!') end++;
    out.push({ kind: 'exclaim', label: 'a run of exclamation marks', weight: 0.5, start: bang, end, text: text.slice(bang, end) });
  }
  if (links.length) {
    const l = links[0];
    out.push({ kind: 'link', label: 'a link', weight: 0.5, start: l.start, end: l.end, text: text.slice(l.start, l.end) });
  }
  return out;
}

/** A question put to the reader ("you" and a "?") is conversation, not a pitch: a small credit. */
function questionSignal(text: string, tokens: readonly Token[], signals: readonly PromotionSignal[]): PromotionSignal[] {
  const taken = -signals.reduce((sum, s) => sum + (s.kind === 'value' ? s.weight : 0), 0);
  const credit = Math.min(0.5, VALUE_CAP - taken);
  if (credit < NEGLIGIBLE) return [];
  const mark = tokens.find((t) => t.norm === '?');
  if (!mark || !tokens.some((t) => YOU.has(t.norm))) return [];
  return [{ kind: 'value', label: 'a question to the reader', weight: -credit, start: mark.start, end: mark.end, text: '?' }];
}
