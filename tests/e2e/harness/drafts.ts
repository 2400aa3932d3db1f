/** Drafts the browser tests type, and history entries they seed. */
import type { HistoryEntry, Platform } from './session';

/** A hard sell: ad-tone must flag it (warning or worse). */
export const HARD_SELL = 'FLASH SALE!!! 40% OFF everything today only, shop now at our store';
/**
 * The same offer again, a little changed (case, punctuation, a typo, the last word). Not another
 * discount: "45% off" would be a different offer, which duplicate-promotion leaves alone.
 */
export const HARD_SELL_AGAIN = 'Flash sale!! 40% off everything today only - shop now at our shopp';
/** What the duplicate message must quote of the first (only the first has it in capitals). */
export const FIRST_PROMO_MARK = '40% OFF';
export const COLD_PITCH = 'Hi, I see you enjoy this product. Please check out my site full of similar products!';
/** Ordinary posts that no rule should mind much. */
export const PLAIN_MULTILINE = 'Morning all\nOur rye loaf is out of the oven';
export const PLAIN_A = 'Thanks to everyone who came to the open day on Sunday';
export const PLAIN_B = 'Our rye loaf is back on Saturday mornings, come early';
export const PLAIN_C = 'Quick update from the workshop: the new oven is installed';

const TOPICS = ['the new oven', 'our apprentices', 'Saturday opening hours', 'the sourdough starter', 'a customer question', 'flour prices', 'the bike rack outside', 'our winter menu'];

/** `n` distinct, unremarkable published posts, the newest `newestMinutesAgo` minutes ago, 2 min apart. */
export function seededHistory(platform: Platform, n: number, newestMinutesAgo = 2, now = Date.now()): HistoryEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `seed-${platform}-${i}`,
    text: `Note ${i + 1} about ${TOPICS[i % TOPICS.length]}: thank you for reading, tell us what you think.`,
    platform,
    kind: 'post' as const,
    publishedAt: new Date(now - (newestMinutesAgo + 2 * i) * 60_000).toISOString(),
    diagnostics: [],
    heeded: true,
  }));
}
