/** The shape of a rule: metadata up front (like ESLint's `meta`) and a pure check. */
import type { z } from 'zod';
import type { Analysis } from './analysis';
import type { Draft, HistoryPost, Severity, Span } from './types';

/** What a rule's check sees. */
export interface RuleContext<Options> {
  draft: Draft;
  /** Epoch milliseconds; rules never read the clock. */
  now: number;
  history: readonly HistoryPost[];
  /** This rule's options, validated, defaults filled in. */
  options: Options;
  /** The severity the person configured for this rule. */
  severity: Severity;
  /** Shared, lazily computed facts about the draft and history (tokens, phrase hits, index). */
  analysis: Analysis;
}

/** One finding before the engine stamps the rule id on it. */
export interface Finding {
  message: string;
  spans?: Span[];
  evidence?: string;
  suggestion?: string;
  /** Figures behind the finding (scores, thresholds) for a "details" line; the message stays plain. */
  details?: string;
  /** Overrides the configured severity, e.g. `info` for a mild case. */
  severity?: Severity;
}

export interface Rule<Schema extends z.ZodType = z.ZodType> {
  /** Public id used in settings and output; never renamed. */
  id: string;
  /** Short human name shown beside the id in the popover, popup and options page ("Reads like an ad"). */
  name: string;
  /** One line: what the rule flags. */
  description: string;
  /** Why it matters, shown in the popover. */
  why: string;
  defaultSeverity: Severity;
  /**
   * True for rules that must see all of an over-long draft (the length limit). Others see at most
   * `analysedLength(platform)` characters: more can be posted nowhere, and it keeps a pasted 1 MB
   * text from slowing typing.
   */
  readsWholeText?: boolean;
  /** Options schema; every field has a default so `parse({})` gives the defaults. */
  options: Schema;
  check(ctx: RuleContext<z.output<Schema>>): Finding[];
}

/** Declares a rule with its options type inferred from the schema. */
export function defineRule<Schema extends z.ZodType>(rule: Rule<Schema>): Rule<Schema> {
  return rule;
}
