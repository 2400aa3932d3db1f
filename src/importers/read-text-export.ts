/** Recognises a single text file (tweets.js, Shares.csv, your_posts_1.json) and reads it. */
import { looksLikeFacebookPosts, readFacebookPosts } from './facebook-posts';
import { looksLikeSharesCsv, readSharesCsv } from './linkedin-shares';
import type { Pacer } from './pacer';
import { DamagedExportError, UnknownExportError, type ImportReport } from './types';
import { isTweetsKind, readTweetsFile, ytdFileKind } from './x-tweets';

/** Said with every "not an export" message, so the person knows what to choose instead. */
export const ACCEPTED_EXPORTS =
  "PostLint reads an X archive (the .zip, or data/tweets.js from it), LinkedIn's Shares.csv and Facebook's your_posts_1.json";

/** Why a text file is none of the exports, as specific as its name and start allow. */
function whyUnknown(label: string, text: string): string {
  const head = text.slice(0, 1024);
  if (head.includes('\u0000') || head.includes('\uFFFD')) return 'it is not a text file';
  const ytd = ytdFileKind(text);
  if (ytd) return `it is the archive's ${ytd}.js, not tweets.js`;
  if (/\.csv$/i.test(label)) return 'its first line has no Date and ShareCommentary columns (is it LinkedIn\'s Shares.csv?)';
  if (/^\s*\{\s*"comments/.test(head)) return "it holds Facebook comments, not your posts";
  if (/^\s*[[{]/.test(head)) return 'it is JSON but not a list of Facebook posts (each with a "timestamp")';
  return 'its content matches none of them';
}

/**
 * Reads one export file's text. `label` names the file in skipped entries (`Shares.csv`, or
 * `archive.zip: data/tweets.js` for a file inside a zip).
 *
 * @throws UnknownExportError when the text is none of the formats; DamagedExportError when it
 *   starts like tweets.js but is not.
 */
export async function readTextExport(label: string, text: string, pacer: Pacer): Promise<ImportReport> {
  const ytd = ytdFileKind(text);
  if (isTweetsKind(ytd)) {
    const out: Pick<ImportReport, 'posts' | 'skipped'> = { posts: [], skipped: [] };
    if (await readTweetsFile(text, label, pacer, (done) => done, out)) return { format: 'x-tweets-js', ...out };
    throw new DamagedExportError(label, 'it starts like X\'s tweets.js but no list of tweets follows');
  }
  if (ytd === null && looksLikeSharesCsv(text)) return { format: 'linkedin-shares', ...(await readSharesCsv(text, label, pacer)) };
  if (ytd === null && looksLikeFacebookPosts(text)) {
    return { format: 'facebook-posts', ...(await readFacebookPosts(text, label, pacer)) };
  }
  throw new UnknownExportError(label, `${whyUnknown(label, text)}. ${ACCEPTED_EXPORTS}.`);
}
