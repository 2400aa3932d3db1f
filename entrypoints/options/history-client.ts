/**
 * The page's side of the history: it reads `local:history` itself (read-only) and asks the
 * background, the only writer, to import, delete or clear. Very large imports go in batches, so
 * no message is huge; each batch makes the background read, validate and rewrite the whole history
 * once (and its lint caches follow), so batches are large: a typical archive goes in one.
 */
import { browser } from '#imports';
import { historyItem } from '../../src/history/items';
import type { HistoryDeleteResponse, HistoryImportResponse, PostLintMessage } from '../../src/history/messages';
import { parseHistory, type HistoryRecord } from '../../src/history/schema';
import type { ImportedPost } from '../../src/importers/types';

/**
 * Posts per import message: about 3 MB for X-length posts, far under the browser's 64 MB message
 * limit. With 2,000 a 10,000-post archive took 5.6 s, mostly rewriting and re-indexing the growing
 * history five times.
 */
export const IMPORT_BATCH_SIZE = 10_000;

async function send<R extends { ok: boolean }>(message: PostLintMessage): Promise<Exclude<R, { ok: false }>> {
  const answer = (await browser.runtime.sendMessage(message)) as R | undefined;
  if (!answer) throw new Error('The PostLint background did not answer; reload the extension and try again.');
  if (!answer.ok) throw new Error((answer as unknown as { error: string }).error);
  return answer as Exclude<R, { ok: false }>;
}

/** The stored history, newest first. */
export async function readHistoryNewestFirst(): Promise<HistoryRecord[]> {
  return newestFirst(await historyItem.getValue());
}

/** Parses a stored history value into records, newest first. */
export function newestFirst(raw: unknown): HistoryRecord[] {
  return parseHistory(raw)
    .records.map((r) => ({ r, t: Date.parse(r.publishedAt) }))
    .sort((a, b) => b.t - a.t)
    .map(({ r }) => r);
}

/** Calls `onChange` with the history (newest first) after each change. */
export function watchHistory(onChange: (records: HistoryRecord[]) => void): () => void {
  return historyItem.watch((raw) => onChange(newestFirst(raw)));
}

export interface ImportTotals {
  added: number;
  duplicates: number;
  notKept: number;
}

/** Sends `posts` to the background in batches; `onBatch` gets the share sent so far (0..1). */
export async function importIntoHistory(posts: readonly (ImportedPost | HistoryRecord)[], onBatch: (done: number) => void = () => {}): Promise<ImportTotals> {
  const totals: ImportTotals = { added: 0, duplicates: 0, notKept: 0 };
  for (let start = 0; start < posts.length; start += IMPORT_BATCH_SIZE) {
    const batch = posts.slice(start, start + IMPORT_BATCH_SIZE);
    const answer = await send<HistoryImportResponse>({ type: 'postlint:history-import', posts: batch });
    totals.added += answer.added;
    totals.duplicates += answer.duplicates;
    totals.notKept += answer.notKept;
    onBatch(Math.min(1, (start + batch.length) / posts.length));
  }
  return totals;
}

/** Deletes these records; resolves with how many went. */
export async function deleteFromHistory(ids: string[]): Promise<number> {
  return (await send<HistoryDeleteResponse>({ type: 'postlint:history-delete', ids })).deleted;
}

/** Deletes the whole history; resolves with how many records went. */
export async function clearAllHistory(): Promise<number> {
  return (await send<HistoryDeleteResponse>({ type: 'postlint:history-clear' })).deleted;
}
