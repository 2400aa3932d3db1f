/**
 * The draft part of a tab's state (what the popup shows), derived the same way in the content
 * script and in the background. No runtime imports: content scripts ship this file.
 */
import type { Diagnostic, Kind, Severity } from '../lint/types';

/** The draft the person worked on last: its kind, length and the diagnostics the badge shows. */
export interface TabStateDraft {
  kind: Kind;
  textLength: number;
  /** `suggestion` (what to do) rides along for the popup when the rule gave one. */
  diagnostics: { ruleId: string; severity: Severity; message: string; suggestion?: string }[];
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * The diagnostics a badge shows: those of rules not ignored for this post, worst first. The sort
 * is stable, so the core's position order stays within a severity.
 */
export function shownDiagnostics<D extends Pick<Diagnostic, 'ruleId' | 'severity'>>(all: readonly D[], ignored: Iterable<string> = []): D[] {
  const skip = new Set(ignored);
  return all.filter((d) => !skip.has(d.ruleId)).sort((a, b) => RANK[b.severity] - RANK[a.severity]);
}

/** The tab-state draft of `text` with the `shown` diagnostics; null for an empty draft. */
export function tabStateDraft(text: string, kind: Kind, shown: readonly Diagnostic[]): TabStateDraft | null {
  if (!text.trim()) return null;
  return {
    kind,
    textLength: text.length,
    diagnostics: shown.map(({ ruleId, severity, message, suggestion }) => ({ ruleId, severity, message, ...(suggestion !== undefined && { suggestion }) })),
  };
}
