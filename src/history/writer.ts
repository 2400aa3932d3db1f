/**
 * The background's history writer: the only code that writes the history (`store/layout.ts`).
 * Writes run one after another through a promise queue, so two tabs publishing at once both land.
 * A publish is handed to the lint service at once (lints never wait for storage) and written to
 * its month; a write the browser refuses keeps the posts (memory and `storage.session`) and is
 * retried, and the person is told (`write-status.ts`).
 */
import { browser } from '#imports';
import { compactStoredHistory, type CompactionReport } from './compaction';
import { historyRecordSchema, publishedPostSchema, type HistoryRecord } from './schema';
import { commitMonths, takeMonths } from './store/change';
import { readIndex, readSetAside } from './store/io';
import { monthOf, SET_ASIDE_KEY } from './store/layout';
import { groupBy, mergeRecords } from './store/month-records';
import { readRetention, retentionCutoff } from './store/retention';
import { isoTimeMs } from '../lint/time';
import { PENDING_KEY, WRITE_STATUS_KEY, type WriteStatus } from './write-status';
import type { ImportedPost } from '../importers/types';

/** A post from a platform's export, or a whole record from PostLint's own history export. */
export type ImportablePost = ImportedPost | HistoryRecord;

/** What an import changed: posts added, posts already there (same id), posts not kept (invalid, or older than the retention setting). */
export interface ImportOutcome {
  added: number;
  duplicates: number;
  notKept: number;
}

export interface HistoryWriter {
  /** Validates a published post, hands it to `onAccepted` and writes it; `saved` is false when the write failed (it is kept and retried). */
  recordPublishedPost(post: unknown, publishId?: unknown): Promise<{ record: HistoryRecord; saved: boolean }>;
  /** Start-up work: migrates older layouts, sets aside unreadable records, restores readable ones, applies retention. */
  compactHistory(): Promise<CompactionReport>;
  /** Adds posts from a data export or PostLint's own export; a post whose id is stored already is a duplicate. */
  importPosts(posts: readonly ImportablePost[]): Promise<ImportOutcome>;
  /** Deletes the records with these ids; resolves with how many were deleted. */
  deletePosts(ids: readonly string[]): Promise<number>;
  /** Deletes the whole history; resolves with how many records were deleted. */
  clearHistory(): Promise<number>;
  /** Deletes every set-aside record; resolves with how many went. */
  clearSetAside(): Promise<number>;
  /** The failed-write status, or null when everything is written. */
  status(): WriteStatus | null;
  /** Resolves once every write asked for so far has landed (or failed). */
  settled(): Promise<void>;
}

export interface HistoryWriterOptions {
  now?: () => number;
  newId?: () => string;
  /** Called synchronously with every newly accepted published post (the lint service adds it). */
  onAccepted?: (record: HistoryRecord) => void;
  /** Wait before retrying a failed write. */
  retryDelayMs?: number;
}

/** A publish id from a content script: it makes a retried message land once. */
const PUBLISH_ID = /^[A-Za-z0-9-]{8,64}$/;

/** Creates the writer; the background makes exactly one. */
export function createHistoryWriter({ now = Date.now, newId = () => crypto.randomUUID(), onAccepted, retryDelayMs = 30_000 }: HistoryWriterOptions = {}): HistoryWriter {
  let queue: Promise<unknown> = Promise.resolve();
  let pending: HistoryRecord[] = [];
  let status: WriteStatus | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  // Whether `storage.session` holds posts or a status to clear once they are written.
  let sessionHolds = false;
  // Posts kept from a failed write before the worker last stopped come back first.
  let restored: Promise<void> | null = null;

  function serially<T>(task: () => Promise<T>): Promise<T> {
    restored ??= restorePending();
    const run = queue.then(() => restored).then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function restorePending(): Promise<void> {
    try {
      const stored = (await browser.storage.session.get(PENDING_KEY))[PENDING_KEY];
      if (!Array.isArray(stored)) return;
      sessionHolds = true;
      for (const item of stored) {
        const result = historyRecordSchema.safeParse(item);
        if (result.success && !pending.some((p) => p.id === result.data.id)) pending.push(result.data);
      }
    } catch (error) {
      console.warn('PostLint: reading posts waiting to be saved failed', error);
    }
  }

  async function remember(error: unknown): Promise<void> {
    status = { pending: pending.length, error: error instanceof Error ? error.message : String(error), since: status?.since ?? new Date(now()).toISOString() };
    try {
      sessionHolds = true;
      await browser.storage.session.set({ [PENDING_KEY]: pending, [WRITE_STATUS_KEY]: status });
    } catch (sessionError) {
      console.warn('PostLint: keeping posts waiting to be saved failed', sessionError);
    }
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void serially(flush), retryDelayMs);
  }

  /** Writes the pending posts into their months; on failure keeps them and tells. */
  async function flush(): Promise<boolean> {
    if (!pending.length) return true;
    // A copy: posts accepted while this write is on its way are not in it, and must stay pending.
    const batch = [...pending];
    try {
      const byMonth = groupBy(batch, (r) => monthOf(r.publishedAt));
      const hand = await takeMonths([...byMonth.keys()], now());
      for (const [month, fresh] of byMonth) hand.months.set(month, mergeRecords(hand.months.get(month) ?? [], fresh).records);
      await commitMonths(hand, byMonth.keys(), now());
      pending = pending.filter((r) => !batch.includes(r));
      status = null;
      clearTimeout(retryTimer);
      if (sessionHolds && !pending.length) {
        sessionHolds = false;
        await browser.storage.session.remove([PENDING_KEY, WRITE_STATUS_KEY]).catch(() => undefined);
      }
      return true;
    } catch (error) {
      console.warn('PostLint: saving to the history failed; kept to try again', error);
      await remember(error);
      return false;
    }
  }

  const accepted = new Set<string>();

  return {
    recordPublishedPost(post, publishId) {
      // Validate before queueing: a bad message fails at once and never touches storage.
      const result = publishedPostSchema.safeParse(post);
      if (!result.success) return Promise.reject(new Error(`invalid post: ${result.error.message}`));
      const id = typeof publishId === 'string' && PUBLISH_ID.test(publishId) ? publishId : newId();
      const record: HistoryRecord = { ...result.data, id, source: 'extension' };
      if (!accepted.has(id)) {
        accepted.add(id);
        pending.push(record);
        try {
          onAccepted?.(record);
        } catch (error) {
          console.warn('PostLint: following a publish failed', error);
        }
      }
      return serially(async () => ({ record, saved: await flush() }));
    },

    compactHistory() {
      return serially(async () => {
        await flush();
        return compactStoredHistory(now(), await readRetention());
      });
    },

    importPosts(posts) {
      return serially(async () => {
        await flush();
        const cutoff = retentionCutoff(await readRetention(), now());
        const fresh: HistoryRecord[] = [];
        let notKept = 0;
        for (const post of posts) {
          const result = historyRecordSchema.safeParse({ diagnostics: [], heeded: false, source: 'import', ...post });
          if (!result.success || isoTimeMs(result.data.publishedAt) < cutoff) notKept++;
          else fresh.push(result.data);
        }
        const byMonth = groupBy(fresh, (r) => monthOf(r.publishedAt));
        const hand = await takeMonths([...byMonth.keys()], now());
        let added = 0;
        let duplicates = 0;
        for (const [month, records] of byMonth) {
          const merged = mergeRecords(hand.months.get(month) ?? [], records);
          hand.months.set(month, merged.records);
          added += merged.added.length;
          duplicates += merged.duplicates;
        }
        if (added || hand.rejected.length) await commitMonths(hand, added ? byMonth.keys() : [], now());
        return { added, duplicates, notKept };
      });
    },

    deletePosts(ids) {
      const doomed = new Set(ids);
      return serially(async () => {
        pending = pending.filter((r) => !doomed.has(r.id));
        const hand = await takeMonths('all', now());
        const changed: string[] = [];
        let deleted = 0;
        for (const [month, records] of hand.months) {
          const kept = records.filter((r) => !doomed.has(r.id));
          if (kept.length === records.length) continue;
          deleted += records.length - kept.length;
          hand.months.set(month, kept);
          changed.push(month);
        }
        if (changed.length || hand.rejected.length) await commitMonths(hand, changed, now());
        return deleted;
      });
    },

    clearHistory() {
      return serially(async () => {
        const index = await readIndex();
        const total = Object.values(index.months).reduce((sum, n) => sum + n, 0) + pending.length;
        pending = [];
        const months = Object.keys(index.months);
        await commitMonths({ index, months: new Map(months.map((m) => [m, []])), rejected: [] }, months, now());
        return total;
      });
    },

    clearSetAside() {
      return serially(async () => {
        const count = (await readSetAside(now())).length;
        if (count) await browser.storage.local.remove(SET_ASIDE_KEY);
        return count;
      });
    },

    status() {
      return status;
    },

    settled() {
      return queue.then(() => undefined);
    },
  };
}
