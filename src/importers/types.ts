/**
 * What every importer returns. Importers are pure (bytes in, posts out): the options page and the
 * CLI both use them, and the background's history writer stores what they return.
 */
import type { Kind, Platform } from '../lint/types';

/** Which export a file was recognised as. */
export type ExportFormat = 'x-archive' | 'x-tweets-js' | 'linkedin-shares' | 'facebook-posts';

/** One post read from a platform's data export. */
export interface ImportedPost {
  /**
   * Stable across imports of the same export (`x:<tweet id>`, `linkedin:<share link>`,
   * `facebook:<timestamp>:<hash of text>`): importing a file twice adds nothing.
   */
  id: string;
  text: string;
  platform: Platform;
  kind: Kind;
  /** ISO 8601 with offset (UTC, `…Z`). */
  publishedAt: string;
  engagement?: { likes?: number; reposts?: number; comments?: number };
}

/** An entry the importer did not take, and why ("reshare with no text of its own"). */
export interface SkippedEntry {
  /** Where in the file: `tweets.js item 12`, `Shares.csv line 40`, `your_posts_1.json item 3`. */
  where: string;
  reason: string;
}

export interface ImportReport {
  format: ExportFormat;
  posts: ImportedPost[];
  skipped: SkippedEntry[];
}

/** Called now and then while a large file is read, with the share done (0..1). */
export type ImportProgress = (done: number) => void;

/** The file is no export PostLint knows (exit 2 in the CLI, a message in the options page). */
export class UnknownExportError extends Error {
  constructor(fileName: string, detail: string) {
    super(`${fileName} is not a data export PostLint can read: ${detail}`);
    this.name = 'UnknownExportError';
  }
}

/**
 * The file is an export PostLint knows but cannot be read as a whole: a zip cut off before its
 * table of contents, a tweets.js that is not JavaScript, an encrypted archive. (A damaged entry
 * inside a readable file is a `SkippedEntry` instead, and the rest is imported.)
 */
export class DamagedExportError extends Error {
  constructor(fileName: string, detail: string) {
    super(`${fileName} could not be read: ${detail}`);
    this.name = 'DamagedExportError';
  }
}
