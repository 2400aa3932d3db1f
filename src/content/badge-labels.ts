/** The words the badge uses for counts and severities (shown, announced, and in aria labels). */
import type { Diagnostic, Severity } from '../lint/types';

/** Local copy of the core's `severityRank`: importing the core's would bring zod into the content script. */
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The badge's severity: the worst shown, or `none`. */
export type BadgeSeverity = Severity | 'none';

const NOUNS: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

/** The worst severity among `diagnostics`, or `none`. */
export function badgeSeverity(diagnostics: readonly Diagnostic[]): BadgeSeverity {
  let worst: BadgeSeverity = 'none';
  for (const d of diagnostics) if (worst === 'none' || RANK[d.severity] > RANK[worst]) worst = d.severity;
  return worst;
}

/** "1 error, 2 warnings", worst first; "no problems" when empty. */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const parts: string[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const n = diagnostics.filter((d) => d.severity === severity).length;
    if (n) parts.push(`${n} ${NOUNS[severity][n === 1 ? 0 : 1]}`);
  }
  return parts.length ? parts.join(', ') : 'no problems';
}

/** The badge button's accessible name. */
export function badgeLabel(diagnostics: readonly Diagnostic[]): string {
  return `PostLint: ${summarizeDiagnostics(diagnostics)}, open details`;
}

/** Rule ids shown, unique and sorted, space-separated (the `data-postlint-rules` attribute). */
export function ruleIdList(diagnostics: readonly Diagnostic[]): string {
  return [...new Set(diagnostics.map((d) => d.ruleId))].sort().join(' ');
}

/** The distinct flagged words of a diagnostic, each in quotes, at most `max` of them. */
export function flaggedWords(diagnostic: Diagnostic, text: string, max = 5): string[] {
  const words = new Set<string>();
  for (const span of diagnostic.spans) {
    const word = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    if (word) words.add(word.length > 60 ? `${word.slice(0, 57)}…` : word);
  }
  return [...words].slice(0, max).map((w) => `“${w}”`);
}
