/**
 * engagement-bait: asks for likes, shares, tags, reactions, votes or canned comments ("like, share
 * and tag 3 friends", "comment YES if you agree", "RT to win"), which the platforms demote.
 */
import { z } from 'zod';
import type { PhraseHit } from '../phrases/match';
import type { Token } from '../text/tokenize';
import { defineRule } from '../rule';
import type { Span } from '../types';
import { describeHits, mergedSpans, outermostHits, quoteOf, scoreOf, type WeightedSpan } from '../phrases/hit-score';

const options = z.object({
  /** Summed weight at which a text reads as engagement bait. Every bait phrase alone reaches it. */
  threshold: z.number().min(0.5).max(100).default(3),
  /** Weight of a reaction poll ("❤️ for A, 😂 for B"): two or more emoji offered as answers. */
  reactionVoteWeight: z.number().min(0).max(10).default(3.5),
});

/**
 * Openers that are bait as an imperative but ordinary inside a sentence ("Like if you agree" vs
 * "looks like if we wait"), so a hit starting with one counts only where it starts a clause.
 */
const CLAUSE_OPENERS = new Set([
  'like', 'share', 'comment', 'type', 'say', 'vote', 'react', 'drop', 'rt', 'retweet', 'repost', 'follow',
]);
/** Words after which an imperative still starts its clause ("like and share", "please share"). */
const CONNECTORS = new Set(['and', 'or', 'please', 'pls', 'plz', 'then', 'just', 'now', 'also', 'so']);

/** Index of the token starting at `start` (binary search: tokens are in text order). */
function tokenAt(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a hit stands where an imperative can: text start, after punctuation, emoji or a connector. */
function startsClause(text: string, tokens: readonly Token[], hit: PhraseHit): boolean {
  const i = tokenAt(tokens, hit.start);
  if (!CLAUSE_OPENERS.has(tokens[i].norm)) return true;
  if (i === 0) return true;
  const prev = tokens[i - 1];
  return /\S/.test(text.slice(prev.end, hit.start)) || CONNECTORS.has(prev.norm);
}

// An emoji offered as an answer: "❤️ for A", "👍 = yes", "😂 → B". The gap is bounded, so the scan
// stays linear on any text.
const VOTE_OPTION_RE = /(\p{Extended_Pictographic})\uFE0F?[\u{1F3FB}-\u{1F3FF}]?[ \t]{0,3}(?:=|->|→|for\b)(?:[ \t]{0,3}[\p{L}\p{N}]{1,30})?/giu;

/** The options of a reaction poll: two or more different emoji offered as answers, else none. */
function reactionVote(text: string): Span[] {
  const spans: Span[] = [];
  const emoji = new Set<string>();
  for (const m of text.matchAll(VOTE_OPTION_RE)) {
    emoji.add(m[1]);
    if (spans.length < 20) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return emoji.size >= 2 ? spans : [];
}

/** Flags requests for likes, shares, tags, reactions, votes or canned comments, in any kind of text. */
export const engagementBait = defineRule({
  id: 'engagement-bait',
  name: 'Engagement bait',
  description: 'Asks for likes, shares, tags, reactions or canned comments ("tag 3 friends", "comment YES if you agree").',
  why: 'X, Facebook and LinkedIn detect posts that ask for engagement instead of earning it and show them to fewer people. A real question gets real replies, which the platforms reward.',
  defaultSeverity: 'warning',
  options,
  check({ draft, options: o, analysis }) {
    const raw = analysis.hitsOf('engagement-bait');
    const vote = o.reactionVoteWeight > 0 ? reactionVote(draft.text) : [];
    if (raw.length === 0 && vote.length === 0) return [];
    const tokens = analysis.tokens;
    const hits = outermostHits(raw.filter((h) => startsClause(draft.text, tokens, h)));
    let score = scoreOf(hits);
    const parts = describeHits(hits);
    const spans: WeightedSpan[] = mergedSpans(draft.text, hits);
    if (vote.length) {
      score += o.reactionVoteWeight;
      parts.push(`reaction poll (${vote.length} emoji answers) +${o.reactionVoteWeight}`);
      for (const s of vote) spans.push({ ...s, weight: o.reactionVoteWeight / vote.length });
      spans.sort((a, b) => a.start - b.start);
    }
    if (score < o.threshold || spans.length === 0) return [];
    // A poll alone is quoted whole ("❤️ for A, 😂 for B"), else the heaviest bait phrase.
    const poll = [{ start: vote[0]?.start ?? 0, end: vote[vote.length - 1]?.end ?? 0, weight: 1 }];
    const quote = quoteOf(draft.text, hits.length === 0 ? poll : spans);
    return [
      {
        message: `"${quote}" asks for engagement the platforms demote: ask a real question instead.`,
        spans: spans.slice(0, 50).map(({ start, end }) => ({ start, end })),
        evidence: `What it does: ${whatItAsks(hits, vote.length > 0)}.`,
        // The figures are for the "details" line, not the words a person reads first.
        details: `score ${+score.toFixed(2)} (threshold ${o.threshold}): ${parts.join(', ')}`,
        suggestion: 'Ask something people want to answer ("Which would you pick, and why?"): real replies reach further than requested likes, tags or shares.',
      },
    ];
  },
});

/** The kinds of ask found, in the lists' plain words (at most three), and the reaction poll. */
function whatItAsks(hits: readonly PhraseHit[], poll: boolean): string {
  const asks = [...new Set(hits.map((h) => h.entry.note))].slice(0, 3);
  if (poll) asks.push('turns reactions into a vote');
  return asks.join('; ');
}
