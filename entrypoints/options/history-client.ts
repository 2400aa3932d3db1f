/**
 * The page's side of the history: it reads the stored months itself (read-only) and asks the
 * background, the only writer, to import, delete or clear. Very large imports go in batches, so
 * no message is huge; a batch writes only the months its posts fall in.
 */
import { browser } from '#imports';
import type { PostLintMessage } from '../../src/history/messages';
import type { HistoryCompactResponse, HistoryDeleteResponse, HistoryImportResponse } from '../../src/history/page-messages';
import type { HistoryRecord } from '../../src/history/schema';
import { followHistory, readWholeHistory } from '../../src/history/store/read';
import type { ImportedPost } from '../../src/importers/types';

/** Posts per import message: about 3 MB for X-length posts, far under the browser's 64 MB message limit. */
export const IMPORT_BATCH_SIZE = 10_000;

async function send<R extends { ok: boolean }>(message: PostLintMessage): Promise<Exclude<R, { ok: false }>> {
  const answer = (await browser.runtime.sendMessage(message)) as R | undefined;
  if (!answer) throw new Error('The PostLint background did not answer; reload the extension and try again.');
  if (!answer.ok) throw new Error((answer as unknown as { error: string }).error);
  return answer as Exclude<R, { ok: false }>;
}

/** The stored history, newest first. */
export async function readHistoryNewestFirst(): Promise<HistoryRecord[]> {
  return (await readWholeHistory()).records.reverse();
}

/** Calls `onChange` with the history (newest first) now and after each change; returns the stop function. */
export function followHistoryNewestFirst(onChange: (records: HistoryRecord[]) => void): () => void {
  return followHistory(readWholeHistory, (view) => onChange(view.records.reverse()));
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

/** Deletes every set-aside record; resolves with how many went. */
export async function clearSetAsideRecords(): Promise<number> {
  return (await send<HistoryDeleteResponse>({ type: 'postlint:history-set-aside-clear' })).deleted;
}

/** Asks the background to read the set-aside records again (and apply the retention setting). */
export async function retrySetAside(): Promise<Exclude<HistoryCompactResponse, { ok: false }>> {
  return send<HistoryCompactResponse>({ type: 'postlint:history-compact' });
}
