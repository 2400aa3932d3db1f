/**
 * length-limit: the draft is longer than the platform accepts, counted the way the platform
 * counts: X's weighted length (links 23, emoji and CJK 2, text normalised to NFC), UTF-16 units on
 * Facebook and LinkedIn (their counters count an emoji as 2).
 *
 * Only an error past the limit, nothing close to it: a counter near the box already shows that.
 */
import { z } from 'zod';
import { defineRule, type Finding } from '../rule';
import { weightedLengthUpTo } from '../text/weighted-length';
import { PLATFORM_NAMES, type Kind } from '../types';

const limit = (fallback: number) => z.number().int().min(1).max(1_000_000).default(fallback);
const limits = (post: number, comment: number) => z.object({ post: limit(post), comment: limit(comment) }).prefault({});

const options = z.object({
  /** X: 280 for posts and replies (raise it for X Premium's longer posts). */
  x: limits(280, 280),
  /** Facebook: 63,206 for posts, 8,000 for comments. */
  facebook: limits(63_206, 8_000),
  /** LinkedIn: 3,000 for posts, 1,250 for comments. */
  linkedin: limits(3_000, 1_250),
});

const KIND_NAMES: Record<Kind, string> = { post: 'a post', reply: 'a reply', comment: 'a comment' };

/** 63206 → "63,206" (whole numbers only, as every count here is). */
const grouped = (n: number) => n.toLocaleString('en-US', { useGrouping: true, maximumFractionDigits: 0 });

/** Flags drafts longer than the platform accepts, from the first character over the limit. */
export const lengthLimit = defineRule({
  id: 'length-limit',
  name: 'Too long for the platform',
  readsWholeText: true,
  description: 'Longer than the platform accepts (X 280 as X counts, LinkedIn 3,000, Facebook 63,206; comments less).',
  why: 'The site refuses to publish a post over its limit, or cuts it off; knowing by how much helps to cut the right part.',
  defaultSeverity: 'error',
  options,
  check({ draft, options: o }): Finding[] {
    const text = draft.text;
    const max = o[draft.platform][draft.kind === 'post' ? 'post' : 'comment'];
    if (draft.platform === 'x') {
      // Counting stops far past the limit, so a pasted megabyte costs what a long post costs.
      const measured = weightedLengthUpTo(text, max);
      const over = measured.overAt(max);
      if (over === undefined) return [];
      const [more, least] = measured.complete ? ['', ''] : ['More than ', 'at least '];
      return [
        {
          message: `${more}${grouped(measured.length)}/${grouped(max)} characters as X counts them (links count 23, emoji 2): cut ${least}${grouped(measured.length - max)}.`,
          spans: [{ start: over, end: text.length }],
          details: `weighted length ${more.toLowerCase()}${measured.length}, limit ${max} for ${KIND_NAMES[draft.kind]}`,
          suggestion: 'Cut what the reader does not need, or split it into a thread.',
        },
      ];
    }
    if (text.length <= max) return [];
    // Never split an emoji: start at the whole character that crosses the limit.
    const start = /[\ud800-\udbff]/.test(text[max - 1]) && /[\udc00-\udfff]/.test(text[max]) ? max - 1 : max;
    return [
      {
        message: `${grouped(text.length)}/${grouped(max)} characters, more than ${PLATFORM_NAMES[draft.platform]} allows in ${KIND_NAMES[draft.kind]}: cut ${grouped(text.length - max)}.`,
        spans: [{ start, end: text.length }],
        details: `${text.length} UTF-16 characters (emoji count 2), limit ${max}`,
        suggestion: 'Cut what the reader does not need, or link to a longer article.',
      },
    ];
  },
});
