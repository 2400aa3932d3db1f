/**
 * Test access to the stored history in the month layout: seed it as a flat list (each record into
 * its month; a record without a readable date into the month of the record before it, or
 * 2026-01) and read it back flat, oldest month first. The fake browser's `storage.local` is reset
 * before every test.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { INDEX_KEY, LAYOUT_VERSION, isMonthKey, monthKey, monthOf } from '../../../src/history/store/layout';

const monthOfRaw = (item: unknown) =>
  item !== null && typeof item === 'object' && typeof (item as { publishedAt?: unknown }).publishedAt === 'string' ? monthOf((item as { publishedAt: string }).publishedAt) : null;

/** Replaces the stored history with these raw records. */
export async function setStoredHistory(items: readonly unknown[]): Promise<void> {
  const old = await fakeBrowser.storage.local.get(null);
  await fakeBrowser.storage.local.remove(Object.keys(old).filter(isMonthKey));
  const months: Record<string, unknown[]> = {};
  let last = '2026-01';
  for (const item of items) {
    last = monthOfRaw(item) ?? last;
    (months[last] ??= []).push(item);
  }
  const counts = Object.fromEntries(Object.entries(months).map(([m, list]) => [m, list.length]));
  const index = { version: LAYOUT_VERSION, months: counts, revision: Date.now() % 1_000_000 };
  await fakeBrowser.storage.local.set({ ...Object.fromEntries(Object.entries(months).map(([m, list]) => [monthKey(m), list])), [INDEX_KEY]: index });
}

/** Every stored record, raw, oldest month first (in each month as stored). */
export async function storedHistory(): Promise<unknown[]> {
  const all = await fakeBrowser.storage.local.get(null);
  const index = all[INDEX_KEY] as { months: Record<string, number> } | undefined;
  const months = Object.keys(index?.months ?? {}).sort();
  return months.flatMap((m) => (all[monthKey(m)] as unknown[] | undefined) ?? []);
}
