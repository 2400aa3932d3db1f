/**
 * Scoring a rule's phrase hits (cold-pitch, engagement-bait): which hits count, their summed
 * weight, the spans to highlight and the words to quote.
 */
import { quoted, shorten } from '../text/quote';
import type { Span } from '../types';
import type { PhraseHit } from './match';

/** A highlighted stretch of text and the weight of the phrases in it. */
export interface WeightedSpan extends Span {
  weight: number;
}

/**
 * The phrase hits that count: a hit nested inside a longer hit is dropped, so the more specific
 * phrase decides ("check out your" weight 0 overrides "check out"). Partly overlapping hits both
 * count ("check my" + "my channel"). Linear for hits in text order, as the matcher returns them.
 */
export function outermostHits(hits: readonly PhraseHit[]): PhraseHit[] {
  const inOrder = hits.every((h, i) => i === 0 || hits[i - 1].start <= h.start);
  const sorted = inOrder ? hits : [...hits].sort((a, b) => a.start - b.start);
  const kept: PhraseHit[] = [];
  let maxEnd = -1;
  for (const h of sorted) {
    if (h.end <= maxEnd) continue;
    // Same start, longer reach: the earlier kept hit is nested in this one.
    if (kept.length && kept[kept.length - 1].start === h.start) kept.pop();
    kept.push(h);
    maxEnd = h.end;
  }
  return kept;
}

/** "phrase" +weight for each distinct phrase, at most `max`, for a diagnostic's evidence. */
export function describeHits(hits: readonly PhraseHit[], max = 12): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const h of hits) {
    if (out.length >= max) break;
    if (seen.has(h.entry.phrase)) continue;
    seen.add(h.entry.phrase);
    out.push(`${quoted(h.text, 60)} ${h.entry.weight >= 0 ? '+' : ''}${h.entry.weight}`);
  }
  return out;
}

/** Sum of weights, each phrase counted once however often it repeats (repetition is not proof). */
export function scoreOf(hits: readonly PhraseHit[]): number {
  const seen = new Set<string>();
  let score = 0;
  for (const h of hits) {
    if (seen.has(h.entry.phrase)) continue;
    seen.add(h.entry.phrase);
    score += h.entry.weight;
  }
  return score;
}

const MAX_SPANS = 50;

/**
 * Spans of the positive hits (in text order), joined when they overlap or only whitespace separates
 * them, so "check out my" + "my site" is quoted as "check out my site". Weak cues (weight 1 or less,
 * like "please") are not joined to a neighbour, so the quote names the pitch, not its tone. At most
 * 50, plenty to highlight.
 */
export function mergedSpans(text: string, hits: readonly PhraseHit[]): WeightedSpan[] {
  const out: WeightedSpan[] = [];
  let lastStrong = false;
  for (const h of hits) {
    const weight = h.entry.weight;
    if (weight <= 0) continue;
    const strong = weight > 1;
    const last = out[out.length - 1];
    const overlaps = last && h.start < last.end;
    const adjoins = last && strong && lastStrong && h.start - last.end <= 3 && /^\s*$/.test(text.slice(last.end, h.start));
    if (overlaps || adjoins) {
      last.end = Math.max(last.end, h.end);
      last.weight += weight;
      lastStrong ||= strong;
    } else if (out.length < MAX_SPANS) {
      out.push({ start: h.start, end: h.end, weight });
      lastStrong = strong;
    } else break;
  }
  return out;
}

/** The text of the heaviest span, shortened for a one-line message. */
export function quoteOf(text: string, spans: readonly WeightedSpan[]): string {
  const top = spans.reduce((a, b) => (b.weight > a.weight ? b : a));
  return shorten(text.slice(top.start, top.end), 60);
}

