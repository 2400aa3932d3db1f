/**
 * X's archive: `data/tweets.js` (and `tweets-part1.js` … for large accounts) is JavaScript that
 * assigns one JSON array, `window.YTD.tweets.part0 = [ { "tweet": { … } }, … ]`. Older archives
 * call it `tweet.js` / `window.YTD.tweet.part0` and some list bare tweet objects; both are read.
 */
import { z } from 'zod';
import { visitJsonArray } from './json-records';
import type { Pacer } from './pacer';
import type { ImportedPost, SkippedEntry } from './types';
import { parseTweetTime, tweetText } from './x-text';

/** `window.YTD.<name>.part<N> = [`: what every archive data file starts with. */
const YTD_PREFIX = /^\s*window\.YTD\.([A-Za-z_]+)\.part\d+\s*=\s*/;

/** The data-file name, when the text starts like one of X's archive files (`tweets`, `like`, …). */
export function ytdFileKind(text: string): string | null {
  return YTD_PREFIX.exec(text.slice(0, 200))?.[1] ?? null;
}

/** True for the archive's tweet files (`tweets`, or `tweet` in older archives). */
export function isTweetsKind(kind: string | null): boolean {
  return kind === 'tweets' || kind === 'tweet';
}

/** X writes counts as strings ("12"); accept numbers too. */
const count = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/).transform(Number)]);

const tweetSchema = z.object({
  id_str: z.string().regex(/^\d+$/, 'id_str is not a tweet id'),
  full_text: z.string().optional(),
  text: z.string().optional(),
  created_at: z.string(),
  favorite_count: count.optional(),
  retweet_count: count.optional(),
  in_reply_to_status_id_str: z.string().nullish(),
  retweeted: z.boolean().optional(),
  entities: z
    .object({
      urls: z.array(z.object({ url: z.string(), expanded_url: z.string().nullish() })).optional(),
      media: z.array(z.object({ url: z.string() })).optional(),
    })
    .optional(),
});
type Tweet = z.infer<typeof tweetSchema>;

/** "RT @name: …" is how a retweet reads in the archive; its own `retweeted` flag is false even then. */
const RETWEET = /^RT @(\w{1,20}):/;

/**
 * Reads one tweets.js file's tweets into `posts`, noting skipped entries: retweets (someone else's
 * words), tweets without text or with an unreadable time, items that are not tweets.
 *
 * @returns false when the text is not a tweets file at all (no `window.YTD… = [` prefix).
 */
export async function readTweetsFile(
  text: string,
  label: string,
  pacer: Pacer,
  share: (done: number) => number,
  out: { posts: ImportedPost[]; skipped: SkippedEntry[] },
): Promise<boolean> {
  const prefix = YTD_PREFIX.exec(text.slice(0, 200));
  if (!prefix || text[prefix[0].length] !== '[') return false;
  await visitJsonArray(text, prefix[0].length, label, pacer, share, {
    skipped: out.skipped,
    visit(value, where) {
      const wrapped = (value as { tweet?: unknown } | null)?.tweet ?? value;
      const parsed = tweetSchema.safeParse(wrapped);
      if (!parsed.success) {
        out.skipped.push({ where, reason: `not a tweet (${parsed.error.issues[0]?.path.join('.') || 'shape'}: ${parsed.error.issues[0]?.message})` });
        return;
      }
      const result = toPost(parsed.data);
      if (typeof result === 'string') out.skipped.push({ where, reason: result });
      else out.posts.push(result);
    },
  });
  return true;
}

/** The post, or why the tweet is skipped. */
function toPost(tweet: Tweet): ImportedPost | string {
  const raw = tweet.full_text ?? tweet.text ?? '';
  const retweet = RETWEET.exec(raw);
  if (retweet || tweet.retweeted === true) return `a retweet${retweet ? ` of @${retweet[1]}` : ''}, not your own words`;
  const text = tweetText(raw, tweet.entities);
  if (text.trim() === '') return 'a picture or video with no text of its own';
  const publishedAt = parseTweetTime(tweet.created_at);
  if (publishedAt === null) return `created_at "${tweet.created_at.slice(0, 40)}" is not a time`;
  const post: ImportedPost = {
    id: `x:${tweet.id_str}`,
    text,
    platform: 'x',
    kind: tweet.in_reply_to_status_id_str ? 'reply' : 'post',
    publishedAt,
  };
  if (tweet.favorite_count !== undefined || tweet.retweet_count !== undefined) {
    post.engagement = {};
    if (tweet.favorite_count !== undefined) post.engagement.likes = tweet.favorite_count;
    if (tweet.retweet_count !== undefined) post.engagement.reposts = tweet.retweet_count;
  }
  return post;
}
