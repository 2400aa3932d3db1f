/** Capitals, "!!" and a link (weak boosters), and the small credit for a question to the reader. */
import type { Token } from '../text/tokenize';
import type { Span } from '../types';
import { NEGLIGIBLE, VALUE_CAP, type PromotionSignal } from './signal';

/** Letters, at least two, none lowercase: "FREE", "FLASH SALE", not "I" or "Free". */
export function isAllCaps(raw: string): boolean {
  return raw !== raw.toLowerCase() && raw === raw.toUpperCase() && /\p{L}.*\p{L}/su.test(raw);
}

/** Share of words in capitals from which the caps booster counts. */
const CAPS_SHARE = 0.3;
/** Share of words in capitals above which single shouted phrases no longer stand out. */
export const SHOUT_SHARE = 0.5;
const YOU = new Set(['you', 'your', 'youre', 'yours', 'yourself', 'youll', 'youve', 'yall']);

export interface CapsFacts {
  /** Share of words (two letters or more) written in capitals. */
  share: number;
  capsWords: number;
  /** The longest run of consecutive words in capitals. */
  longest?: Span;
}

/** How much of the text is in capitals; HTML tag names and entities are not words. */
export function capsFacts(text: string, tokens: readonly Token[]): CapsFacts {
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
export function boosterSignals(text: string, caps: CapsFacts, links: readonly Span[]): PromotionSignal[] {
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
export function questionSignal(text: string, tokens: readonly Token[], signals: readonly PromotionSignal[]): PromotionSignal[] {
  const taken = -signals.reduce((sum, s) => sum + (s.kind === 'value' ? s.weight : 0), 0);
  const credit = Math.min(0.5, VALUE_CAP - taken);
  if (credit < NEGLIGIBLE) return [];
  const mark = tokens.find((t) => t.norm === '?');
  if (!mark || !tokens.some((t) => YOU.has(t.norm))) return [];
  return [{ kind: 'value', label: 'a question to the reader', weight: -credit, start: mark.start, end: mark.end, text: '?' }];
}
