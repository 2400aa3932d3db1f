/** Core data types shared by the lint engine, the CLI and the extension. Pure: no browser APIs. */
import { z } from 'zod';
import type { HistoryIndex } from './similarity';
import { parseIsoTime, TIME_HINT } from './time';

export const PLATFORMS = ['x', 'facebook', 'linkedin'] as const;
export const platformSchema = z.enum(PLATFORMS);
/** A site PostLint knows how to lint for. */
export type Platform = z.infer<typeof platformSchema>;
/** How each platform is named in messages and pages. */
export const PLATFORM_NAMES: Readonly<Record<Platform, string>> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' };

export const KINDS = ['post', 'reply', 'comment'] as const;
export const kindSchema = z.enum(KINDS);
/** What the text is: a top-level post, a reply (X) or a comment (Facebook, LinkedIn). */
export type Kind = z.infer<typeof kindSchema>;

export const SEVERITIES = ['info', 'warning', 'error'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

/** Rank of a severity, for picking the worst. */
export const severityRank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The text being written. */
export interface Draft {
  text: string;
  platform: Platform;
  kind: Kind;
}

/** A post the person has already published (from the extension's history or an import). */
export const historyPostSchema = z.object({
  text: z.string(),
  platform: platformSchema,
  kind: kindSchema.default('post'),
  /** ISO 8601 time of publication, with an offset; without one it is read as UTC (`parsePublishedAt`). */
  publishedAt: z.string().refine((s) => parseIsoTime(s) !== null, { message: `not a date (${TIME_HINT})` }),
});

/**
 * A `publishedAt` read strictly: the same instant as a `…Z` string, and whether UTC was assumed
 * because the text had no offset (the caller says so). Null when it is no ISO 8601 time.
 */
export function parsePublishedAt(publishedAt: string): { utc: string; offsetAssumed: boolean } | null {
  const t = parseIsoTime(publishedAt);
  return t && { utc: t.utc, offsetAssumed: t.offsetAssumed };
}
export type HistoryPost = z.input<typeof historyPostSchema> & { kind?: Kind };

/** Everything outside the draft that rules may look at. Time comes only from `now`. */
export interface LintContext {
  /** The current time in epoch milliseconds. */
  now: number;
  /** The person's published posts, any order. */
  history: readonly HistoryPost[];
  /**
   * A prebuilt index of exactly `history` (its `posts`), for callers that lint many drafts
   * against a history that grows between them (the calendar). Built from `history` when absent.
   */
  historyIndex?: HistoryIndex;
}

/** A UTF-16 range in `draft.text`, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One finding of one rule. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Where in the draft; empty when the finding concerns the whole post. */
  spans: Span[];
  /** Supporting facts, e.g. the earlier post a duplicate repeats. */
  evidence?: string;
  /** What to do about it. */
  suggestion?: string;
  /** Figures behind the finding (scores, thresholds), for a "details" line; `message` stays plain. */
  details?: string;
}
