/**
 * Follows one compose box: decides what its badge shows of the background's answer (rules set
 * aside left out), handles the popover's actions, and takes the snapshot that a publish records.
 * It only listens to the editor (passive listeners); it never writes to it. When to lint is
 * `DraftLinting`'s job, putting things on the page `BoxView`'s; the page provides `ComposeBoxDeps`.
 */
import { shownDiagnostics } from '../history/tab-state-draft';
import type { Diagnostic, Kind } from '../lint/types';
import type { EditorText } from '../sites/types';
import type { Placeable } from './badge-layout';
import { BoxView } from './box-view';
import type { BoxResult, ComposeBoxDeps } from './compose-box-deps';
import { DraftLinting } from './draft-linting';
import type { DraftSession } from './draft-session';
import type { LintAnswer } from './lint-client';
import type { PopoverAction } from './popover';
import { buildPopoverModel } from './popover-model';
import { snapshotPost, type PostSnapshot } from './publish-snapshot';
import type { PublishableBox } from './publish-watch';
import { hiddenRules, setAsideTraces } from './set-aside';

export type { BoxResult, ComposeBoxDeps } from './compose-box-deps';

export class ComposeBox implements Placeable, PublishableBox {
  kind: Kind;
  readonly session: DraftSession;
  result: BoxResult;
  private readonly view: BoxView;
  private readonly abort = new AbortController();
  private readonly linting: DraftLinting;
  /** The background's word that is not about the draft (published posts not saved yet). */
  private notice: string | undefined;

  constructor(
    readonly editor: HTMLElement,
    private readonly deps: ComposeBoxDeps,
  ) {
    this.kind = deps.adapter.kindOf(editor, deps.doc.location);
    this.result = { text: '', kind: this.kind, all: [], shown: [] };
    this.session = deps.sessionFor(editor);
    this.view = new BoxView(deps.doc, deps.adapter, editor, this.kind, (action, ruleId) => this.onAction(action, ruleId));
    this.linting = new DraftLinting(editor, {
      platform: deps.adapter.platform,
      client: deps.client,
      signal: this.abort.signal,
      readText: () => deps.adapter.readText(editor),
      kind: () => this.kind,
      extras: () => ({ ignored: [...this.session.ignoredRules], report: deps.isActive(this) }),
      // An emptied box starts a new post: nothing to flag, ignored rules and warnings forgotten.
      emptied: (source, kind) => {
        this.session.reset();
        this.show(source, kind, [], false);
      },
      // Same text, but the editor may have re-rendered its nodes: ranges are rebuilt from fresh ones.
      unchanged: (source) => {
        if (this.result.text === source.text) this.view.highlight(source, this.result.shown);
      },
      answered: (text, kind, answer, reported) => this.receive(text, kind, answer, reported),
      edited: () => this.session.noteEdit(Date.now()),
      // Ranges into changed nodes could underline the wrong words: drop them until the next lint.
      domChanged: () => this.view.clearHighlights(),
      active: () => deps.onActive(this),
    });
    this.mount();
    deps.layout.track(this);
    this.linting.lintNow();
  }

  /** Inserts the badge beside the editor (again, if the page removed it while the editor stayed). */
  mount(): void {
    if (this.deps.revealed()) this.view.mount();
  }

  /** Puts the badge on the page once the site is known to be on; lints again if no answer came. */
  reveal(): void {
    this.mount();
    if (!this.linting.linted) this.linting.schedule(0);
  }

  /** Lints again soon, even if the text is the same: the settings changed. */
  refresh(): void {
    this.linting.forget();
    this.linting.schedule(0);
  }

  /** Re-reads the box kind (client-side navigation can turn a post composer into a reply one). */
  updateKind(): void {
    const kind = this.deps.adapter.kindOf(this.editor, this.deps.doc.location);
    if (kind === this.kind) return;
    this.kind = kind;
    this.view.setKind(kind);
    this.linting.schedule(0);
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
    this.refresh();
  }

  reposition(): void {
    if (!this.editor.isConnected || !this.deps.revealed()) return;
    this.mount();
    this.view.place();
  }

  /** Opens this box's popover and moves focus into it (the shortcut, the popup). */
  openPopover(): void {
    this.reposition();
    this.view.openPopover();
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

  /** Removes the badge, highlights, listeners and timers; answers still on their way are dropped. */
  dispose(): void {
    this.abort.abort();
    this.linting.dispose();
    this.deps.layout.untrack(this);
    this.view.destroy();
  }

  /** Shows the background's answer for `text` (the latest request's). */
  private receive(text: string, kind: Kind, answer: LintAnswer | null, reported: boolean): void {
    // No answer even after a retry: the badge stays as it was; the next change asks again.
    if (!answer) return;
    if (answer.paused) return this.deps.onPausedAnswer(this);
    for (const [ruleId, info] of Object.entries(answer.rules)) this.deps.rules.set(ruleId, info);
    // Highlight only through nodes that still hold exactly the linted text.
    const now = this.deps.adapter.readText(this.editor);
    this.notice = answer.notice;
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
    this.view.focusAfterAction(ruleId);
  }

  private show(source: EditorText, kind: Kind, all: Diagnostic[], reported: boolean): void {
    const { deps, session } = this;
    const shown = shownDiagnostics(all, hiddenRules(session.ignoredRules, deps.turnedOff));
    session.noteLint(source.text, all, shown);
    this.result = { text: source.text, kind, all, shown };
    const model = buildPopoverModel(shown, source.text, Object.fromEntries(deps.rules));
    const traces = setAsideTraces(all, session.ignoredRules, deps.turnedOff, (ruleId) => deps.rules.get(ruleId)?.name ?? ruleId);
    this.view.render(model, traces, source, shown, this.notice);
    deps.layout.schedule();
    deps.onRendered(this, reported);
  }
}
