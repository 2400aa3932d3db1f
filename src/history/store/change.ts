/**
 * Builds one history change: reads the months it touches, validates what is stored there (setting
 * aside what fails), and applies an edit to each month. Shared by publishing, importing, deleting
 * and compaction so all of them validate and write the same way.
 */
import type { HistoryRecord } from '../schema';
import { readIndex, readMonths, readSetAside, writeChange, type HistoryChange } from './io';
import { monthKey, type HistoryIndex } from './layout';
import { validateRecords } from './month-records';
import type { SetAsideEntry } from './set-aside';

/** What an edit sees of the history: the index and the touched months, validated. */
export interface MonthsInHand {
  index: HistoryIndex;
  months: Map<string, HistoryRecord[]>;
  /** Records found unreadable in the touched months (already counted for setting aside). */
  rejected: SetAsideEntry[];
}

/** Reads and validates `months` (all indexed months when `months` is 'all'). */
export async function takeMonths(months: readonly string[] | 'all', now: number): Promise<MonthsInHand> {
  const index = await readIndex();
  const wanted = months === 'all' ? Object.keys(index.months) : months;
  const raw = await readMonths(wanted);
  const validated = new Map<string, HistoryRecord[]>();
  const rejected: SetAsideEntry[] = [];
  for (const [month, value] of raw) {
    const { records, rejected: bad } = validateRecords(value, monthKey(month), now);
    validated.set(month, records);
    rejected.push(...bad);
  }
  return { index, months: validated, rejected };
}

/**
 * Writes the months that `changed` names (plus every month in which a record was set aside, so the
 * unreadable record leaves it in the same call that stores it aside) and the set-aside list.
 */
export async function commitMonths(
  hand: MonthsInHand,
  changed: Iterable<string>,
  now: number,
  extra?: {
    /** Entries to set aside besides those found in the months. */
    setAside?: readonly SetAsideEntry[];
    /** The set-aside list to start from, when the caller changed it (else the stored one). */
    setAsideBase?: readonly SetAsideEntry[];
    items?: Record<string, unknown>;
  },
): Promise<HistoryIndex> {
  const months = new Map<string, readonly unknown[]>();
  for (const month of changed) months.set(month, hand.months.get(month) ?? []);
  for (const entry of hand.rejected) {
    const month = entry.from.slice(8);
    if (hand.months.has(month)) months.set(month, hand.months.get(month)!);
  }
  const added = [...hand.rejected, ...(extra?.setAside ?? [])];
  let setAside: SetAsideEntry[] | undefined;
  if (added.length || extra?.setAsideBase) setAside = [...(extra?.setAsideBase ?? (await readSetAside(now))), ...added];
  const change: HistoryChange = { months, index: hand.index, setAside, extra: extra?.items };
  return writeChange(change);
}
