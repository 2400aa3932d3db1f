/**
 * The background's history writer: the only code that writes `local:history`. Writes run one after
 * another through a promise queue, so two tabs publishing at once both land (no lost update from
 * two read-modify-write cycles interleaving).
 */
import { historyItem } from './items';
import { HISTORY_LIMITS, pruneHistory } from './prune';
import { historyRecordSchema, parseHistory, publishedPostSchema, type HistoryRecord } from './schema';
import type { ImportedPost } from '../importers/types';

/** A post from a platform's export, or a whole record from PostLint's own history export. */
export type ImportablePost = ImportedPost | HistoryRecord;

/** What an import changed: posts added, posts already there (same id), posts the history does not keep. */
export interface ImportOutcome {
  added: number;
  duplicates: number;
  /** Valid but not kept: older than the history keeps, beyond its size limit, or not a valid post. */
  notKept: number;
}

export interface HistoryWriter {
  /** Validates and appends a published post; resolves with the stored record. */
  recordPublishedPost(post: unknown): Promise<HistoryRecord>;
  /** Drops corrupt and expired records (run at start-up); resolves with how many were removed. */
  compactHistory(): Promise<number>;
  /**
   * Adds posts read from a platform's data export (`source: 'import'`, engagement kept). A post whose
   * id is already in the history is a duplicate and left alone, so importing a file twice adds nothing.
   * Whole records (PostLint's own export) keep their source, diagnostics and the rest as they were.
   */
  importPosts(posts: readonly ImportablePost[]): Promise<ImportOutcome>;
  /** Deletes the records with these ids; resolves with how many were deleted. */
  deletePosts(ids: readonly string[]): Promise<number>;
  /** Deletes the whole history; resolves with how many records were deleted. */
  clearHistory(): Promise<number>;
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

    importPosts(posts) {
      return serially(async () => {
        const records = validRecords(await historyItem.getValue());
        const known = new Set(records.map((r) => r.id));
        const fresh: HistoryRecord[] = [];
        let duplicates = 0;
        let invalid = 0;
        for (const post of posts) {
          if (known.has(post?.id)) {
            duplicates++;
            continue;
          }
          const result = historyRecordSchema.safeParse({ diagnostics: [], heeded: false, source: 'import', ...post });
          if (!result.success) {
            invalid++;
            continue;
          }
          known.add(result.data.id);
          fresh.push(result.data);
        }
        if (!fresh.length) return { added: 0, duplicates, notKept: invalid };
        const kept = pruneHistory([...records, ...fresh], now(), limits);
        const keptIds = new Set(kept.map((r) => r.id));
        const added = fresh.filter((r) => keptIds.has(r.id)).length;
        await store(kept);
        return { added, duplicates, notKept: invalid + fresh.length - added };
      });
    },

    deletePosts(ids) {
      const doomed = new Set(ids);
      return serially(async () => {
        const records = validRecords(await historyItem.getValue());
        const kept = records.filter((r) => !doomed.has(r.id));
        if (kept.length !== records.length) await store(kept);
        return records.length - kept.length;
      });
    },

    clearHistory() {
      return serially(async () => {
        const raw = await historyItem.getValue();
        await store([]);
        return Array.isArray(raw) ? raw.length : 0;
      });
    },

    settled() {
      return queue.then(() => undefined);
    },
  };
}
