/**
 * The history record: one published post with its lint result. Validated with `zod/mini` (not the
 * classic `zod` API) because this schema ships in every content script and the mini API
 * tree-shakes: the classic one pulls ~25 KB gzip into the bundle.
 */
import * as z from 'zod/mini';
import { shortHash } from '../importers/stable-hash';
import { parseIsoTime } from '../lint/time';
import { KINDS, PLATFORMS, SEVERITIES } from '../lint/types';

export { parsePublishedAt } from '../lint/types';

// Strict ISO 8601 (the lint core's reader): without an offset a time is UTC, never the browser's zone.
const isoDate = z.string().check(z.refine((s) => parseIsoTime(s) !== null, 'not an ISO 8601 date'));

/** The longest post text kept: far beyond every platform's limit (Facebook's is 63,206), so only a pasted file reaches it. */
export const MAX_POST_CHARS = 1_000_000;

const count = z.optional(z.number().check(z.int(), z.nonnegative()));
/** Engagement counts as a platform's data export has them (X: favourites and retweets). */
export const engagementSchema = z.looseObject({ likes: count, reposts: count, comments: count });

/** What the content script knows about a post at the moment it is published. */
export const publishedPostSchema = z.object({
  text: z.string().check(z.minLength(1), z.maxLength(MAX_POST_CHARS)),
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

/**
 * A stored history entry: a published post plus an id (for deleting it from the options page).
 * Reading is lenient where a newer version may differ: unknown fields are kept (so rewriting a
 * record never strips them) and a diagnostic's severity may be one this version does not know.
 */
export const historyRecordSchema = z.looseObject({
  ...publishedPostSchema.def.shape,
  diagnostics: z._default(z.array(z.looseObject({ ruleId: z.string(), severity: z.string() })), []),
  id: z.string().check(z.minLength(1)),
  /** Where the entry came from: typed in a compose box, or imported from a platform's data export. */
  source: z._default(z.enum(['extension', 'import']), 'extension'),
});
export type HistoryRecord = z.output<typeof historyRecordSchema>;

/**
 * Validates one stored record. A record without an id (written by hand, or by a tool) gets one
 * derived from its content, the same on every read, instead of being refused.
 */
export function parseHistoryRecord(raw: unknown): { ok: true; record: HistoryRecord } | { ok: false; reason: string } {
  let value = raw;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value as { id?: unknown }).id) {
    const r = value as Record<string, unknown>;
    value = { ...r, id: `derived-${shortHash(`${String(r.platform)}|${String(r.publishedAt)}|${String(r.text)}`)}` };
  }
  const result = historyRecordSchema.safeParse(value);
  if (result.success) return { ok: true, record: result.data };
  const issue = result.error.issues[0];
  return { ok: false, reason: issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'not a history record' };
}

/**
 * Validates a stored history list record by record: a record that fails is counted, never the
 * reason to drop the others. A value that is not a list at all reads as empty.
 */
export function parseHistory(raw: unknown): { records: HistoryRecord[]; dropped: number } {
  if (!Array.isArray(raw)) return { records: [], dropped: raw == null ? 0 : 1 };
  const records: HistoryRecord[] = [];
  for (const item of raw) {
    const result = parseHistoryRecord(item);
    if (result.ok) records.push(result.record);
  }
  return { records, dropped: raw.length - records.length };
}
