/**
 * LinkedIn's `Shares.csv` (in "Get a copy of your data"): one row per post, columns
 * `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility`, `Date` in UTC as
 * `2024-03-05 14:22:10`. The commentary is what the person wrote; a row without one is a reshare.
 */
import { CsvError, parseCsv, type CsvRow } from '../formats/csv';
import type { Pacer } from './pacer';
import { shortHash } from './stable-hash';
import type { ImportedPost, SkippedEntry } from './types';

const DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\s*(?:UTC|Z))?$/;

/** True when the first line is a Shares.csv header (it names Date and ShareCommentary). */
export function looksLikeSharesCsv(text: string): boolean {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0].toLowerCase();
  return /(^|,)"?date"?(,|$)/.test(header) && header.includes('sharecommentary');
}

/** `2024-03-05 14:22:10` (UTC) as ISO 8601, or null. */
function parseShareDate(text: string): string | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((n) => Number(n ?? 0));
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(ms);
  // Date.UTC rolls 2024-02-31 over into March; a real export never has such a date.
  if (date.getUTCMonth() !== month - 1 || hour > 23 || minute > 59 || second > 59) return null;
  return date.toISOString();
}

/** The rows that parse; a quote left open (a cut-off file) keeps the rows before it and says so. */
function readRows(text: string, label: string, skipped: SkippedEntry[]): CsvRow[] {
  try {
    return parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    skipped.push({ where: `${label} line ${error.line}`, reason: 'a quoted field never closes (cut off?); this line and the rest of the file were not read' });
    return parseCsv(text.slice(0, startOfLine(text, error.line)));
  }
}

/** Offset where 1-based `line` starts, counting CRLF, LF and CR as the CSV parser does. */
function startOfLine(text: string, line: number): number {
  const breaks = /\r\n|\r|\n/g;
  let at = 0;
  for (let n = 1; n < line; n++) {
    const found = breaks.exec(text);
    if (!found) return text.length;
    at = found.index + found[0].length;
  }
  return at;
}

/** Reads Shares.csv rows into posts; rows without text, date or columns are skipped with a reason. */
export async function readSharesCsv(text: string, label: string, pacer: Pacer): Promise<{ posts: ImportedPost[]; skipped: SkippedEntry[] }> {
  const posts: ImportedPost[] = [];
  const skipped: SkippedEntry[] = [];
  const rows = readRows(text, label, skipped);
  const header = rows[0]?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  const column = (name: string) => header.indexOf(name);
  const dateAt = column('date');
  const textAt = column('sharecommentary');
  const linkAt = column('sharelink');

  for (let i = 1; i < rows.length; i++) {
    const { fields, line } = rows[i];
    const where = `${label} line ${line}`;
    await pacer.step(i / rows.length);
    if (fields.length === 1 && fields[0].trim() === '') continue;
    const commentary = fields[textAt] ?? '';
    if (commentary.trim() === '') {
      skipped.push({ where, reason: 'reshare with no text of its own' });
      continue;
    }
    const publishedAt = parseShareDate(fields[dateAt] ?? '');
    if (publishedAt === null) {
      skipped.push({ where, reason: `Date "${(fields[dateAt] ?? '').slice(0, 40)}" is not a time (expected 2024-03-05 14:22:10)` });
      continue;
    }
    const link = (fields[linkAt] ?? '').trim();
    posts.push({
      id: link ? `linkedin:${link}` : `linkedin:${publishedAt}:${shortHash(commentary)}`,
      text: commentary,
      platform: 'linkedin',
      kind: 'post',
      publishedAt,
    });
  }
  return { posts, skipped };
}
