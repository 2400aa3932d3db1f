/**
 * `--jsonl` batch mode: one draft a line, one result a line. Lines are independent (earlier lines
 * are not history for later ones; `calendar` is the mode for a schedule), so a script can lint many
 * unrelated drafts in one process. `index` is the 0-based line number in the input, so blank lines
 * leave gaps and `index + 1` is the line an editor shows.
 */
import { z } from 'zod';
import { lint } from '../lint/lint';
import type { Settings } from '../lint/settings';
import { historyPostSchema, kindSchema, platformSchema, type HistoryPost, type Kind, type Platform } from '../lint/types';
import type { CliIO } from './io';
import { describeIssues, parseJson } from './issues';
import type { Outcome, Report } from './report';
import { assumedUtcNotice, assumedUtcWarning, parseTime, TIME_HINT } from './time';
import type { Source } from './input';
import { cliMessage } from './format/terminal-safe';

const timeSchema = z.string().refine((s) => parseTime(s) !== null, { message: `not a date (${TIME_HINT})` });

const lineSchema = z.object({
  text: z.string({ error: (issue) => (issue.input === undefined ? 'missing (every line needs the draft text)' : 'expected a string') }),
  platform: platformSchema.optional(),
  kind: kindSchema.optional(),
  /** When the draft goes out; it is the time to lint at unless `now` is given. */
  publishedAt: timeSchema.optional(),
  now: timeSchema.optional(),
  /** Replaces `--history` for this line. */
  history: z.array(historyPostSchema).optional(),
});

/** What the whole batch shares; a line may override all but the settings. */
export interface BatchDefaults {
  settings: Settings;
  history: readonly HistoryPost[];
  now: number;
  platform: Platform;
  kind: Kind;
}

/** Lints every line; a bad line becomes `{index, error}` (and a stderr message) and the rest go on. */
export function runBatch(io: CliIO, source: Source, defaults: BatchDefaults): Report {
  const outcomes: Outcome[] = [];
  const records: unknown[] = [];
  const assumed: string[] = [];
  source.content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const heading = `${source.name}:${index + 1}`;
    const result = lintLine(line, defaults);
    if ('warnings' in result && result.warnings) assumed.push(...result.warnings.map((w) => `${heading}: ${w}`));
    if ('error' in result) {
      io.stderr(cliMessage(`${heading}: ${result.error}`));
      outcomes.push({ heading, error: result.error });
      records.push({ index, error: `line ${index + 1}: ${result.error}` });
    } else {
      outcomes.push({ heading, text: result.text, diagnostics: result.diagnostics });
      records.push({ index, diagnostics: result.diagnostics });
    }
  });
  const notice = assumedUtcNotice(assumed);
  if (notice) io.stderr(cliMessage(notice));
  return { outcomes, records, unit: 'line' };
}

function lintLine(line: string, defaults: BatchDefaults) {
  const json = parseJson(line);
  if (!json.ok) return { error: json.error };
  if (json.value === null || typeof json.value !== 'object' || Array.isArray(json.value)) {
    return { error: 'expected a JSON object like {"text": "...", "platform": "x"}' };
  }
  const parsed = lineSchema.safeParse(json.value);
  if (!parsed.success) return { error: describeIssues(parsed.error) };
  const { text, platform = defaults.platform, kind = defaults.kind, now, publishedAt, history } = parsed.data;
  const at = now ?? publishedAt;
  const warnings = [
    now !== undefined && assumedUtcWarning('now', now),
    publishedAt !== undefined && assumedUtcWarning('publishedAt', publishedAt),
    ...(history ?? []).map((post, i) => assumedUtcWarning(`history.${i}.publishedAt`, post.publishedAt)),
  ].filter((w): w is string => typeof w === 'string');
  try {
    const diagnostics = lint(
      { text, platform, kind },
      { now: at === undefined ? defaults.now : (parseTime(at) as number), history: history ?? defaults.history },
      defaults.settings,
    );
    return { text, diagnostics, warnings };
  } catch (error) {
    // A rule bug on one odd line should not cost the user the other results.
    return { error: `could not lint this line: ${error instanceof Error ? error.message : String(error)}` };
  }
}
