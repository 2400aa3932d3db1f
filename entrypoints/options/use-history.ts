/** The history for the page: loaded once, read again after every write, filtered by a search. */
import { useEffect, useMemo, useState } from 'react';
import type { HistoryRecord } from '../../src/history/schema';
import { followHistoryNewestFirst } from './history-client';

/** All records newest first; null while loading. */
export function useHistory(): HistoryRecord[] | null {
  const [records, setRecords] = useState<HistoryRecord[] | null>(null);
  useEffect(() => {
    return followHistoryNewestFirst(setRecords);
  }, []);
  return records;
}

/** `value`, once it has stopped changing for `delayMs`. */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/** The records whose text contains `query` (case- and accent-insensitive words, all of them). */
export function useSearch(records: readonly HistoryRecord[], query: string): readonly HistoryRecord[] {
  const index = useMemo(() => records.map((r) => fold(r.text)), [records]);
  return useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    if (!words.length) return records;
    return records.filter((_, i) => words.every((w) => index[i].includes(w)));
  }, [records, index, query]);
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
