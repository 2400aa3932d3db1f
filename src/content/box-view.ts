/**
 * What one compose box puts on the page: its badge and popover, the highlights under flagged
 * words, and the caret kept while the popover is open. Split from the compose box, which decides
 * what to show; this file only shows it and places it around the editor.
 */
import type { Diagnostic, Kind } from '../lint/types';
import type { EditorText, SiteAdapter } from '../sites/types';
import { Badge } from './badge';
import { ruleIdList } from './badge-labels';
import { CaretKeeper } from './caret-keeper';
import { surroundingsOf } from './editor-geometry';
import { DraftHighlighter } from './highlight';
import type { PopoverAction, Trace } from './popover';
import type { PopoverModel } from './popover-model';

export class BoxView {
  private readonly badge: Badge;
  private readonly caret: CaretKeeper;
  private readonly highlighter: DraftHighlighter;
  /** The site's publish control for this box, looked up again when a result comes (not per frame). */
  private publishControl: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    private readonly adapter: SiteAdapter,
    private readonly editor: HTMLElement,
    kind: Kind,
    onAction: (action: PopoverAction, ruleId: string) => void,
  ) {
    this.caret = new CaretKeeper(doc, editor);
    this.badge = new Badge(doc, adapter.platform, kind, {
      action: onAction,
      opening: () => this.caret.save(),
      returnFocus: () => this.caret.restore(),
    });
    this.highlighter = new DraftHighlighter(doc);
  }

  /** Inserts the badge beside the editor (again, if the page removed it while the editor stayed). */
  mount(): void {
    this.badge.mountBeside(this.adapter.editorRoot(this.editor));
  }

  setKind(kind: Kind): void {
    this.badge.setKind(kind);
  }

  /** Shows a result: the counts in the badge first (nothing waits for a frame), then the highlights. */
  render(model: PopoverModel, traces: Trace[], source: EditorText, shown: readonly Diagnostic[], notice?: string): void {
    this.publishControl = this.adapter.publishButton?.(this.editor) ?? null;
    this.badge.render(model, traces, source.text, ruleIdList(shown), notice);
    this.highlighter.show(source, shown);
  }

  /** Underlines `shown` again through the editor's current nodes (it may have redrawn them). */
  highlight(source: EditorText, shown: readonly Diagnostic[]): void {
    this.highlighter.show(source, shown);
  }

  /** Drops the underlines: ranges into changed nodes could mark the wrong words. */
  clearHighlights(): void {
    this.highlighter.clear();
  }

  /** Moves the badge (and an open popover) to fit the editor's surroundings now. */
  place(): void {
    if (this.publishControl && !this.publishControl.isConnected) this.publishControl = null;
    this.badge.place(surroundingsOf(this.doc, this.adapter, this.editor, this.publishControl));
  }

  /** Remembers the caret and opens the popover (the badge must be placed first). */
  openPopover(): void {
    this.caret.save();
    this.badge.open();
  }

  /** After a popover action re-rendered the list: focus to the rule's line. */
  focusAfterAction(ruleId: string): void {
    this.badge.focusAfterAction(ruleId);
  }

  destroy(): void {
    this.highlighter.clear();
    this.badge.destroy();
  }
}
