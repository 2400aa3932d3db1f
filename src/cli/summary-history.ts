/**
 * Reads the history file of `postlint summary`: the `--history` lines (`{text, platform,
 * publishedAt, kind?}`) plus what the extension's export adds (diagnostics, heeded, composing time,
 * engagement). An added field that is malformed is left out; the post itself still counts.
 */
import { z } from 'zod';
import { historyPostSchema, severitySchema } from '../lint/types';
import type { SummaryPost } from '../summary/index';
import { describeIssues, parseJson } from './issues';

const count = z.number().int().nonnegative().optional();
const extrasSchema = z.object({
  diagnostics: z.array(z.object({ ruleId: z.string(), severity: severitySchema })).optional().catch(undefined),
  heeded: z.boolean().optional().catch(undefined),
  composingMs: z.number().int().nonnegative().optional().catch(undefined),
  engagement: z.object({ likes: count, reposts: count, comments: count }).optional().catch(undefined),
});

/** The valid posts and one message per skipped line (`posts.jsonl:4: …`). Also reads a JSON array (the options page's export). */
export function parseSummaryHistory(content: string, name: string): { posts: SummaryPost[]; problems: string[] } {
  const posts: SummaryPost[] = [];
  const problems: string[] = [];
  const trimmed = content.replace(/^\uFEFF/, '').trim();
  const array = trimmed.startsWith('[') ? parseJson(trimmed) : null;
  const entries: { where: string; json: ReturnType<typeof parseJson> }[] =
    array?.ok && Array.isArray(array.value)
      ? array.value.map((value, i) => ({ where: `${name}[${i}]`, json: { ok: true as const, value } }))
      : trimmed
          .split(/\r?\n/)
          .map((line, i) => ({ line, where: `${name}:${i + 1}` }))
          .filter(({ line }) => line.trim() !== '')
          .map(({ line, where }) => ({ where, json: parseJson(line) }));
  for (const { where, json } of entries) {
    if (!json.ok) {
      problems.push(`${where}: ${json.error}`);
      continue;
    }
    const base = historyPostSchema.safeParse(json.value);
    if (!base.success) {
      problems.push(`${where}: ${describeIssues(base.error)}`);
      continue;
    }
    const extras = extrasSchema.parse(json.value);
    posts.push({ ...base.data, ...Object.fromEntries(Object.entries(extras).filter(([, v]) => v !== undefined)) });
  }
  return { posts, problems };
}
