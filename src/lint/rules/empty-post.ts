import { z } from 'zod';
import type { PhraseHit } from '../phrases/match';
import type { Token } from '../text/tokenize';
import { defineRule } from '../rule';
import { findLinks } from '../text/links';
import { shorten } from '../text/quote';
import type { Span } from '../types';

/** Function words that say nothing on their own ("our", "the", "here"). */
const FILLER = new Set(
  'a an the our my your this that these those it its is are was to of in on at for and or with from by via here there us we me i you'.split(' '),
);
const EMOJI = /\p{Extended_Pictographic}/u;
/** Most spans reported, so a 1 MB wall of hashtags does not produce 100,000 highlights. */
const MAX_SPANS = 20;

/**
 * `empty-post`: a post that is only a link, a link with a generic call to action ("Check out our
 * website", "New blog post:"), or only hashtags, mentions and emoji. Replies and comments are
 * flagged only for a bare link: a short "Thanks!" is a fine reply. An empty draft is left alone.
 */
export const emptyPost = defineRule({
  id: 'empty-post',
  name: 'Empty post',
  description: 'Flags posts that are only a link, a generic call to action, or hashtags and emoji.',
  why: 'A bare link or "Check out our website" gives nobody a reason to click; automated feeds and link drops do not count as talking to people.',
  defaultSeverity: 'warning',
  options: z.object({
    /** Fewer meaningful words than this (besides links, tags and calls to action) is "empty". */
    minWords: z.number().int().min(1).max(50).default(3),
  }),
  check({ draft, analysis, options }) {
    const text = draft.text;
    if (text.trim() === '') return [];
    const links = findLinks(text);
    const ctas = outside(mergeSpans(analysis.hitsOf('cta')), links);
    const { words, tags } = countWords(text, analysis.tokens, links, draft.kind === 'post' ? ctas : []);
    if (draft.kind !== 'post') {
      // Replies: only a bare link; anything said around it is conversation.
      return links.length && words.all === 0 ? [finding('Only a link', links)] : [];
    }
    if (words.meaningful >= options.minWords) return [];
    if (links.length || ctas.length) {
      const said = leftover(text, links);
      const subject = links.length ? (said ? `Only a link and "${said}"` : 'Only a link') : `Only "${said}"`;
      return [finding(subject, [...ctas, ...links])];
    }
    if (words.all > 0) return []; // a short statement ("Closed today.") is not empty
    const kinds = [tags.hashtags && 'hashtags', tags.mentions && 'mentions', EMOJI.test(text) && 'emoji'].filter(Boolean);
    if (kinds.length === 0) return []; // punctuation only: nothing written yet
    const what = kinds.length === 1 ? kinds[0] : `${kinds.slice(0, -1).join(', ')} and ${kinds[kinds.length - 1]}`;
    return [
      {
        message: `Only ${what}: say something the reader can use, enjoy or answer.`,
        spans: tags.spans.slice(0, MAX_SPANS),
        suggestion: 'Add a sentence that stands on its own: what happened, what you learned, or a question.',
      },
    ];
  },
});

function finding(subject: string, spans: readonly Span[]) {
  return {
    message: `${subject}: say what the reader will find there and why it matters.`,
    spans: [...spans].sort((a, b) => a.start - b.start).slice(0, MAX_SPANS),
    suggestion: 'Write one or two sentences on what is behind the link and who it helps; the link can follow.',
  };
}

/** Words outside links, hashtags, mentions and (for posts) calls to action. One pass over tokens. */
function countWords(text: string, tokens: readonly Token[], links: readonly Span[], ctas: readonly Span[]) {
  const words = { all: 0, meaningful: 0 };
  const tags = { hashtags: 0, mentions: 0, spans: [] as Span[] };
  let l = 0;
  let c = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (l < links.length && links[l].end <= t.start) l++;
    while (c < ctas.length && ctas[c].end <= t.start) c++;
    if (l < links.length && links[l].start <= t.start) continue;
    const next = tokens[i + 1];
    if ((t.norm === '#' || t.norm === '@') && next && next.start === t.end && /[\p{L}\p{N}]/u.test(next.norm)) {
      if (t.norm === '#') tags.hashtags++;
      else tags.mentions++;
      tags.spans.push({ start: t.start, end: next.end });
      i++;
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(t.norm)) continue;
    words.all++;
    if (!(c < ctas.length && ctas[c].start <= t.start) && !FILLER.has(t.norm)) words.meaningful++;
  }
  return { words, tags };
}

/** Overlapping phrase hits merged into sorted spans. */
function mergeSpans(hits: readonly PhraseHit[]): Span[] {
  const out: Span[] = [];
  for (const h of [...hits].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end);
    else out.push({ start: h.start, end: h.end });
  }
  return out;
}

/** The spans that overlap none of `links` (both sorted): words inside a URL were not written as prose. */
function outside(spans: readonly Span[], links: readonly Span[]): Span[] {
  let l = 0;
  return spans.filter((s) => {
    while (l < links.length && links[l].end <= s.start) l++;
    return !(l < links.length && links[l].start < s.end);
  });
}

/** What is written besides the links, tidied for quoting: "New blog post: <link>" → "New blog post". */
function leftover(text: string, links: readonly Span[]): string {
  let rest = '';
  let from = 0;
  for (const l of [...links, { start: text.length, end: text.length }]) {
    rest += `${text.slice(from, l.start)} `;
    from = l.end;
    if (rest.length > 200) break; // only the start is quoted
  }
  // Loops over code points, not an anchored regex: trimming must stay linear on odd input.
  const said = rest.replace(/\s+/g, ' ');
  let start = 0;
  let end = said.length;
  while (start < end && TRIM.test(String.fromCodePoint(said.codePointAt(start)!))) start += said.codePointAt(start)! > 0xffff ? 2 : 1;
  while (end > start) {
    const pair = end - start >= 2 && /[\udc00-\udfff]/.test(said[end - 1]) && /[\ud800-\udbff]/.test(said[end - 2]);
    if (!TRIM.test(said.slice(pair ? end - 2 : end - 1, end))) break;
    end -= pair ? 2 : 1;
  }
  const quoted = said.slice(start, end);
  return shorten(quoted, 60);
}

/** Spaces, punctuation, symbols and emoji (with their joiners) around the words are not quoted. */
const TRIM = /^[\s\p{P}\p{S}\p{Extended_Pictographic}\p{M}\u200d]+$/u;
