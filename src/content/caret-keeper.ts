/**
 * Remembers where the caret was in an editor when PostLint's popover opened, and puts it back
 * when the popover closes: focus returns to the editor with the same selection, so the next key
 * the person types lands where they left off. A selection is not the editor's DOM: nothing is
 * written into the editor.
 */
export class CaretKeeper {
  private saved: Range | null = null;

  constructor(
    private readonly doc: Document,
    private readonly editor: HTMLElement,
  ) {}

  /** Saves the selection if it is inside the editor (a later save with none there keeps the old). */
  save(): void {
    const selection = this.doc.getSelection?.();
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (this.editor.contains(range.startContainer) && this.editor.contains(range.endContainer)) this.saved = range.cloneRange();
  }

  /** Focuses the editor and restores the saved selection when its nodes are still there. */
  restore(): void {
    const range = this.saved;
    this.saved = null;
    this.editor.focus({ preventScroll: true });
    if (!range || !range.startContainer.isConnected || !range.endContainer.isConnected) return;
    const selection = this.doc.getSelection?.();
    if (!selection) return;
    selection.removeAllRanges();
    selection.addRange(range);
  }
}
