/**
 * What a reply or comment adds to the cold-pitch score beyond its cold-pitch phrases: the
 * promotion score of the text (a reply that reads like an ad is an ad dropped in someone's thread)
 * and the reply-pitch evidence (the writer's business offered to the person replied to, or, taking
 * away, a business answering its own customer).
 */
import type { PromotionScore } from '../promotion';
import type { Token } from '../text/tokenize';
import type { Span } from '../types';
import { replyPitchEvidence } from '.';

/** A weighted stretch of the reply, for the rule's spans and quote. */
export interface PitchPart extends Span {
  weight: number;
  label: string;
}

/** Promotion signals at least this heavy are worth highlighting in a reply. */
const SHOWN = 1;

/** The extra score, and the parts that carry it (positive parts only), in text order. */
export function replyPitchScore(text: string, tokens: readonly Token[], promotion: PromotionScore): { score: number; parts: PitchPart[] } {
  const parts: PitchPart[] = [];
  let score = Math.max(0, promotion.score);
  for (const s of promotion.signals) {
    if (s.weight >= SHOWN && (s.kind === 'phrase' || s.kind === 'price' || s.kind === 'phone' || s.kind === 'email')) parts.push({ start: s.start, end: s.end, weight: s.weight, label: s.label });
  }
  if (score === 0) parts.length = 0;
  for (const e of replyPitchEvidence(text, tokens)) {
    score += e.weight;
    if (e.weight > 0) parts.push({ start: e.start, end: e.end, weight: e.weight, label: e.label });
  }
  return { score, parts: parts.sort((a, b) => a.start - b.start) };
}

/** Spans sorted and merged where they overlap, weights added, so no words are highlighted twice. */
export function joinSpans(spans: readonly { start: number; end: number; weight: number }[]): { start: number; end: number; weight: number }[] {
  const out: { start: number; end: number; weight: number }[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      last.weight += s.weight;
    } else out.push({ start: s.start, end: s.end, weight: s.weight });
  }
  return out;
}
