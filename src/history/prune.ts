/** Keeps the history bounded in age and size, so storage and lint time stay small. */
import { isoTimeMs } from '../lint/time';
import type { HistoryRecord } from './schema';

/** Limits the background applies after every write. */
export const HISTORY_LIMITS = {
  /** Long enough for year-on-year comparisons in the summary. */
  maxAgeDays: 400,
  /** ~6 MB of typical posts: inside `storage.local`'s 10 MB quota without `unlimitedStorage`. */
  maxEntries: 20_000,
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Drops records older than `maxAgeDays` before `now`, then the oldest beyond `maxEntries`.
 * Returns the records sorted by publication time, oldest first.
 */
export function pruneHistory(records: readonly HistoryRecord[], now: number, limits: { maxAgeDays: number; maxEntries: number } = HISTORY_LIMITS): HistoryRecord[] {
  const cutoff = now - limits.maxAgeDays * DAY_MS;
  const kept = records
    .map((record) => ({ record, time: isoTimeMs(record.publishedAt) }))
    .filter(({ time }) => time >= cutoff)
    .sort((a, b) => a.time - b.time)
    .map(({ record }) => record);
  return kept.length > limits.maxEntries ? kept.slice(kept.length - limits.maxEntries) : kept;
}
