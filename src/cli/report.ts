/** What every mode (one draft, a batch, a calendar) hands to the formatters. */
import type { Diagnostic } from '../lint/types';

/** One linted unit (the draft, a batch line, a plan row), or why it could not be linted. */
export interface Outcome {
  /** The stylish heading: `<text>`, `drafts.jsonl:3`, `plan.csv:3 (2026-12-01, linkedin)`. */
  heading: string;
  /** The text that was linted, for line:column; absent when the unit was bad. */
  text?: string;
  diagnostics?: Diagnostic[];
  /** Why the unit was skipped (already reported on stderr). */
  error?: string;
}

/** The result of a run. */
export interface Report {
  outcomes: Outcome[];
  /** What `json` prints as one array and `jsonl` one a line. */
  records: unknown[];
  /** What a skipped unit is called in the stylish summary: "line", "row". */
  unit: string;
}

/** 2 when any unit was bad, else 1 when any diagnostic is an error, else 0. */
export function exitCodeOf(report: Report): number {
  if (report.outcomes.some((o) => o.error !== undefined)) return 2;
  return report.outcomes.some((o) => o.diagnostics?.some((d) => d.severity === 'error')) ? 1 : 0;
}
