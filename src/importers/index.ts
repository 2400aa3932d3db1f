/**
 * Importers: a platform's data export in, posts for the history out. Pure (bytes in, posts out;
 * only TextDecoder and setTimeout from the environment), shared by the options page and the CLI.
 */
import { dedupeById } from './dedupe';
import { Pacer } from './pacer';
import { readTextExport } from './read-text-export';
import { readZipExport } from './read-zip-export';
import { DamagedExportError, type ImportProgress, type ImportReport } from './types';
import { looksLikeZip } from './zip-entries';

export { dedupeById } from './dedupe';
export { ACCEPTED_EXPORTS } from './read-text-export';
export * from './types';

/** What `importFile` can be told besides the file. */
export interface ImportOptions {
  /** Called now and then with the share done (0..1), and with 1 at the end. */
  onProgress?: ImportProgress;
  /** Aborting rejects the import with the signal's reason at its next pause. */
  signal?: AbortSignal;
}

/**
 * Recognises a data export by its content (X archive zip or tweets.js, LinkedIn Shares.csv,
 * Facebook your_posts_1.json) and reads its posts, with the entries it skipped and why. Long
 * imports pause every few milliseconds so a page never freezes. Ids are stable: importing the same
 * file twice gives the same ids, and a report never holds one id twice.
 *
 * @param fileName shown in skipped entries and error messages; the content decides the format.
 * @throws UnknownExportError when the file is no export PostLint reads (the message lists those it
 *   does); DamagedExportError when it is one but cannot be read (a cut-off zip); the signal's reason
 *   when aborted.
 */
export async function importFile(fileName: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportReport> {
  const pacer = new Pacer(options.onProgress, options.signal);
  let report: ImportReport;
  try {
    report = looksLikeZip(bytes) ? await readZipExport(fileName, bytes, pacer) : await readTextExport(fileName, decodeUtf8(bytes), pacer);
  } catch (error) {
    // Strings have a maximum length; a tweets.js beyond it cannot be read in one piece.
    if (error instanceof RangeError) throw new DamagedExportError(fileName, 'it is too large to read');
    throw error;
  }
  pacer.report(1);
  return { ...report, posts: dedupeById(report.posts) };
}

/** UTF-8 with a leading byte-order mark dropped; invalid bytes become U+FFFD (then "not a text file"). */
function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}
