/**
 * How the history is laid out in `storage.local` (version 2): one item per calendar month (UTC) of
 * publication, plus a small index naming the months. A publish then rewrites one month, not the
 * whole history, and a page that shows a week reads one or two months. Version 1 was a single
 * `history` list (see `migrate.ts`).
 *
 * Keys are the raw `storage.local` keys (WXT's `local:` prefix stripped): the browser tests and the
 * README name them as they are.
 */
import * as z from 'zod/mini';
import { isoTimeMs } from '../../lint/time';

/** The first version's single list of records (moved into months when found). */
export const LEGACY_HISTORY_KEY = 'history';
/** The index: which months hold records, how many each, and a revision that every write bumps. */
export const INDEX_KEY = 'historyIndex';
/** Records that failed validation, kept as they were (see `set-aside.ts`). */
export const SET_ASIDE_KEY = 'historySetAside';
/** The person's retention choice (see `retention.ts`). */
export const RETENTION_KEY = 'historyRetention';
/** The version of this layout. */
export const LAYOUT_VERSION = 2;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The key of one month's records, `history/2026-11`. */
export const monthKey = (month: string) => `history/${month}`;

/** True for a month chunk's key. */
export const isMonthKey = (key: string) => key.startsWith('history/') && MONTH.test(key.slice(8));

export const historyIndexSchema = z.object({
  version: z.literal(LAYOUT_VERSION),
  /** Records per month (`YYYY-MM`, UTC). A month with no records has no entry. */
  months: z.record(z.string().check(z.regex(MONTH)), z.number().check(z.int(), z.nonnegative())),
  /** Bumped by every write: pages watch the index and re-read what they show. */
  revision: z.number().check(z.int(), z.nonnegative()),
});
export type HistoryIndex = z.output<typeof historyIndexSchema>;

export const EMPTY_INDEX: HistoryIndex = { version: LAYOUT_VERSION, months: {}, revision: 0 };

/** The UTC month (`YYYY-MM`) of an ISO 8601 instant; null when it is no valid time. */
export function monthOf(publishedAt: string): string | null {
  const ms = isoTimeMs(publishedAt);
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().slice(0, 7);
}

/** The UTC months from the one holding `from` to the one holding `to`, oldest first. */
export function monthsBetween(from: number, to: number): string[] {
  const months: string[] = [];
  const start = new Date(Math.max(from, -8.64e15));
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth();
  const end = new Date(Math.min(to, 8.64e15));
  const endKey = end.getUTCFullYear() * 12 + end.getUTCMonth();
  while (y * 12 + m <= endKey && months.length < 10_000) {
    months.push(`${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}`);
    if (++m === 12) {
      m = 0;
      y++;
    }
  }
  return months;
}

/** Reads a stored index value; anything malformed reads as null (the caller rebuilds it from the chunks). */
export function parseIndex(raw: unknown): HistoryIndex | null {
  const result = historyIndexSchema.safeParse(raw);
  return result.success ? result.data : null;
}
