/**
 * The writer's start-up pass over the stored history: moves the first version's single list into
 * months, sets aside what this version cannot read (never deleting it), brings back set-aside
 * records it can read now (written by a newer version, or repaired), and trims by the person's
 * retention setting, the only thing that ever trims.
 */
import { browser } from '#imports';
import { isoTimeMs } from '../lint/time';
import { parseHistoryRecord, type HistoryRecord } from './schema';
import { commitMonths, takeMonths } from './store/change';
import { readSetAside } from './store/io';
import { INDEX_KEY, LEGACY_HISTORY_KEY, monthOf, parseIndex } from './store/layout';
import { groupBy, mergeRecords, validateRecords } from './store/month-records';
import { retentionCutoff } from './store/retention';
import type { SetAsideEntry } from './store/set-aside';

/** What a compaction did. */
export interface CompactionReport {
  /** Records moved from the first version's list into months. */
  migrated: number;
  /** Records set aside now (unreadable). */
  setAside: number;
  /** Set-aside records read and put back. */
  restored: number;
  /** Records older than the retention setting, deleted. */
  trimmed: number;
}

/** WXT's version marker of the first version's item, removed with it. */
const LEGACY_META_KEY = `${LEGACY_HISTORY_KEY}$`;

/** Runs one compaction at `now` with the retention setting `retentionDays`. */
export async function compactStoredHistory(now: number, retentionDays: number | null): Promise<CompactionReport> {
  const report: CompactionReport = { migrated: 0, setAside: 0, restored: 0, trimmed: 0 };
  const legacyRaw = (await browser.storage.local.get(LEGACY_HISTORY_KEY))[LEGACY_HISTORY_KEY];
  const legacy = legacyRaw == null ? null : validateRecords(legacyRaw, LEGACY_HISTORY_KEY, now);

  const setAsideBefore = await readSetAside(now);
  const restorable: HistoryRecord[] = [];
  const stillAside: SetAsideEntry[] = [];
  for (const entry of setAsideBefore) {
    const result = parseHistoryRecord(entry.raw);
    if (result.ok && monthOf(result.record.publishedAt)) restorable.push(result.record);
    else stillAside.push(entry);
  }

  const indexIntact = parseIndex((await browser.storage.local.get(INDEX_KEY))[INDEX_KEY]) !== null;
  const hand = await takeMonths('all', now);
  const changed = new Set<string>();
  const incoming = [...(legacy?.records ?? []), ...restorable];
  for (const [month, records] of groupBy(incoming, (r) => monthOf(r.publishedAt))) {
    const merged = mergeRecords(hand.months.get(month) ?? [], records);
    hand.months.set(month, merged.records);
    changed.add(month);
  }
  report.migrated = legacy?.records.length ?? 0;
  report.restored = restorable.length;

  const cutoff = retentionCutoff(retentionDays, now);
  if (cutoff > -Infinity) {
    for (const [month, records] of hand.months) {
      const kept = records.filter((r) => isoTimeMs(r.publishedAt) >= cutoff);
      if (kept.length === records.length) continue;
      report.trimmed += records.length - kept.length;
      hand.months.set(month, kept);
      changed.add(month);
    }
  }

  const newlyAside = legacy?.rejected ?? [];
  report.setAside = hand.rejected.length + newlyAside.length;
  const touched = changed.size || report.setAside || restorable.length || legacy || !indexIntact;
  if (!touched) return report;
  await commitMonths(hand, changed, now, {
    setAside: newlyAside,
    setAsideBase: restorable.length ? stillAside : undefined,
    // Written empty in the same call as its records' new home, then removed.
    items: legacy ? { [LEGACY_HISTORY_KEY]: null } : undefined,
  });
  if (legacy) await browser.storage.local.remove([LEGACY_HISTORY_KEY, LEGACY_META_KEY]).catch(() => undefined);
  return report;
}
