/**
 * Records this version cannot read are set aside, never deleted: kept exactly as they were, with
 * why and when, in one `storage.local` item. The options page shows, exports and deletes them; at
 * every start-up the background tries them again, so a record written by a newer version comes
 * back once this one is updated to read it.
 */
import * as z from 'zod/mini';

export const setAsideEntrySchema = z.object({
  /** The stored value, untouched. */
  raw: z.unknown(),
  /** Why it could not be read, in words ("publishedAt: not an ISO 8601 date"). */
  reason: z.string(),
  /** Where it was found (`history/2026-11`, `history`, `import`). */
  from: z.string(),
  /** When it was set aside (ISO 8601). */
  at: z.string(),
});
export type SetAsideEntry = z.output<typeof setAsideEntrySchema>;

/**
 * Reads the stored set-aside list. A value that is not a list of entries (damaged by hand) is not
 * lost either: it becomes one entry holding the whole value.
 */
export function parseSetAside(raw: unknown, now: number): SetAsideEntry[] {
  if (raw == null) return [];
  const result = z.array(setAsideEntrySchema).safeParse(raw);
  if (result.success) return result.data;
  return [{ raw, reason: 'the list of set-aside records was damaged', from: 'historySetAside', at: new Date(now).toISOString() }];
}
