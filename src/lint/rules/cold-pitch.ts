/**
 * cold-pitch: a reply or comment that pitches the writer's own channel, site or services to a
 * stranger ("I see you enjoy this product. Please check out my site!"), or trades follows.
 */
import { z } from 'zod';
import { describeHits, mergedSpans, outermostHits, quoteOf, scoreOf } from '../phrases/hit-score';
import type { PhraseHit } from '../phrases/match';
import type { Token } from '../text/tokenize';
import { defineRule } from '../rule';
import { findLinks } from '../text/links';
import { joinSpans, replyPitchScore } from '../signals/pitch-score';
import type { Span } from '../types';

const options = z.object({
  /** Summed weight at which a reply or comment reads as a cold pitch. */
  threshold: z.number().min(0.5).max(100).default(4),
  /**
   * A top-level post is the writer's own space, so pitching there is ad-tone's business. Only a
   * single phrase at least this heavy flags a post: the follow/sub trades weigh 5.
   */
  postPhraseWeight: z.number().min(0.5).max(100).default(5),
  /** Added once when a reply or comment carries a link: cold pitches exist to deliver one. */
  linkWeight: z.number().min(0).max(10).default(2.5),
  /** Added once for an @handle ("follow @mybrand"); small, as replies often name people. */
  handleWeight: z.number().min(0).max(10).default(1),
  /**
   * Added when the comment says nothing but the pitch: phrases weighing 2 or more and at most
   * `bareWords` other words, or a link with at most one word ("Nice! <link>"). A real answer has
   * words of its own; a lone weak cue ("vote for", "I wrote") in a short reply is just a short reply.
   */
  bareWeight: z.number().min(0).max(10).default(2.5),
  bareWords: z.number().int().min(0).max(20).default(3),
});

/** What surrounds the phrases: a link, an @handle, and how many words are neither phrase nor link. */
interface Surroundings {
  link: boolean;
  handle: boolean;
  /** Words (two letters or more) outside phrase hits and links, counted only up to `limit + 1`. */
  otherWords: number;
  /** The first link, to highlight when the link is all there is. */
  linkSpan?: Span;
}

/** One pass over the tokens; `hits` sorted by start. Stops early once nothing more can change. */
function surroundings(text: string, tokens: readonly Token[], hits: readonly PhraseHit[], limit: number): Surroundings {
  const s: Surroundings = { link: false, handle: false, otherWords: 0 };
  let skipTo = -1;
  let markupUntil = -1;
  let noMoreTagEnds = false;
  let h = 0;
  const links = findLinks(text);
  let l = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.start < skipTo) continue;
    // Markup pasted with the text (`<a href="…">`, `&amp;`) is not words of the comment, though a
    // link inside it still counts. Each tag is scanned once and a failed search for '>' is
    // remembered, so this stays linear.
    if (t.start >= markupUntil && (text[t.start - 1] === '<' || (text[t.start - 1] === '/' && text[t.start - 2] === '<'))) {
      const close = noMoreTagEnds ? -1 : text.indexOf('>', t.end);
      if (close >= 0) markupUntil = close + 1;
      else noMoreTagEnds = true;
    }
    const markup = t.start < markupUntil || (text[t.start - 1] === '&' && text[t.end] === ';');
    while (l < links.length && links[l].end <= t.start) l++;
    if (l < links.length && links[l].start < t.end) {
      // The address's pieces are not words of the comment.
      skipTo = links[l].end;
      s.link = true;
      s.linkSpan ??= { start: links[l].start, end: links[l].end };
      continue;
    }
    if (markup) continue;
    if (t.norm === '@' && tokens[i + 1]?.start === t.end && (i === 0 || tokens[i - 1].end !== t.start)) {
      s.handle = true;
      continue;
    }
    while (h < hits.length && hits[h].end <= t.start) h++;
    const inHit = h < hits.length && hits[h].start <= t.start;
    // Words of one letter ("a", "I", the D of ":D") say nothing either way.
    if (!inHit && t.norm.length > 1 && /\p{L}/u.test(t.norm)) s.otherWords++;
    if (s.otherWords > limit && s.link && s.handle) break;
  }
  return s;
}

/** Flags cold pitches in replies and comments, and follow/sub trades anywhere. */
export const coldPitch = defineRule({
  id: 'cold-pitch',
  name: 'Cold pitch',
  description: 'Replies and comments that pitch your own channel, site or services to a stranger, and follow-for-follow trades.',
  why: 'A pitch dropped under someone else\'s post ("check out my site") reads as spam: people ignore or report it, and platforms hide it. Joining the conversation earns the visit instead.',
  defaultSeverity: 'warning',
  options,
  check({ draft, options: o, analysis }) {
    const isPost = draft.kind === 'post';
    const all = outermostHits(analysis.hitsOf('cold-pitch'));
    const hits = isPost ? all.filter((h) => h.entry.weight >= o.postPhraseWeight) : all;
    let score = scoreOf(hits);
    const parts = describeHits(hits);
    let spans = mergedSpans(draft.text, hits);
    const reasons = new Set<string>();
    // "Nothing else said" is judged on the pitch phrases alone, before what the selling adds.
    const phraseScore = score;
    if (!isPost) {
      // A reply that sells (an offer, a call to buy, the writer's own business) pitches too.
      const pitch = replyPitchScore(draft.text, analysis.tokens, analysis.promotion);
      score += pitch.score;
      for (const p of pitch.parts) reasons.add(p.label);
      spans = joinSpans([...spans, ...pitch.parts]);
    }
    // The surroundings are looked at only when they can change the outcome (keeps 1 MB drafts cheap).
    const boost = o.linkWeight + o.handleWeight + o.bareWeight;
    if (!isPost && score < o.threshold && score + boost >= o.threshold) {
      const around = surroundings(draft.text, analysis.tokens, hits, o.bareWords);
      const bare = (phraseScore >= 2 && around.otherWords <= o.bareWords) || (around.link && around.otherWords <= 1);
      const add = (on: boolean, weight: number, label: string) => {
        if (on && weight > 0) {
          score += weight;
          parts.push(`${label} +${weight}`);
        }
      };
      add(around.link, o.linkWeight, 'link');
      if (around.link) reasons.add('a link');
      add(around.handle, o.handleWeight, '@handle');
      add(bare, o.bareWeight, 'nothing else said');
      if (spans.length === 0 && around.linkSpan) spans = [{ ...around.linkSpan, weight: o.linkWeight }];
    }
    if (score < o.threshold || spans.length === 0) return [];
    const quote = quoteOf(draft.text, spans);
    const trade = hits.some((h) => h.entry.weight >= o.postPhraseWeight);
    const where = draft.kind === 'reply' ? 'a reply' : 'a comment';
    return [
      {
        message: trade
          ? `"${quote}" trades follows instead of earning them: post or reply with something worth following.`
          : `"${quote}" in ${where} to a stranger reads as a cold pitch: answer their point first, and leave the link out unless they ask.`,
        spans: spans.map(({ start, end }) => ({ start, end })),
        ...(reasons.size ? { evidence: `Reads as selling: ${[...reasons].slice(0, 3).join('; ')}.` } : {}),
        details: `pitch score ${+score.toFixed(2)} (flagged from ${isPost ? o.postPhraseWeight : o.threshold}): ${parts.join(', ')}`,
        suggestion: trade
          ? 'Drop the swap: followers gained by trading neither read nor buy.'
          : 'Reply to what they said; if your work really helps, say how in a sentence and offer the link if they want it.',
      },
    ];
  },
});

