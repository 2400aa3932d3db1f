/**
 * When a history write fails (storage full, disk error), the posts it carried are not lost: the
 * writer keeps them and retries, and this status says so to the person. It lives in
 * `storage.session` (its own quota, so it can still be written when `storage.local` is full; and
 * it survives the service worker stopping). The popup shows it; lint answers carry it to the badge.
 */
import { browser } from '#imports';
import * as z from 'zod/mini';

/** Raw `storage.session` key of the status. */
export const WRITE_STATUS_KEY = 'historyWriteStatus';
/** Raw `storage.session` key of the posts waiting to be written (full records). */
export const PENDING_KEY = 'historyPending';

export const writeStatusSchema = z.object({
  /** Posts accepted but not yet in the history. */
  pending: z.number().check(z.int(), z.nonnegative()),
  /** The browser's error message of the last failed write. */
  error: z.string(),
  /** When writes started failing (ISO 8601). */
  since: z.string(),
});
export type WriteStatus = z.output<typeof writeStatusSchema>;

/** The current status; null when every post is written. */
export async function readWriteStatus(): Promise<WriteStatus | null> {
  const result = writeStatusSchema.safeParse((await browser.storage.session.get(WRITE_STATUS_KEY))[WRITE_STATUS_KEY]);
  return result.success ? result.data : null;
}

/** Calls `onChange` whenever the status changes. */
export function watchWriteStatus(onChange: (status: WriteStatus | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session' || !(WRITE_STATUS_KEY in changes)) return;
    const result = writeStatusSchema.safeParse(changes[WRITE_STATUS_KEY].newValue);
    onChange(result.success ? result.data : null);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The words the badge and the popup show for a status. */
export function writeStatusNotice(status: WriteStatus): string {
  const posts = status.pending === 1 ? '1 published post is' : `${status.pending} published posts are`;
  return `${posts} not in your PostLint history yet: the browser refused to save (${status.error}). PostLint keeps them and tries again; freeing disk space or deleting old posts in Options helps.`;
}
