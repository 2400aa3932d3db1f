/**
 * hashtag-stuffing: more hashtags than the platform rewards (X 2, Facebook 3, LinkedIn 5), or a
 * wall of hashtags at the end that outweighs the post itself.
 *
 * The spans cover the hashtags beyond the limit, the ones the person would cut if they keep the
 * first; which ones really describe the post is for the person to judge, so the message says so.
 */
import { z } from 'zod';
import { defineRule, type Finding } from '../rule';
import { findHashtags } from '../text/entities';
import { PLATFORM_NAMES, type Kind, type Span } from '../types';

const max = (fallback: number) => z.number().int().min(0).max(100).default(fallback);

const options = z.object({
  /** Most hashtags a post should carry, per platform. */
  max: z.object({ x: max(2), facebook: max(3), linkedin: max(5) }).prefault({}),
  /** Also flag a block of hashtags at the end that is longer than the post's own words. */
  wall: z.boolean().default(true),
  /** Fewest hashtags that make such a block a wall. */
  wallMinHashtags: z.number().int().min(2).max(100).default(3),
});

const KIND_NAMES: Record<Kind, string> = { post: 'posts', reply: 'replies', comment: 'comments' };
const MAX_SPANS = 100;

// Letters and digits: what a post says, as opposed to its spaces and punctuation.
const CONTENT_RE = /[\p{L}\p{M}\p{N}]/gu;
const contentLength = (s: string) => s.match(CONTENT_RE)?.length ?? 0;

/** The hashtags that end the post with nothing but spaces and separators between them. */
function trailingBlock(text: string, tags: readonly Span[]): Span[] {
  let k = tags.length;
  let end = text.length;
  while (k > 0 && /^[\s,.;·|/]*$/.test(text.slice(tags[k - 1].end, end))) end = tags[--k].start;
  return tags.slice(k);
}

/** Flags more hashtags than the platform rewards, and hashtag walls. */
export const hashtagStuffing = defineRule({
  id: 'hashtag-stuffing',
  name: 'Too many hashtags',
  description: 'More hashtags than the platform rewards (X 2, Facebook 3, LinkedIn 5), or a wall of hashtags.',
  why: 'A few precise hashtags help people find a post; a stack of them reads as spam, and the platforms show such posts to fewer people.',
  defaultSeverity: 'warning',
  options,
  check({ draft, options: o }): Finding[] {
    const tags = findHashtags(draft.text);
    const limit = o.max[draft.platform];
    const where = `${PLATFORM_NAMES[draft.platform]} ${KIND_NAMES[draft.kind]}`;
    if (tags.length > limit) {
      const keep = limit === 0 ? 'remove them' : limit === 1 ? 'keep the one that describes the post' : `keep the ${limit} that describe the post`;
      return [
        {
          message: `${tags.length} hashtag${tags.length === 1 ? '' : 's'}; ${where} do best with ${limit === 0 ? 'none' : `at most ${limit}`}: ${keep}.`,
          spans: tags.slice(limit, limit + MAX_SPANS),
          evidence: `hashtags: ${tags.slice(0, 20).map((t) => draft.text.slice(t.start, t.end)).join(' ')}${tags.length > 20 ? ' …' : ''}`,
          suggestion: 'Keep the hashtags people would search for to find this post, and put the topic into the words of the post instead.',
        },
      ];
    }
    const block = o.wall ? trailingBlock(draft.text, tags) : [];
    if (block.length < o.wallMinHashtags) return [];
    const blockText = draft.text.slice(block[0].start);
    if (contentLength(blockText) < contentLength(draft.text.slice(0, block[0].start))) return [];
    return [
      {
        message: `The post ends in a wall of ${block.length} hashtags that outweighs its own words: say in words what it is about, then keep the hashtags that matter.`,
        spans: block.slice(0, MAX_SPANS),
        evidence: `${contentLength(blockText)} letters of hashtags after ${contentLength(draft.text.slice(0, block[0].start))} letters of text`,
        suggestion: 'A sentence about the post tells people (and the platform) more than a row of hashtags.',
      },
    ];
  },
});
