/**
 * Follows one compose box: after each pause in typing it sends the draft to the background to be
 * linted, shows the answer in its badge and as highlights, and takes the snapshot that a publish
 * records. It only listens to the editor (passive listeners); it never writes to it.
 */
import type { RuleInfo } from '../history/messages';
import { shownDiagnostics } from '../history/tab-state-draft';
import type { Diagnostic, Kind } from '../lint/types';
import type { EditorText, SiteAdapter } from '../sites/types';
import { Badge, type BadgeSurroundings } from './badge';
import type { BadgeLayout, Placeable } from './badge-layout';
import { ruleIdList } from './badge-labels';
import { CaretKeeper } from './caret-keeper';
import { LINT_DEBOUNCE_MS } from './constants';
import type { DraftSession } from './draft-session';
import { surroundingsOf } from './editor-geometry';
import { followEditor } from './follow-editor';
import { DraftHighlighter } from './highlight';
import type { LintAnswer, LintClient } from './lint-client';
import type { PopoverAction, Trace } from './popover';
import { buildPopoverModel } from './popover-model';
import { snapshotPost, type PostSnapshot } from './publish-snapshot';
import type { PublishableBox } from './publish-watch';
import { guard } from './report-error';
import type { TurnedOffRules } from './turned-off-rules';

export interface ComposeBoxDeps {
  doc: Document;
  adapter: SiteAdapter;
  layout: BadgeLayout;
  /** Sends drafts to the background to be linted. */
  client: LintClient;
  /** What the background said about each rule it reported (shared by all boxes of the page). */
  rules: Map<string, RuleInfo>;
  /** False until the site is known to be on: the box follows the draft, its badge waits off the page. */
  revealed(): boolean;
  /** Whether this is the box the person works on (its results go to the popup). */
  isActive(box: ComposeBox): boolean;
  /** The person typed in or focused this box. */
  onActive(box: ComposeBox): void;
  /**
   * A lint result was rendered in this box's badge; `reported` when the background already put it
   * in the tab's state (a lint request of the active box).
   */
  onRendered(box: ComposeBox, reported: boolean): void;
  /** The background answered that PostLint is paused on this site. */
  onPausedAnswer(box: ComposeBox): void;
  /** The draft's session for this editor: kept by the page, so a pause and resume keep it. */
  sessionFor(editor: HTMLElement): DraftSession;
  /** Rules turned off from a popover on this page (hidden at once, with Undo for a while). */
  turnedOff: TurnedOffRules;
  /** "Turn this rule off" was pressed. */
  turnRuleOff(ruleId: string, name: string): void;
  /** Undo of "Turn this rule off". */
  undoTurnOff(ruleId: string): void;
  /** "Rule settings": the options page at the rule's section. */
  openRuleSettings(ruleId: string): void;
}

/** The latest result shown: the draft's text and kind, all diagnostics, and those shown (not ignored). */
export interface BoxResult {
  text: string;
  kind: Kind;
  all: Diagnostic[];
  shown: Diagnostic[];
}

export class ComposeBox implements Placeable, PublishableBox {
  kind: Kind;
  readonly session: DraftSession;
  result: BoxResult;
  private readonly badge: Badge;
  private readonly caret: CaretKeeper;
  /** The site's publish control for this box, looked up again when a result comes (not per frame). */
  private publishControl: HTMLElement | null = null;
  private readonly highlighter: DraftHighlighter;
  private readonly abort = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The text and kind last sent (or shown, when empty); null forces the next lint. */
  private lintedText: string | null = null;
  private lintedKind: Kind | null = null;
  /** Sequence number of the latest lint request: older answers are stale and ignored. */
  private requestSeq = 0;

  constructor(
    readonly editor: HTMLElement,
    private readonly deps: ComposeBoxDeps,
  ) {
    this.kind = deps.adapter.kindOf(editor, deps.doc.location);
    this.result = { text: '', kind: this.kind, all: [], shown: [] };
    this.session = deps.sessionFor(editor);
    this.caret = new CaretKeeper(deps.doc, editor);
    this.badge = new Badge(deps.doc, deps.adapter.platform, this.kind, {
      action: (action, ruleId) => this.onAction(action, ruleId),
      opening: () => this.caret.save(),
      returnFocus: () => this.caret.restore(),
    });
    this.highlighter = new DraftHighlighter(deps.doc);
    followEditor(editor, this.abort.signal, {
      // An edit restarts the quiet time (from the edit, not from the site drawing it); a key
      // released only asks for a lint if none is coming.
      changed: (settle, since) => {
        if (settle) this.schedule(Math.max(0, LINT_DEBOUNCE_MS - (performance.now() - since)));
        else if (this.timer === undefined) this.schedule(LINT_DEBOUNCE_MS);
      },
      edited: () => this.session.noteEdit(Date.now()),
      // Ranges into changed nodes could underline the wrong words: drop them until the next lint.
      domChanged: () => this.highlighter.clear(),
      active: () => deps.onActive(this),
    });
    this.mount();
    deps.layout.track(this);
    this.lintNow();
  }

  /** Inserts the badge beside the editor (again, if the page removed it while the editor stayed). */
  mount(): void {
    if (this.deps.revealed()) this.badge.mountBeside(this.deps.adapter.editorRoot(this.editor));
  }

  /** Puts the badge on the page once the site is known to be on; lints again if no answer came. */
  reveal(): void {
    this.mount();
    if (this.lintedText === null) this.schedule(0);
  }

  /** Lints again soon, even if the text is the same: the settings changed. */
  refresh(): void {
    this.lintedText = null;
    this.schedule(0);
  }

  /** Re-reads the box kind (client-side navigation can turn a post composer into a reply one). */
  updateKind(): void {
    const kind = this.deps.adapter.kindOf(this.editor, this.deps.doc.location);
    if (kind === this.kind) return;
    this.kind = kind;
    this.badge.setKind(kind);
    this.schedule(0);
  }

  /** Reads the draft now and, if the text or kind changed, asks the background to lint it. */
  lintNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const source = this.deps.adapter.readText(this.editor);
    if (source.text === this.lintedText && this.kind === this.lintedKind) {
      // Same text, but the editor may have re-rendered its nodes: ranges are rebuilt from fresh ones.
      if (this.result.text === source.text) this.highlighter.show(source, this.result.shown);
      return;
    }
    this.lintedText = source.text;
    this.lintedKind = this.kind;
    const seq = ++this.requestSeq;
    // An emptied box starts a new post: nothing to flag, ignored rules and warnings forgotten.
    if (!source.text.trim()) {
      this.session.reset();
      this.show(source, this.kind, [], false);
      return;
    }
    const { text } = source;
    const kind = this.kind;
    const report = this.deps.isActive(this);
    const ignored = [...this.session.ignoredRules];
    const stillWanted = () => seq === this.requestSeq && !this.abort.signal.aborted;
    void this.deps.client.lint({ type: 'postlint:lint', draft: { text, platform: this.deps.adapter.platform, kind }, ignored, report }, stillWanted).then(
      guard('showing the lint result', (answer: LintAnswer | null) => {
        if (stillWanted()) this.receive(text, kind, answer, report);
      }),
    );
  }

  /** The post as it is at this instant, for publish detection (null when empty). */
  snapshot(): PostSnapshot | null {
    return snapshotPost(this, this.deps.adapter);
  }

  /** All diagnostics of `text` as a `kind`, straight from the background (for a publish); null on failure. */
  async lintForPublish(text: string, kind: Kind): Promise<Diagnostic[] | null> {
    const answer = await this.deps.client.lint({ type: 'postlint:lint', draft: { text, platform: this.deps.adapter.platform, kind } });
    return answer && !answer.paused ? answer.diagnostics : null;
  }

  /** The draft was published: start over. */
  published(): void {
    this.session.reset();
    this.lintedText = null;
    this.schedule(0);
  }

  reposition(): void {
    if (!this.editor.isConnected || !this.deps.revealed()) return;
    this.mount();
    this.badge.place(this.surroundings());
  }

  /** Opens this box's popover and moves focus into it (the shortcut, the popup). */
  openPopover(): void {
    this.caret.save();
    this.reposition();
    this.badge.open();
  }

  /** Ignores `ruleId` for this post (or takes that back): from the popup or the popover. */
  setIgnored(ruleId: string, ignore: boolean): void {
    if (ignore) this.session.ignoredRules.add(ruleId);
    else this.session.ignoredRules.delete(ruleId);
    this.showAgain();
  }

  /** Redraws the last result (rules ignored or turned off meanwhile). */
  showAgain(): void {
    const { text, kind, all } = this.result;
    const now = this.deps.adapter.readText(this.editor);
    this.show(now.text === text ? now : { text, segments: [] }, kind, all, false);
  }

  private surroundings(): BadgeSurroundings | null {
    if (this.publishControl && !this.publishControl.isConnected) this.publishControl = null;
    return surroundingsOf(this.deps.doc, this.deps.adapter, this.editor, this.publishControl);
  }


  /** Removes the badge, highlights, listeners and timers; answers still on their way are dropped. */
  dispose(): void {
    this.abort.abort();
    clearTimeout(this.timer);
    this.deps.layout.untrack(this);
    this.highlighter.clear();
    this.badge.destroy();
  }

  /** Shows the background's answer for `text` (the latest request's). */
  private receive(text: string, kind: Kind, answer: LintAnswer | null, reported: boolean): void {
    if (!answer) {
      // No answer even after a retry: the badge stays as it was; the next change asks again.
      this.lintedText = null;
      return;
    }
    if (answer.paused) {
      this.lintedText = null;
      this.deps.onPausedAnswer(this);
      return;
    }
    for (const [ruleId, info] of Object.entries(answer.rules)) this.deps.rules.set(ruleId, info);
    // Highlight only through nodes that still hold exactly the linted text.
    const now = this.deps.adapter.readText(this.editor);
    this.show(now.text === text ? now : { text, segments: [] }, kind, answer.diagnostics, reported);
  }

  private onAction(action: PopoverAction, ruleId: string): void {
    const { deps } = this;
    if (action === 'ignore') this.session.ignoredRules.add(ruleId);
    else if (action === 'undoIgnore') this.session.ignoredRules.delete(ruleId);
    else if (action === 'turnOff') deps.turnRuleOff(ruleId, deps.rules.get(ruleId)?.name ?? ruleId);
    else if (action === 'undoOff') deps.undoTurnOff(ruleId);
    else if (action === 'settings') return deps.openRuleSettings(ruleId);
    // turnRuleOff and undoTurnOff redraw every box of the page, this one included.
    if (action === 'ignore' || action === 'undoIgnore') this.showAgain();
    this.badge.focusAfterAction(ruleId);
  }

  /** The lines of rules set aside: ignored for this post, or turned off from this page. */
  private traces(all: readonly Diagnostic[]): Trace[] {
    const name = (ruleId: string) => this.deps.rules.get(ruleId)?.name ?? ruleId;
    const reported = new Set(all.map((d) => d.ruleId));
    const traces: Trace[] = [...this.session.ignoredRules].map((ruleId) => ({ kind: 'ignored', ruleId, name: name(ruleId), undoable: true }));
    for (const off of this.deps.turnedOff.list()) {
      // Turned back on elsewhere (the options page): its diagnostics speak for themselves.
      if (!off.undoable && reported.has(off.ruleId)) continue;
      traces.push({ kind: 'off', ruleId: off.ruleId, name: off.name, undoable: off.undoable });
    }
    return traces;
  }

  private show(source: EditorText, kind: Kind, all: Diagnostic[], reported: boolean): void {
    const hidden = new Set(this.session.ignoredRules);
    for (const off of this.deps.turnedOff.list()) if (this.deps.turnedOff.hides(off.ruleId)) hidden.add(off.ruleId);
    const shown = shownDiagnostics(all, hidden);
    this.session.noteLint(source.text, all, shown);
    this.result = { text: source.text, kind, all, shown };
    this.publishControl = this.deps.adapter.publishButton?.(this.editor) ?? null;
    // The counts first: nothing waits for a frame between the answer and the badge.
    const model = buildPopoverModel(shown, source.text, Object.fromEntries(this.deps.rules));
    this.badge.render(model, this.traces(all), source.text, ruleIdList(shown));
    this.highlighter.show(source, shown);
    this.deps.layout.schedule();
    this.deps.onRendered(this, reported);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(guard('linting the draft', () => this.lintNow()), delay);
  }
}
