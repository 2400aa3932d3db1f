import { z } from 'zod';
import { PROMOTIONAL_SCORE, type PromotionSignal } from '../promotion';
import { defineRule } from '../rule';
import { quoted } from '../text/quote';
import type { Span } from '../types';

/** Signals worth quoting to the person: the words they wrote, not "ALL CAPS" or "a link". */
const QUOTABLE = new Set<PromotionSignal['kind']>(['phrase', 'price', 'phone', 'email']);
const MAX_QUOTES = 3;
/** Highlighted: the triggering words. Caps are the shouting rule's business; a link is not wrong. */
const SPANNED = new Set<PromotionSignal['kind']>(['phrase', 'price', 'phone', 'email', 'exclaim']);

/**
 * `ad-tone`: the draft reads like an advertisement. The promotion score (weighted signals, see
 * `promotion.ts`) at or above `threshold` gives the configured severity; a milder score from
 * `infoThreshold` gives an `info` hint.
 */
export const adTone = defineRule({
  id: 'ad-tone',
  name: 'Reads like an ad',
  description: 'Flags drafts that read like an advertisement: sale words, prices, deadlines, calls to action.',
  why: 'Followers tune out streams that sound like ads. Posts that give them something useful, interesting or fun earn the attention an occasional offer needs.',
  defaultSeverity: 'warning',
  options: z.object({
    /** Score from which the draft gets the configured severity. */
    threshold: z.number().min(0).max(100).default(PROMOTIONAL_SCORE),
    /** Score from which a milder `info` hint is shown; set it to the threshold to turn hints off. */
    infoThreshold: z.number().min(0).max(100).default(2.5),
  }),
  check({ analysis, options }) {
    const { score, signals } = analysis.promotion;
    const mild = score < options.threshold;
    if (score < Math.min(options.infoThreshold, options.threshold)) return [];
    const positive = signals.filter((s) => s.weight > 0);
    const quotes = topQuotes(positive);
    const subject = quotes.length ? `${listQuoted(quotes)} ${quotes.length === 1 ? 'reads' : 'read'}` : 'This draft reads';
    return [
      {
        severity: mild ? 'info' : undefined,
        message: mild
          ? `${subject} a little like an ad: make sure the post also gives the reader something.`
          : `${subject} like an ad: lead with what the reader gets.`,
        spans: spansOf(positive.filter((s) => SPANNED.has(s.kind))),
        evidence: `What makes it sell: ${strongest(positive)}.`,
        details: `ad score ${score} (${mild ? 'hint' : 'warning'} from ${mild ? options.infoThreshold : options.threshold})`,
        suggestion: 'Open with a tip, a use or a story the reader gets something from; keep one plain call to action and drop the pressure words.',
      },
    ];
  },
});

/** The strongest quotable signals (at most three, one per wording), back in text order. */
function topQuotes(signals: readonly PromotionSignal[]): PromotionSignal[] {
  const seen = new Set<string>();
  const quotable = signals.filter((s) => QUOTABLE.has(s.kind));
  // Quote the words that carry the score; a faint "now" only when nothing stronger is there.
  const strong = quotable.filter((s) => s.weight >= 1);
  return (strong.length ? strong : quotable)
    .sort((a, b) => b.weight - a.weight || a.start - b.start)
    .filter((s) => {
      const key = s.text.toLowerCase();
      return !seen.has(key) && !!seen.add(key);
    })
    .slice(0, MAX_QUOTES)
    .sort((a, b) => a.start - b.start);
}

/** `"a"`, `"a" and "b"`, `"a", "b" and "c"`. */
function listQuoted(signals: readonly PromotionSignal[]): string {
  const q = signals.map((s) => quoted(s.text, 40));
  return q.length === 1 ? q[0] : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}

/** Merged, sorted spans so the UI never highlights the same words twice. */
function spansOf(signals: readonly PromotionSignal[]): Span[] {
  const sorted = signals.map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The four heaviest reasons, for the evidence line. */
function strongest(signals: readonly PromotionSignal[]): string {
  const labels = [...signals].sort((a, b) => b.weight - a.weight).map((s) => s.label);
  return [...new Set(labels)].slice(0, 4).join('; ');
}
