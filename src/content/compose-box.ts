/**
 * Follows one compose box: lints its draft after each pause in typing, shows the result in its
 * badge and as highlights, and takes the snapshot that a publish records. It only listens to the
 * editor (passive listeners); it never writes to it.
 */
import type { PublishedPostInput } from '../history/schema';
import { severityRank, type Diagnostic, type Kind } from '../lint/types';
import type { EditorText, SiteAdapter } from '../sites/types';
import { turnRuleOff } from '../storage/settings';
import { Badge } from './badge';
import type { BadgeLayout, Placeable } from './badge-layout';
import { badgeCorner, isBadgeSpotVisible } from './badge-position';
import { LINT_DEBOUNCE_MS } from './constants';
import { DraftSession } from './draft-session';
import { followEditor } from './follow-editor';
import { DraftHighlighter } from './highlight';
import { lintDraft } from './lint-draft';
import type { LintInputs, LintInputsSource } from './lint-inputs';
import type { PopoverAction } from './popover';
import { snapshotPost } from './publish-snapshot';
import type { PublishableBox } from './publish-watch';
import { guard, reportError } from './report-error';

export interface ComposeBoxDeps {
  doc: Document;
  adapter: SiteAdapter;
  inputs: LintInputsSource;
  layout: BadgeLayout;
  /** The person typed in or focused this box. */
  onActive(box: ComposeBox): void;
  /** A lint result was rendered in this box's badge. */
  onRendered(box: ComposeBox): void;
}

export class ComposeBox implements Placeable, PublishableBox {
  kind: Kind;
  readonly session = new DraftSession();
  /** The latest lint result: all diagnostics, and those shown (not ignored for this post). */
  result: { text: string; all: Diagnostic[]; shown: Diagnostic[] } = { text: '', all: [], shown: [] };
  private readonly badge: Badge;
  private readonly highlighter: DraftHighlighter;
  private readonly abort = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lintedText: string | null = null;
  private lintedWith: LintInputs | null = null;

  constructor(
    readonly editor: HTMLElement,
    private readonly deps: ComposeBoxDeps,
  ) {
    this.kind = deps.adapter.kindOf(editor, deps.doc.location);
    this.badge = new Badge(deps.doc, deps.adapter.platform, this.kind, (action, ruleId) => this.onAction(action, ruleId));
    this.highlighter = new DraftHighlighter(deps.doc);
    followEditor(editor, this.abort.signal, {
      changed: () => this.schedule(LINT_DEBOUNCE_MS),
      edited: () => this.session.noteEdit(Date.now()),
      // Ranges into changed nodes could underline the wrong words: drop them until the next lint.
      domChanged: () => this.highlighter.clear(),
      active: () => deps.onActive(this),
    });
    this.mount();
    deps.layout.track(this);
    this.lintNow();
  }

  /** Re-inserts the badge if the page removed it while the editor stayed. */
  mount(): void {
    this.badge.mountBeside(this.deps.adapter.editorRoot(this.editor));
  }

  /** Lints again soon: settings or history changed. */
  refresh(): void {
    this.schedule(0);
  }

  /** Re-reads the box kind (client-side navigation can turn a post composer into a reply one). */
  updateKind(): void {
    const kind = this.deps.adapter.kindOf(this.editor, this.deps.doc.location);
    if (kind === this.kind) return;
    this.kind = kind;
    this.badge.setKind(kind);
    this.lintedText = null;
    this.schedule(0);
  }

  /** Reads and lints the draft now, and renders the result if the text or the inputs changed. */
  lintNow(): void {
    clearTimeout(this.timer);
    const source = this.deps.adapter.readText(this.editor);
    const inputs = this.deps.inputs.current;
    if (source.text === this.lintedText && inputs === this.lintedWith) {
      // Same text, but the editor may have re-rendered its nodes: ranges are rebuilt from fresh ones.
      this.highlighter.show(source, this.result.shown);
      return;
    }
    this.lintedText = source.text;
    this.lintedWith = inputs;
    // An emptied box starts a new post: nothing to flag, ignored rules and warnings forgotten.
    if (!source.text.trim()) this.session.reset();
    this.show(source, source.text.trim() ? lintDraft(source.text, this.deps.adapter.platform, this.kind, inputs) : []);
  }

  /** The post as it is at this instant, for publish detection (null when empty). */
  snapshot(): PublishedPostInput | null {
    return snapshotPost(this, this.deps.adapter, this.deps.inputs.current);
  }

  /** The draft was published: start over. */
  published(): void {
    this.session.reset();
    this.lintedText = null;
    this.schedule(0);
  }

  reposition(): void {
    if (!this.editor.isConnected) return;
    this.mount();
    const rect = this.editor.getBoundingClientRect();
    const spot = badgeCorner(rect, { width: 22, height: 22 });
    const visible = isBadgeSpotVisible(this.deps.doc, this.editor, this.deps.adapter.editorRoot(this.editor), rect, spot);
    this.badge.place(visible ? rect : null);
  }

  /** Removes the badge, highlights, listeners and timers. */
  dispose(): void {
    this.abort.abort();
    clearTimeout(this.timer);
    this.deps.layout.untrack(this);
    this.highlighter.clear();
    this.badge.destroy();
  }

  private onAction(action: PopoverAction, ruleId: string): void {
    // Both actions hide the rule at once; "turn off" also stores it, which re-lints every open tab.
    this.session.ignoredRules.add(ruleId);
    if (action === 'turnOff') turnRuleOff(ruleId).catch((error: unknown) => reportError('turning a rule off', error));
    this.lintedText = null;
    this.lintNow();
  }

  private show(source: EditorText, all: Diagnostic[]): void {
    // Worst first in the popover and popup; the sort is stable, so the core's position order stays within a severity.
    const shown = this.session.visible(all).sort((a, b) => severityRank[b.severity] - severityRank[a.severity]);
    this.session.noteLint(source.text, all, shown);
    this.result = { text: source.text, all, shown };
    this.badge.render(shown, source.text);
    this.highlighter.show(source, shown);
    this.deps.layout.schedule();
    this.deps.onRendered(this);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(guard('linting the draft', () => this.lintNow()), delay);
  }
}
