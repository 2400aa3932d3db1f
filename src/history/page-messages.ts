/**
 * The messages the extension's own pages (options) send the background to change the history; the
 * background refuses them from content scripts. Type-only, like `messages.ts`.
 */
import type { ImportedPost } from '../importers/types';
import type { HistoryRecord } from './schema';

/** From the options page: add posts read from a data export (send at most ~2,000 a message). */
export interface HistoryImportMessage {
  type: 'postlint:history-import';
  /** Posts from a platform's export, or whole records from PostLint's own export (kept as they were). */
  posts: (ImportedPost | HistoryRecord)[];
}

/** From the options page: delete these history records. */
export interface HistoryDeleteMessage {
  type: 'postlint:history-delete';
  ids: string[];
}

/** From the options page: delete the whole history. */
export interface HistoryClearMessage {
  type: 'postlint:history-clear';
}

/** The answer to a history import: what the batch changed. */
export type HistoryImportResponse = { ok: true; added: number; duplicates: number; notKept: number } | { ok: false; error: string };

/** The answer to a delete or clear: how many records went. */
export type HistoryDeleteResponse = { ok: true; deleted: number } | { ok: false; error: string };

/** From the options page: delete every set-aside record (after the person exported or read them). */
export interface SetAsideClearMessage {
  type: 'postlint:history-set-aside-clear';
}

/** From the options page: run the start-up pass now (try set-aside records again, apply a new retention). */
export interface HistoryCompactMessage {
  type: 'postlint:history-compact';
}

/** The answer to a compaction: what it did. */
export type HistoryCompactResponse = { ok: true; setAside: number; restored: number; trimmed: number; migrated: number } | { ok: false; error: string };

export type HistoryPageMessage = HistoryImportMessage | HistoryDeleteMessage | HistoryClearMessage | SetAsideClearMessage | HistoryCompactMessage;
