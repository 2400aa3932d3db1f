/**
 * Reads an export that comes as a zip: X's archive (`data/tweets.js` and its part files), or a
 * LinkedIn or Facebook download zipped as the platform sends it (`Shares.csv`, `your_posts_1.json`
 * …). Only those entries are inflated.
 */
import type { Pacer } from './pacer';
import { ACCEPTED_EXPORTS, readTextExport } from './read-text-export';
import { DamagedExportError, UnknownExportError, type ExportFormat, type ImportReport, type SkippedEntry } from './types';
import { readTweetsFile } from './x-tweets';
import { listZipEntries, readZipText, ZipError, type ZipEntry } from './zip-entries';

/** `data/tweets.js`, `data/tweets-part1.js`, older `data/tweet.js`, inside an optional top folder. */
const TWEETS_ENTRY = /(?:^|\/)data\/tweets?(?:-part(\d+))?\.js$/;
const SHARES_ENTRY = /(?:^|\/)Shares\.csv$/i;
const FACEBOOK_ENTRY = /(?:^|\/)your_posts(?:__check_ins__photos_and_videos)?_(\d+)\.json$/;

const partNumber = (entry: ZipEntry, pattern: RegExp) => Number(pattern.exec(entry.name)?.[1] ?? 0);

/** The entries to read and what they are; X wins when a zip somehow holds several kinds. */
function chooseEntries(entries: ZipEntry[]): { format: ExportFormat; chosen: ZipEntry[]; pattern: RegExp } | null {
  for (const [format, pattern] of [['x-archive', TWEETS_ENTRY], ['linkedin-shares', SHARES_ENTRY], ['facebook-posts', FACEBOOK_ENTRY]] as const) {
    const chosen = entries.filter((e) => pattern.test(e.name)).sort((a, b) => partNumber(a, pattern) - partNumber(b, pattern));
    if (chosen.length > 0) return { format, chosen, pattern };
  }
  return null;
}

/**
 * Reads the export inside the zip. A damaged entry is skipped with the reason when others can be
 * read; when none can, the whole file is reported damaged.
 *
 * @throws DamagedExportError for a zip that cannot be read; UnknownExportError for a zip with no
 *   export inside.
 */
export async function readZipExport(zipName: string, bytes: Uint8Array, pacer: Pacer): Promise<ImportReport> {
  let entries: ZipEntry[];
  try {
    entries = listZipEntries(bytes);
  } catch (error) {
    if (error instanceof ZipError) throw new DamagedExportError(zipName, error.message);
    throw error;
  }
  const plan = chooseEntries(entries);
  if (!plan) throw new UnknownExportError(zipName, `the zip has no data/tweets.js, Shares.csv or your_posts_1.json in it. ${ACCEPTED_EXPORTS}.`);

  const report: ImportReport = { format: plan.format, posts: [], skipped: [] };
  const total = plan.chosen.reduce((sum, e) => sum + e.compressedSize + 1, 0);
  let before = 0;
  let readable = 0;
  for (const entry of plan.chosen) {
    const label = `${zipName}: ${entry.name}`;
    const weight = (entry.compressedSize + 1) / total;
    const from = before / total;
    before += entry.compressedSize + 1;
    // Inflating is about a third of the work on an entry, reading its items the rest.
    const inflateShare = (done: number) => from + weight * 0.3 * done;
    const parseShare = (done: number) => from + weight * (0.3 + 0.7 * done);
    let text: string;
    try {
      text = await readZipText(bytes, entry, pacer, inflateShare);
    } catch (error) {
      if (!(error instanceof ZipError)) throw error;
      report.skipped.push({ where: label, reason: error.message });
      continue;
    }
    const outcome = await readEntry(plan.format, label, text, pacer, parseShare, report);
    if (outcome) report.skipped.push({ where: label, reason: outcome });
    else readable++;
  }
  if (readable === 0) throw new DamagedExportError(zipName, describeFailures(report.skipped));
  return report;
}

/** Reads one entry's text into the report; returns why it could not be read, or null. */
async function readEntry(
  format: ExportFormat,
  label: string,
  text: string,
  pacer: Pacer,
  share: (done: number) => number,
  report: ImportReport,
): Promise<string | null> {
  if (format === 'x-archive') {
    return (await readTweetsFile(text, label, pacer, share, report)) ? null : 'not a tweets file (no "window.YTD.tweets" list)';
  }
  try {
    const inner = await readTextExport(label, text, pacer);
    for (const post of inner.posts) report.posts.push(post);
    for (const entry of inner.skipped) report.skipped.push(entry);
    return null;
  } catch (error) {
    if (error instanceof UnknownExportError || error instanceof DamagedExportError) return error.message;
    throw error;
  }
}

function describeFailures(skipped: SkippedEntry[]): string {
  // Each reason already names its entry.
  return skipped.map((s) => s.reason).join('; ') || 'nothing in it could be read';
}
