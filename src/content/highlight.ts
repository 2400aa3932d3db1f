/**
 * Underlines flagged words in the editor with the CSS Custom Highlight API: a `Range` only points
 * at text, it adds nothing to the editor's DOM, so Draft.js, Lexical and Quill never notice.
 * When an offset cannot be mapped with certainty, that span is not highlighted at all.
 */
import type { EditorText } from '../sites/types';
import type { Diagnostic, Severity, Span } from '../lint/types';

const HIGHLIGHT_NAME: Record<Severity, string> = { error: 'postlint-error', warning: 'postlint-warning', info: 'postlint-info' };
const PRIORITY: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const STYLE_ID = 'postlint-highlight-style';
const STYLE = `
::highlight(postlint-error) { background-color: rgb(220 38 38 / 0.16); text-decoration: underline wavy rgb(220 38 38); text-decoration-skip-ink: none; }
::highlight(postlint-warning) { background-color: rgb(217 119 6 / 0.16); text-decoration: underline wavy rgb(217 119 6); text-decoration-skip-ink: none; }
::highlight(postlint-info) { text-decoration: underline dotted rgb(37 99 235); text-decoration-skip-ink: none; }
`;

/**
 * The DOM range of a UTF-16 span of `source.text`, or null when unsure (a span only over line
 * breaks, or text nodes changed since they were read).
 */
export function rangeForSpan(source: EditorText, span: Span, doc: Document): Range | null {
  let first: EditorText['segments'][number] | undefined;
  let last: EditorText['segments'][number] | undefined;
  for (const segment of source.segments) {
    const overlaps = segment.start < span.end && segment.start + segment.length > span.start;
    if (!overlaps) continue;
    first ??= segment;
    last = segment;
  }
  if (!first || !last || !first.node.isConnected || !last.node.isConnected) return null;
  const startOffset = first.nodeOffset + Math.max(0, span.start - first.start);
  const endOffset = last.nodeOffset + Math.min(last.length, span.end - last.start);
  if (startOffset > first.node.length || endOffset > last.node.length) return null;
  const range = doc.createRange();
  range.setStart(first.node, startOffset);
  range.setEnd(last.node, endOffset);
  return range;
}

/** Whether this browser has the CSS Custom Highlight API. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function highlightFor(severity: Severity): Highlight {
  const name = HIGHLIGHT_NAME[severity];
  let highlight = CSS.highlights.get(name);
  if (!highlight) {
    highlight = new Highlight();
    highlight.priority = PRIORITY[severity];
    CSS.highlights.set(name, highlight);
  }
  return highlight;
}

/** `::highlight()` rules must be in the page's own styles: the editor is not in our shadow root. */
function ensureHighlightStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = STYLE;
  (doc.head ?? doc.documentElement).append(style);
}

/** The highlights of one compose box. */
export class DraftHighlighter {
  private shown: { severity: Severity; range: Range }[] = [];

  constructor(private readonly doc: Document) {}

  /** Replaces this box's highlights with the spans of `diagnostics` in `source`. */
  show(source: EditorText, diagnostics: readonly Diagnostic[]): void {
    this.clear();
    if (!highlightsSupported() || source.segments.length === 0) return;
    for (const diagnostic of diagnostics) {
      for (const span of diagnostic.spans) {
        const range = rangeForSpan(source, span, this.doc);
        if (!range) continue;
        highlightFor(diagnostic.severity).add(range);
        this.shown.push({ severity: diagnostic.severity, range });
      }
    }
    if (this.shown.length) ensureHighlightStyle(this.doc);
  }

  /** Removes this box's highlights (other boxes keep theirs). */
  clear(): void {
    if (!this.shown.length) return;
    for (const { severity, range } of this.shown) CSS.highlights.get(HIGHLIGHT_NAME[severity])?.delete(range);
    this.shown = [];
  }
}
