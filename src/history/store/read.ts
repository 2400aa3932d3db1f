/**
 * The pages' read-only view of the history (the background is the only writer): a range of it,
 * all of it, the set-aside records, and a watch that fires after every write. A page that shows a
 * week reads the one or two months holding it, not the whole history.
 */
import { browser } from '#imports';
import { isoTimeMs } from '../../lint/time';
import { parseHistoryRecord, type HistoryRecord } from '../schema';
import { indexedMonths, indexedTotal, readIndex, readMonths, readSetAside } from './io';
import { INDEX_KEY, monthsBetween, SET_ASIDE_KEY } from './layout';
import { sortByTime } from './month-records';
import type { SetAsideEntry } from './set-aside';

/** What a page shows of the history. */
export interface HistoryView {
  /** Valid records, oldest first. */
  records: HistoryRecord[];
  /** Records stored in all (every month). */
  total: number;
}

async function readValid(months: readonly string[], keep: (raw: unknown) => boolean): Promise<HistoryRecord[]> {
  const raw = await readMonths(months);
  const records: HistoryRecord[] = [];
  for (const month of months) {
    const list = raw.get(month);
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (!keep(item)) continue;
      const result = parseHistoryRecord(item);
      if (result.ok) records.push(result.record);
    }
  }
  return records;
}

const publishedAtOf = (item: unknown) => (item !== null && typeof item === 'object' ? isoTimeMs(String((item as { publishedAt?: unknown }).publishedAt)) : NaN);

/** Records published in `[from, to)`. The cheap date test runs first; the schema only on what passed. */
export async function readHistoryRange(from: number, to: number): Promise<HistoryView> {
  const index = await readIndex();
  const months = monthsBetween(from, to - 1).filter((m) => index.months[m]);
  const records = await readValid(months, (item) => {
    const at = publishedAtOf(item);
    return at >= from && at < to;
  });
  return { records, total: indexedTotal(index) };
}

/** Every record, oldest first (sorted: a month written by hand or by a tool may be in any order). */
export async function readWholeHistory(): Promise<HistoryView> {
  const index = await readIndex();
  return { records: sortByTime(await readValid(indexedMonths(index), () => true)), total: indexedTotal(index) };
}

/** The records set aside as unreadable. */
export function readSetAsideEntries(): Promise<SetAsideEntry[]> {
  return readSetAside(Date.now());
}

/** Calls `onChange` after every history write (and every change of the set-aside list). */
export function watchHistoryWrites(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (INDEX_KEY in changes || SET_ASIDE_KEY in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Reads a range now and again after every write, calling `onView` with each result in order (a
 * slow read never overwrites a newer one). Returns the stop function.
 */
export function followHistory(read: () => Promise<HistoryView>, onView: (view: HistoryView) => void, onError: (error: unknown) => void = (e) => console.warn('PostLint: reading the history failed', e)): () => void {
  let latest = 0;
  let live = true;
  const run = () => {
    const mine = ++latest;
    read().then((view) => live && mine === latest && onView(view), onError);
  };
  const stop = watchHistoryWrites(run);
  run();
  return () => {
    live = false;
    stop();
  };
}
