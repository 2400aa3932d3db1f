/** Validating and merging one month's records: what is kept, what is set aside, in publication order. */
import { isoTimeMs } from '../../lint/time';
import { parseHistoryRecord, type HistoryRecord } from '../schema';
import type { SetAsideEntry } from './set-aside';

/** Splits a stored month (or any stored list) into readable records and set-aside entries. */
export function validateRecords(raw: unknown, from: string, now: number): { records: HistoryRecord[]; rejected: SetAsideEntry[] } {
  const at = new Date(now).toISOString();
  if (!Array.isArray(raw)) return { records: [], rejected: raw == null ? [] : [{ raw, reason: 'the stored history was not a list', from, at }] };
  const records: HistoryRecord[] = [];
  const rejected: SetAsideEntry[] = [];
  for (const item of raw) {
    const result = parseHistoryRecord(item);
    if (result.ok) records.push(result.record);
    else rejected.push({ raw: item, reason: result.reason, from, at });
  }
  return { records, rejected };
}

/** Oldest first; equal times keep their order (sort is stable). */
export function sortByTime(records: HistoryRecord[]): HistoryRecord[] {
  return records
    .map((record) => ({ record, t: isoTimeMs(record.publishedAt) }))
    .sort((a, b) => a.t - b.t)
    .map(({ record }) => record);
}

/** Adds `fresh` to `existing` unless a record with the same id is there; the result in time order. */
export function mergeRecords(existing: readonly HistoryRecord[], fresh: readonly HistoryRecord[]): { records: HistoryRecord[]; added: HistoryRecord[]; duplicates: number } {
  const known = new Set(existing.map((r) => r.id));
  const added: HistoryRecord[] = [];
  let duplicates = 0;
  for (const record of fresh) {
    if (known.has(record.id)) {
      duplicates++;
      continue;
    }
    known.add(record.id);
    added.push(record);
  }
  const last = existing.length ? isoTimeMs(existing[existing.length - 1].publishedAt) : -Infinity;
  // The common case (a post published now) appends in order: no sort of the month needed.
  const inOrder = added.every((r, i) => isoTimeMs(r.publishedAt) >= (i ? isoTimeMs(added[i - 1].publishedAt) : last));
  const records = inOrder ? [...existing, ...added] : sortByTime([...existing, ...added]);
  return { records, added, duplicates };
}

/** Groups records by a key (their month), keeping their order within each group. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(item);
  }
  return groups;
}
