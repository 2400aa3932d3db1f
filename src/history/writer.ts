/**
 * The background's history writer: the only code that writes `local:history`. Writes run one after
 * another through a promise queue, so two tabs publishing at once both land (no lost update from
 * two read-modify-write cycles interleaving).
 */
import { historyItem } from './items';
import { HISTORY_LIMITS, pruneHistory } from './prune';
import { parseHistory, publishedPostSchema, type HistoryRecord } from './schema';

export interface HistoryWriter {
  /** Validates and appends a published post; resolves with the stored record. */
  recordPublishedPost(post: unknown): Promise<HistoryRecord>;
  /** Drops corrupt and expired records (run at start-up); resolves with how many were removed. */
  compactHistory(): Promise<number>;
  /** Resolves once every write asked for so far has landed (or failed). */
  settled(): Promise<void>;
}

export interface HistoryWriterOptions {
  now?: () => number;
  newId?: () => string;
  limits?: { maxAgeDays: number; maxEntries: number };
  /** Called with the stored list after every write (the background's lint service follows it). */
  onWritten?: (records: HistoryRecord[]) => void;
}

/** Creates the writer; the background makes exactly one. */
export function createHistoryWriter({
  now = Date.now,
  newId = () => crypto.randomUUID(),
  limits = HISTORY_LIMITS,
  onWritten,
}: HistoryWriterOptions = {}): HistoryWriter {
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every task queued before it, whether those succeeded or not. */
  function serially<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  function validRecords(raw: unknown): HistoryRecord[] {
    const { records, dropped } = parseHistory(raw);
    if (dropped > 0) console.warn(`PostLint: dropped ${dropped} unreadable history record(s)`);
    return records;
  }

  async function store(records: HistoryRecord[]): Promise<void> {
    await historyItem.setValue(records);
    try {
      onWritten?.(records);
    } catch (error) {
      console.warn('PostLint: following a history write failed', error);
    }
  }

  return {
    recordPublishedPost(post) {
      // Validate before queueing: a bad message fails at once and never touches storage.
      const result = publishedPostSchema.safeParse(post);
      if (!result.success) return Promise.reject(new Error(`invalid post: ${result.error.message}`));
      const parsed = result.data;
      return serially(async () => {
        const records = validRecords(await historyItem.getValue());
        const record: HistoryRecord = { ...parsed, id: newId(), source: 'extension' };
        await store(pruneHistory([...records, record], now(), limits));
        return record;
      });
    },

    compactHistory() {
      return serially(async () => {
        const raw = await historyItem.getValue();
        const records = validRecords(raw);
        const kept = pruneHistory(records, now(), limits);
        const removed = (Array.isArray(raw) ? raw.length : 0) - kept.length;
        if (removed > 0 || !Array.isArray(raw)) await store(kept);
        return Math.max(removed, 0);
      });
    },

    settled() {
      return queue.then(() => undefined);
    },
  };
}
