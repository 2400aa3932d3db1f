/**
 * Facebook's `your_posts_1.json` (`your_posts__check_ins__photos_and_videos_1.json` in newer
 * exports): an array of `{ "timestamp": 1700000000, "data": [ { "post": "…" } ], "attachments":
 * […], "title": "…" }`, older exports wrap it as `{ "status_updates_v2": [ … ] }`. Every string is
 * UTF-8 mis-read as Latin-1, repaired here.
 */
import { z } from 'zod';
import { visitJsonArray } from './json-records';
import { repairMojibake } from './mojibake';
import type { Pacer } from './pacer';
import { shortHash } from './stable-hash';
import type { ImportedPost, SkippedEntry } from './types';

const postEntrySchema = z.object({
  timestamp: z.number().int().nonnegative(),
  data: z.array(z.unknown()).optional(),
});

/** `[` of the posts array: the file itself, or the one array under a single top-level key. */
export function facebookArrayStart(text: string): number {
  const head = /^\s*(?:\{\s*"[^"\\]{1,80}"\s*:\s*)?\[/.exec(text.slice(0, 200));
  return head ? head[0].length - 1 : -1;
}

/**
 * True when the array's first item opens with one of Facebook's post keys. The comments file has the
 * same item shape under `comments_v2`; it is not posts, so it is not taken for them.
 */
export function looksLikeFacebookPosts(text: string): boolean {
  const open = facebookArrayStart(text);
  if (open === -1 || /^\s*\{\s*"comments/.test(text.slice(0, 40))) return false;
  // Only the start is looked at: the first item's opening, before any nested value.
  return /^\[\s*(\]|\{\s*"(timestamp|attachments|data|title|tags)"\s*:)/.test(text.slice(open, open + 200));
}

/** The post texts of one entry's `data` list, repaired and joined. */
function entryText(data: readonly unknown[] | undefined): string {
  const texts: string[] = [];
  for (const item of data ?? []) {
    const post = (item as { post?: unknown } | null)?.post;
    if (typeof post === 'string' && post.trim() !== '') texts.push(repairMojibake(post));
  }
  return texts.join('\n\n');
}

/** Reads the posts; entries without text (photos, check-ins, shared links) are skipped with a reason. */
export async function readFacebookPosts(text: string, label: string, pacer: Pacer): Promise<{ posts: ImportedPost[]; skipped: SkippedEntry[] }> {
  const posts: ImportedPost[] = [];
  const skipped: SkippedEntry[] = [];
  await visitJsonArray(text, facebookArrayStart(text), label, pacer, (done) => done, {
    skipped,
    visit(value, where) {
      const entry = postEntrySchema.safeParse(value);
      if (!entry.success) {
        skipped.push({ where, reason: 'not a post (no timestamp)' });
        return;
      }
      const postText = entryText(entry.data.data);
      if (postText === '') {
        skipped.push({ where, reason: 'no text of its own (a photo, check-in or shared link only)' });
        return;
      }
      const publishedAt = new Date(entry.data.timestamp * 1000);
      if (Number.isNaN(publishedAt.getTime())) {
        skipped.push({ where, reason: 'timestamp out of range' });
        return;
      }
      posts.push({
        id: `facebook:${entry.data.timestamp}:${shortHash(postText)}`,
        text: postText,
        platform: 'facebook',
        kind: 'post',
        publishedAt: publishedAt.toISOString(),
      });
    },
  });
  return { posts, skipped };
}
