/**
 * The history record: one published post with its lint result. Validated with `zod/mini` (not the
 * classic `zod` API) because this schema ships in every content script and the mini API
 * tree-shakes: the classic one pulls ~25 KB gzip into the bundle.
 */
import * as z from 'zod/mini';
import { parseIsoTime } from '../lint/time';
import { KINDS, PLATFORMS, SEVERITIES } from '../lint/types';

export { parsePublishedAt } from '../lint/types';

// Strict ISO 8601 (the lint core's reader): without an offset a time is UTC, never the browser's zone.
const isoDate = z.string().check(z.refine((s) => parseIsoTime(s) !== null, 'not an ISO 8601 date'));

const count = z.optional(z.number().check(z.int(), z.nonnegative()));
/** Engagement counts as a platform's data export has them (X: favourites and retweets). */
export const engagementSchema = z.object({ likes: count, reposts: count, comments: count });

/** What the content script knows about a post at the moment it is published. */
export const publishedPostSchema = z.object({
  text: z.string().check(z.minLength(1), z.maxLength(100_000)),
  platform: z.enum(PLATFORMS),
  kind: z.enum(KINDS),
  /** ISO 8601, taken when the person pressed Post. */
  publishedAt: isoDate,
  /** The final draft's diagnostics (all of them, also those ignored "for this post"). */
  diagnostics: z._default(z.array(z.object({ ruleId: z.string(), severity: z.enum(SEVERITIES) })), []),
  /** Edited after a warning was shown and published with fewer warnings than at the worst (see `DraftSession`). */
  heeded: z._default(z.boolean(), false),
  /** Active writing time: the gaps between edits, each capped, summed (for the weekly time budget). */
  composingMs: z.optional(z.number().check(z.int(), z.nonnegative())),
  /** Reactions the platform's archive reported (imported posts only). */
  engagement: z.optional(engagementSchema),
});
export type PublishedPost = z.output<typeof publishedPostSchema>;
export type PublishedPostInput = z.input<typeof publishedPostSchema>;

/** A stored history entry: a published post plus an id (for deleting it from the options page). */
export const historyRecordSchema = z.extend(publishedPostSchema, {
  id: z.string().check(z.minLength(1)),
  /** Where the entry came from: typed in a compose box, or imported from a platform's data export. */
  source: z._default(z.enum(['extension', 'import']), 'extension'),
});
export type HistoryRecord = z.output<typeof historyRecordSchema>;

/**
 * Validates a stored history list record by record: a corrupt record is dropped on its own, never
 * the whole list. A value that is not a list at all reads as empty.
 */
export function parseHistory(raw: unknown): { records: HistoryRecord[]; dropped: number } {
  if (!Array.isArray(raw)) return { records: [], dropped: raw == null ? 0 : 1 };
  const records: HistoryRecord[] = [];
  for (const item of raw) {
    const result = historyRecordSchema.safeParse(item);
    if (result.success) records.push(result.data);
  }
  return { records, dropped: raw.length - records.length };
}
