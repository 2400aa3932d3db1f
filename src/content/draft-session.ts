/**
 * What PostLint remembers about one draft between publishes: the rules ignored for it, whether
 * warnings were heeded, and how long it took to write.
 */
import type { Diagnostic, Severity } from '../lint/types';
import { MAX_COMPOSING_GAP_MS } from './constants';

/** Warnings are diagnostics of severity `warning` or `error`; `info` is advice, not a warning. */
export function countWarnings(diagnostics: readonly { severity: Severity }[]): number {
  return diagnostics.filter((d) => d.severity !== 'info').length;
}

/**
 * "Heeded" means: the draft was edited after a warning was shown in the badge, and the text that
 * was published has fewer warnings than the draft had at its most warned. Ignoring a rule "for this
 * post" hides its warning but does not heed it: counts use all diagnostics, ignored ones included.
 */
export class DraftSession {
  /** Rules hidden for this draft only ("Ignore for this post"), until it is published or cleared. */
  readonly ignoredRules = new Set<string>();
  private lastLintedText = '';
  private warningShown = false;
  private editedAfterWarning = false;
  private mostWarnings = 0;
  private composingMs = 0;
  private lastEditAt: number | null = null;

  /** Records an edit at `now` (epoch ms) for the composing time. */
  noteEdit(now: number): void {
    if (this.lastEditAt !== null) this.composingMs += Math.min(Math.max(now - this.lastEditAt, 0), MAX_COMPOSING_GAP_MS);
    this.lastEditAt = now;
  }

  /** Records a lint of `text`: all of its diagnostics, and those the badge shows. */
  noteLint(text: string, all: readonly Diagnostic[], shown: readonly Diagnostic[]): void {
    if (text !== this.lastLintedText && this.warningShown) this.editedAfterWarning = true;
    this.lastLintedText = text;
    this.mostWarnings = Math.max(this.mostWarnings, countWarnings(all));
    if (countWarnings(shown) > 0) this.warningShown = true;
  }

  /** Whether publishing a text with `finalDiagnostics` heeds the warnings (see the class comment). */
  heeded(finalDiagnostics: readonly Diagnostic[]): boolean {
    return this.editedAfterWarning && countWarnings(finalDiagnostics) < this.mostWarnings;
  }

  /** Active writing time in whole milliseconds. */
  get composingTimeMs(): number {
    return Math.round(this.composingMs);
  }

  /** Hides `diagnostics` of rules ignored for this draft. */
  visible(diagnostics: readonly Diagnostic[]): Diagnostic[] {
    return diagnostics.filter((d) => !this.ignoredRules.has(d.ruleId));
  }

  /** An independent copy (a publish keeps the session as it was while the box starts over). */
  clone(): DraftSession {
    const copy = new DraftSession();
    for (const rule of this.ignoredRules) copy.ignoredRules.add(rule);
    copy.lastLintedText = this.lastLintedText;
    copy.warningShown = this.warningShown;
    copy.editedAfterWarning = this.editedAfterWarning;
    copy.mostWarnings = this.mostWarnings;
    copy.composingMs = this.composingMs;
    copy.lastEditAt = this.lastEditAt;
    return copy;
  }

  /** Starts over: the post was published or the box emptied. */
  reset(): void {
    this.ignoredRules.clear();
    this.lastLintedText = '';
    this.warningShown = false;
    this.editedAfterWarning = false;
    this.mostWarnings = 0;
    this.composingMs = 0;
    this.lastEditAt = null;
  }
}
