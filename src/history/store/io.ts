/**
 * Reading and writing the month layout (`layout.ts`) in `storage.local`. Every change is ONE
 * `storage.local.set` call (the changed months, the index and the set-aside list together): the
 * browser applies a single call as a whole, so a worker stopped mid-write leaves the old state or
 * the new one, never an index that disagrees with its months.
 */
import { browser } from '#imports';
import { EMPTY_INDEX, INDEX_KEY, isMonthKey, monthKey, parseIndex, SET_ASIDE_KEY, type HistoryIndex } from './layout';
import { parseSetAside, type SetAsideEntry } from './set-aside';

/** The index; when it is missing or damaged, one rebuilt from the month items that exist. */
export async function readIndex(): Promise<HistoryIndex> {
  const stored = parseIndex((await browser.storage.local.get(INDEX_KEY))[INDEX_KEY]);
  if (stored) return stored;
  const all = await browser.storage.local.get(null);
  const months: Record<string, number> = {};
  // A month that is not a list counts as one record: validating it then sets the value aside.
  for (const [key, value] of Object.entries(all)) if (isMonthKey(key) && value != null && !(Array.isArray(value) && !value.length)) months[key.slice(8)] = Array.isArray(value) ? value.length : 1;
  return { ...EMPTY_INDEX, months };
}

/** The raw stored lists of these months (a month with nothing stored reads as an empty list). */
export async function readMonths(months: readonly string[]): Promise<Map<string, unknown>> {
  if (!months.length) return new Map();
  const stored = await browser.storage.local.get(months.map(monthKey));
  return new Map(months.map((m) => [m, stored[monthKey(m)] ?? []]));
}

/** The stored set-aside list. */
export async function readSetAside(now: number): Promise<SetAsideEntry[]> {
  return parseSetAside((await browser.storage.local.get(SET_ASIDE_KEY))[SET_ASIDE_KEY], now);
}

export interface HistoryChange {
  /** New contents of changed months (an empty list empties the month). */
  months: Map<string, readonly unknown[]>;
  /** The index before the change (months not named in `months` keep their counts). */
  index: HistoryIndex;
  /** The whole set-aside list, when it changed. */
  setAside?: readonly SetAsideEntry[];
  /** Other items to write in the same call (e.g. removing the first version's list by writing it empty). */
  extra?: Record<string, unknown>;
}

/** Writes a change in one `set` call; resolves with the new index. Empty months are removed afterwards. */
export async function writeChange({ months, index, setAside, extra }: HistoryChange): Promise<HistoryIndex> {
  const counts = { ...index.months };
  const items: Record<string, unknown> = { ...extra };
  const emptied: string[] = [];
  for (const [month, records] of months) {
    items[monthKey(month)] = records;
    if (records.length) counts[month] = records.length;
    else {
      delete counts[month];
      emptied.push(monthKey(month));
    }
  }
  const next: HistoryIndex = { ...index, months: counts, revision: index.revision + 1 };
  items[INDEX_KEY] = next;
  if (setAside) items[SET_ASIDE_KEY] = setAside;
  await browser.storage.local.set(items);
  // An emptied month is no longer in the index, so it is invisible already; removing it only frees space.
  if (emptied.length) await browser.storage.local.remove(emptied).catch(() => undefined);
  return next;
}

/** The months of the index, oldest first. */
export const indexedMonths = (index: HistoryIndex) => Object.keys(index.months).sort();

/** How many records the index counts. */
export const indexedTotal = (index: HistoryIndex) => Object.values(index.months).reduce((sum, n) => sum + n, 0);
