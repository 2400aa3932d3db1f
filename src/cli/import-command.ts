/**
 * `postlint import FILE...`: reads platforms' data exports and prints their posts as history JSON
 * Lines (what `--history` reads), so a new user's frequency, duplicate and ratio rules have a past.
 */
import { importFile, type ImportedPost } from '../importers/index';
import { DamagedExportError, UnknownExportError } from '../importers/types';
import { describeReadError, type CliIO } from './io';
import { cliMessage, terminalSafe } from './format/terminal-safe';

/** One history line: the `--history` fields first, then the import's id and engagement. */
function historyLine(post: ImportedPost): string {
  const { text, platform, kind, publishedAt, id, engagement } = post;
  return JSON.stringify(engagement ? { text, platform, kind, publishedAt, id, engagement } : { text, platform, kind, publishedAt, id }) + '\n';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Imports each file in turn: posts to stdout, each skipped entry and a summary line per file to
 * stderr. A file that cannot be read or is no known export is reported and the others still run.
 *
 * @returns 0 when every file was imported, 2 when any was unreadable or no known export.
 */
export async function runImport(io: CliIO, files: readonly string[]): Promise<number> {
  if (files.length === 0) {
    io.stderr('postlint: import needs at least one FILE: an X archive .zip or tweets.js, LinkedIn Shares.csv, Facebook your_posts_1.json (see postlint --help)\n');
    return 2;
  }
  let code = 0;
  for (const file of files) {
    const name = terminalSafe(file);
    let bytes: Uint8Array;
    try {
      bytes = await io.readBytes(file);
    } catch (error) {
      io.stderr(cliMessage(`cannot read ${name}: ${describeReadError(error)}`));
      code = 2;
      continue;
    }
    try {
      const report = await importFile(file, bytes);
      for (const post of report.posts) io.stdout(historyLine(post));
      for (const entry of report.skipped) io.stderr(`${terminalSafe(entry.where)}: ${terminalSafe(entry.reason)} — skipped\n`);
      io.stderr(`${name}: ${plural(report.posts.length, 'post')}, ${report.skipped.length} skipped\n`);
    } catch (error) {
      if (!(error instanceof UnknownExportError || error instanceof DamagedExportError)) throw error;
      io.stderr(cliMessage(error.message));
      code = 2;
    }
  }
  return code;
}
