/** The words the badge uses for counts and severities (shown, announced, and in aria labels). */
import type { Diagnostic, Severity } from '../lint/types';

/** Local copy of the core's `severityRank`: importing the core's would bring zod into the content script. */
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The badge's severity: the worst shown, or `none`. */
export type BadgeSeverity = Severity | 'none';

/** The worst severity among `diagnostics`, or `none`. */
export function badgeSeverity(diagnostics: readonly Diagnostic[]): BadgeSeverity {
  let worst: BadgeSeverity = 'none';
  for (const d of diagnostics) if (worst === 'none' || RANK[d.severity] > RANK[worst]) worst = d.severity;
  return worst;
}

/** What the badge shows: the number of problems, or a check mark when there are none. */
export function badgeText(total: number): string {
  return total ? String(total) : '\u2713';
}

/**
 * The badge button's accessible name. It starts with what the badge shows (the number), then says
 * what it counts, so speech and sight agree (WCAG 2.5.3, axe label-content-name-mismatch).
 */
export function badgeLabel(total: number, counted: string): string {
  return `${badgeText(total)} PostLint: ${counted}. Open details`;
}

/** The tooltip: the same words plus the keyboard way in. */
export function badgeTooltip(counted: string, shortcut: string): string {
  return `PostLint: ${counted}. Open details (${shortcut})`;
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
