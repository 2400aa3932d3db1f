/** The one entry point of the lint core. */
import { Analysis } from './analysis';
import { RULES } from './registry';
import type { Settings } from './settings';
import { defaultSettings } from './settings';
import { severityRank, type Diagnostic, type Draft, type LintContext } from './types';

const DEFAULTS = defaultSettings();

/**
 * How much of a draft the content rules read: a little over the longest post any platform accepts
 * (Facebook, 63,206), so every postable draft is read in full while a pasted megabyte costs no
 * more than the longest real post.
 */
export const MAX_ANALYSED_LENGTH = 65_536;

/**
 * X accepts at most 25,000 characters (X Premium; 280 otherwise), so content rules read a little
 * more than that of an X draft: a pasted megabyte then lints in a fraction of the time the
 * Facebook cap would cost, and no postable X draft is cut.
 */
export const MAX_ANALYSED_LENGTH_X = 26_000;

/** How much of a draft for `platform` the content rules read. */
export function analysedLength(platform: Draft['platform']): number {
  return platform === 'x' ? MAX_ANALYSED_LENGTH_X : MAX_ANALYSED_LENGTH;
}

/** The draft cut to `analysedLength`, never in the middle of a surrogate pair. */
function analysedPart(draft: Draft): Draft {
  const max = analysedLength(draft.platform);
  if (draft.text.length <= max) return draft;
  let end = max;
  const code = draft.text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return { ...draft, text: draft.text.slice(0, end) };
}

/**
 * Lints a draft against the person's history and settings. Pure and deterministic: the same input
 * gives the same output; time comes from `context.now`. Diagnostics are sorted by position, then
 * severity (worst first), then rule id.
 */
export function lint(draft: Draft, context: LintContext, config: Settings = DEFAULTS): Diagnostic[] {
  const part = analysedPart(draft);
  const analysis = new Analysis(part.text, config, context.history, context.historyIndex);
  const out: Diagnostic[] = [];
  for (const rule of RULES) {
    const ruleConfig = config.rules[rule.id];
    if (!ruleConfig?.enabled) continue;
    const findings = rule.check({
      draft: rule.readsWholeText ? draft : part,
      now: context.now,
      history: context.history,
      options: ruleConfig.options,
      severity: ruleConfig.severity,
      analysis,
    });
    for (const f of findings) {
      out.push({
        ruleId: rule.id,
        severity: f.severity ?? ruleConfig.severity,
        message: f.message,
        spans: (f.spans ?? []).filter((s) => s.start >= 0 && s.end <= draft.text.length && s.start < s.end),
        ...(f.evidence !== undefined && { evidence: f.evidence }),
        ...(f.suggestion !== undefined && { suggestion: f.suggestion }),
        ...(f.details !== undefined && { details: f.details }),
      });
    }
  }
  const firstStart = (d: Diagnostic) => (d.spans.length ? d.spans[0].start : -1);
  return out.sort(
    (a, b) =>
      firstStart(a) - firstStart(b) ||
      severityRank[b.severity] - severityRank[a.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

/** The worst severity among diagnostics, or null when there are none. */
export function worstSeverity(diagnostics: readonly Diagnostic[]): Diagnostic['severity'] | null {
  let worst: Diagnostic['severity'] | null = null;
  for (const d of diagnostics) if (worst === null || severityRank[d.severity] > severityRank[worst]) worst = d.severity;
  return worst;
}
