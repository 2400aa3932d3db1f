/** Reads `--history` files: one published post `{text, platform, publishedAt, kind?}` a line. */
import { historyPostSchema, type HistoryPost } from '../lint/types';
import { describeIssues, parseJson } from './issues';
import { assumedUtcWarning } from './time';

/** The posts that were valid, and one message per line that was not (`posts.jsonl:4: …`). */
export interface ParsedHistory {
  posts: HistoryPost[];
  problems: string[];
  /** One line per post whose `publishedAt` has no offset and was read as UTC. */
  warnings: string[];
}

/**
 * Parses JSON Lines history. Blank lines are skipped; a malformed line is reported and skipped, so
 * one bad export line does not throw away a year of history.
 */
export function parseHistory(content: string, name: string): ParsedHistory {
  const posts: HistoryPost[] = [];
  const problems: string[] = [];
  const warnings: string[] = [];
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${name}:${i + 1}`;
    const json = parseJson(line);
    if (!json.ok) {
      problems.push(`${where}: ${json.error}`);
      return;
    }
    const post = historyPostSchema.safeParse(json.value);
    if (post.success) {
      posts.push(post.data);
      const warning = assumedUtcWarning(`${where}: publishedAt`, post.data.publishedAt);
      if (warning) warnings.push(warning);
    } else problems.push(`${where}: ${describeIssues(post.error)}`);
  });
  return { posts, problems, warnings };
}
