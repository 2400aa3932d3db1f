import { z } from 'zod';
import { promotionOfText } from '../analysis';
import { isPromotional } from '../promotion';
import { defineRule } from '../rule';
import { PLATFORM_NAMES } from '../types';

const DAY = 86_400_000;

/**
 * Marketing should be the exception (80/20, 4-1-1): when the draft is a promotion and, counting
 * it, more than `maxShare` of the person's posts in the window are promotions, it says so with the
 * figures. Only a promotional draft is flagged: the point is to stop the next promotion, not to
 * nag about a helpful post.
 */
export const promoRatio = defineRule({
  id: 'promo-ratio',
  name: 'Too many promotions',
  description: 'Another promotion when promotions already exceed your share of recent posts.',
  why: 'People follow a business for useful, interesting or fun posts; when every few posts is an ad, they stop reading (the 80/20 and 4-1-1 practice keep ads to about one in five).',
  defaultSeverity: 'warning',
  options: z.object({
    /** The goal: at most this share (0..1) of posts in the window are promotions. */
    maxShare: z.number().min(0).max(1).default(0.2),
    windowDays: z.number().int().min(1).max(365).default(30),
    // A share of 2 posts says nothing; from 5 on, one promotion too many is 20 points.
    /** Posts in the window, this one included, before a share is judged. */
    minPosts: z.number().int().min(1).max(1000).default(5),
    // Per platform by default: followers on LinkedIn see the LinkedIn stream, not the X one, so the
    // mix that matters is the one on the platform being posted to.
    /** Count posts on all platforms together. */
    crossPlatform: z.boolean().default(false),
  }),
  check({ draft, now, options, analysis }) {
    if (draft.kind !== 'post') return [];
    const index = analysis.historyIndex;
    const window = index
      .publishedWithin(now - options.windowDays * DAY, now)
      .filter((i) => (index.posts[i].kind ?? 'post') === 'post' && (options.crossPlatform || index.posts[i].platform === draft.platform));
    const total = window.length + 1;
    // The window is cheap to count; scoring the draft is not (a 1 MB draft), so it comes second.
    if (total < options.minPosts || !isPromotional(analysis.promotion)) return [];
    // promotionOfText is memoised per settings: each history post is scored once, not per keystroke.
    const earlier = window.filter((i) => isPromotional(promotionOfText(index.posts[i].text, analysis.settings)));
    const promotions = earlier.length + 1;
    const share = promotions / total;
    if (share <= options.maxShare) return [];
    const posts = options.crossPlatform ? 'posts' : `${PLATFORM_NAMES[draft.platform]} posts`;
    const dates = earlier.map((i) => /^\d{4}-\d{2}-\d{2}/.exec(index.posts[i].publishedAt)?.[0] ?? new Date(index.times[i]).toISOString().slice(0, 10));
    return [
      {
        message: `Counting this one, ${promotions} of your ${total} ${posts} in ${options.windowDays} days (${percent(share, options.maxShare)}) are promotions, more than your ${percent(options.maxShare)} goal: make the next few useful, interesting or fun.`,
        ...(dates.length > 0 && {
          evidence: dates.length > 8 ? `${dates.length} earlier promotions, the latest on ${dates.slice(-8).join(', ')}` : `Earlier promotions: ${dates.join(', ')}`,
        }),
        suggestion: 'Save this offer for later and post a tip, a story or a question first.',
      },
    ];
  },
});

/** A whole percentage, with one decimal when rounding would make it look equal to the goal. */
function percent(share: number, goal?: number): string {
  const whole = Math.round(share * 100);
  return goal !== undefined && whole <= Math.round(goal * 100) ? `${(share * 100).toFixed(1)}%` : `${whole}%`;
}
