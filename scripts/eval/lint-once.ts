/** One lint call as the evaluation makes it: default settings, a fixed clock. */
import { defaultSettings, lint, type Diagnostic, type Draft, type HistoryPost } from '../../src/lint';

/** Default settings: the figures describe what a new user gets. */
export const EVAL_SETTINGS = defaultSettings();
/** A fixed "now", so history dates and figures never depend on the day the script runs. */
export const EVAL_NOW = Date.parse('2026-11-24T12:00:00Z');

/** The diagnostics of one draft, with `history` published before `EVAL_NOW`. */
export function lintForEval(draft: Draft, history: readonly HistoryPost[] = []): Diagnostic[] {
  return lint(draft, { now: EVAL_NOW, history }, EVAL_SETTINGS);
}

/** Whether `ruleId` reported at warning level or above: what the person sees as a warning. */
export const warns = (diagnostics: readonly Diagnostic[], ruleId: string) =>
  diagnostics.some((d) => d.ruleId === ruleId && d.severity !== 'info');

/** Whether `ruleId` reported at all, hints included. */
export const reports = (diagnostics: readonly Diagnostic[], ruleId: string) => diagnostics.some((d) => d.ruleId === ruleId);
