/**
 * Reads where things are around one editor, for placing its badge and popover: whether the editor
 * can be seen (not scrolled under a sticky header), the caret's and the last line's boxes (the
 * badge must leave them uncovered) and the site's publish control. Reads only; never writes.
 */
import type { SiteAdapter } from '../sites/types';
import type { BadgeSurroundings } from './badge-placement';
import type { Box } from './badge-position';

/**
 * Whether the editor can be seen: it has a size, part of it is in the viewport, and the topmost
 * page element at a point inside it belongs to its composer (not a header it scrolled under).
 * Browsers without hit testing count it as visible.
 */
export function isEditorVisible(doc: Document, editor: HTMLElement, root: HTMLElement, rect: DOMRectReadOnly): boolean {
  if (rect.width === 0 && rect.height === 0) return false;
  const view = doc.defaultView;
  const width = view?.innerWidth ?? Infinity;
  const height = view?.innerHeight ?? Infinity;
  const x = Math.min(rect.right, width) - 3;
  const y = Math.min(rect.bottom, height) - 3;
  if (x < Math.max(rect.left, 0) || y < Math.max(rect.top, 0)) return false;
  if (typeof doc.elementsFromPoint !== 'function') return true;
  const composer = root.parentElement ?? root;
  const hit = doc.elementsFromPoint(x, y).find((el) => el.localName !== 'postlint-badge');
  return !hit || composer.contains(hit) || hit.contains(editor);
}

const plain = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

/** The caret's box (widened a little: a collapsed range is 0 px wide) when it is in `editor`. */
export function caretBox(doc: Document, editor: HTMLElement): Box | null {
  const selection = doc.getSelection?.();
  if (!selection || selection.rangeCount === 0 || !editor.contains(selection.focusNode)) return null;
  const rects = selection.getRangeAt(0).getClientRects();
  const r = rects[rects.length - 1];
  if (!r) return null;
  return { left: r.left - 2, top: r.top, right: r.right + 2, bottom: r.bottom };
}

/** The box of the editor's last line of text, or null when it holds no text. */
export function lastLineBox(doc: Document, editor: HTMLElement): Box | null {
  // From the end backwards: a long draft is not walked whole on every frame.
  let deepest: Node = editor;
  while (deepest.lastChild) deepest = deepest.lastChild;
  const walker = doc.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  walker.currentNode = deepest;
  let last: Text | null = null;
  for (let n: Node | null = deepest.nodeType === Node.TEXT_NODE ? deepest : walker.previousNode(); n; n = walker.previousNode()) {
    if ((n as Text).data.trim()) {
      last = n as Text;
      break;
    }
  }
  if (!last) return null;
  const range = doc.createRange();
  range.selectNodeContents(last);
  const rects = range.getClientRects();
  const r = rects[rects.length - 1];
  return r ? plain(r) : null;
}

/** The publish control's box, when it is shown. */
export function publishBox(control: HTMLElement): Box | null {
  const r = control.getBoundingClientRect();
  return r.width || r.height ? plain(r) : null;
}

/** Relative luminance of an sRGB colour (WCAG). */
function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * Whether the page behind `el` is light or dark: the first opaque-ish background colour of it or
 * an ancestor (sites have their own dark themes, independent of the system's).
 */
export function surfaceBehind(el: Element): 'light' | 'dark' {
  const view = el.ownerDocument.defaultView;
  if (!view) return 'light';
  for (let node: Element | null = el; node; node = node.parentElement) {
    const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?/.exec(view.getComputedStyle(node).backgroundColor);
    if (!m) continue;
    const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    if (alpha < 0.5) continue;
    return luminance(+m[1], +m[2], +m[3]) < 0.2 ? 'dark' : 'light';
  }
  return 'light';
}

/**
 * Everything the badge needs to place itself and its popover around `editor`, or null when the
 * editor cannot be seen. `publishControl` is the site's Post button (looked up by the caller).
 */
export function surroundingsOf(doc: Document, adapter: SiteAdapter, editor: HTMLElement, publishControl: HTMLElement | null): BadgeSurroundings | null {
  const rect = editor.getBoundingClientRect();
  if (!isEditorVisible(doc, editor, adapter.editorRoot(editor), rect)) return null;
  const avoid = [publishControl ? publishBox(publishControl) : null, caretBox(doc, editor)].filter((b): b is Box => b !== null);
  const lastLine = lastLineBox(doc, editor);
  return { editor: rect, avoid, badgeOnly: lastLine ? [lastLine] : [], surface: surfaceBehind(editor) };
}
