/**
 * When one compose box's draft is linted, and which answers count: it follows the editor's edits
 * and lints after a quiet time following the last one, only when the text or the box kind changed,
 * and keeps only the latest request's answer. Split from the compose box so the timing lives in
 * one place, apart from what is shown.
 */
import type { LintRequest } from '../history/messages';
import type { Kind, Platform } from '../lint/types';
import type { EditorText } from '../sites/types';
import { LINT_DEBOUNCE_MS } from './constants';
import { followEditor, type EditorHandlers } from './follow-editor';
import type { LintAnswer, LintClient } from './lint-client';
import { guard } from './report-error';

/** What the scheduler asks of its compose box; the editor's other news passes through. */
export interface DraftLintingHooks extends Omit<EditorHandlers, 'changed'> {
  platform: Platform;
  client: LintClient;
  /** Stops everything: answers that come after it are dropped. */
  signal: AbortSignal;
  /** The draft as it is now. */
  readText(): EditorText;
  /** The box kind now. */
  kind(): Kind;
  /** What goes with a request: the rules ignored for this post; whether the popup shows this box. */
  extras(): Pick<LintRequest, 'ignored' | 'report'>;
  /** The box was emptied: nothing to ask. */
  emptied(source: EditorText, kind: Kind): void;
  /** The text is what was linted last; the editor may have redrawn its nodes. */
  unchanged(source: EditorText): void;
  /** The latest request's answer (null when none came, even after a retry). */
  answered(text: string, kind: Kind, answer: LintAnswer | null, reported: boolean): void;
}

export class DraftLinting {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The text and kind last sent (or shown, when empty); null forces the next lint. */
  private lintedText: string | null = null;
  private lintedKind: Kind | null = null;
  /** Sequence number of the latest lint request: older answers are stale and ignored. */
  private requestSeq = 0;

  constructor(
    editor: HTMLElement,
    private readonly hooks: DraftLintingHooks,
  ) {
    followEditor(editor, hooks.signal, {
      // An edit restarts the quiet time (from the key press, not from the site drawing it); a key
      // released only asks for a lint if none is coming.
      changed: (settle, since) => (settle ? this.edited(since) : this.keyReleased()),
      edited: () => hooks.edited(),
      domChanged: () => hooks.domChanged(),
      active: () => hooks.active(),
    });
  }

  /** Whether a result was asked for and not forgotten since (false until the first answer shows). */
  get linted(): boolean {
    return this.lintedText !== null;
  }

  /** The draft was edited: lint once it has been quiet for the debounce, counted from `since` (performance.now). */
  edited(since: number): void {
    this.schedule(Math.max(0, LINT_DEBOUNCE_MS - (performance.now() - since)));
  }

  /** A key was released: lint after the quiet time, unless a lint is coming already. */
  keyReleased(): void {
    if (this.timer === undefined) this.schedule(LINT_DEBOUNCE_MS);
  }

  /** Forgets what was linted: the next lint asks even for the same text (settings changed, no answer). */
  forget(): void {
    this.lintedText = null;
  }

  /** Lints after `delay` ms (replacing any lint already scheduled). */
  schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(guard('linting the draft', () => this.lintNow()), delay);
  }

  /** Reads the draft now and, if the text or kind changed, asks the background to lint it. */
  lintNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const { hooks } = this;
    const source = hooks.readText();
    const kind = hooks.kind();
    if (source.text === this.lintedText && kind === this.lintedKind) return hooks.unchanged(source);
    this.lintedText = source.text;
    this.lintedKind = kind;
    const seq = ++this.requestSeq;
    if (!source.text.trim()) return hooks.emptied(source, kind);
    const { text } = source;
    const extras = hooks.extras();
    const stillWanted = () => seq === this.requestSeq && !hooks.signal.aborted;
    void hooks.client.lint({ type: 'postlint:lint', draft: { text, platform: hooks.platform, kind }, ...extras }, stillWanted).then(
      guard('showing the lint result', (answer: LintAnswer | null) => {
        if (!stillWanted()) return;
        // No answer, or "paused" (which may be a crossing of views): the next change asks again.
        if (!answer || answer.paused) this.lintedText = null;
        hooks.answered(text, kind, answer, !!extras.report);
      }),
    );
  }

  /** Stops the timer (the box goes away; the signal stops following the editor). */
  dispose(): void {
    clearTimeout(this.timer);
  }
}
