/**
 * Reads a draft from a rich-text editor as the person sees it, and remembers which text node each
 * character came from. One structural walk serves Draft.js (a `div` per block), Lexical and Quill
 * (a `p` per paragraph, `br` for Shift+Enter):
 * - every leaf block is one line; lines are joined with a single `\n`;
 * - a `br` is a line break, except the last one in a line (editors put one in empty blocks, and a
 *   trailing `br` draws no extra line);
 * - U+FEFF (Quill's caret guard) is dropped, U+00A0 (contenteditable's kept spaces) reads as a space.
 *
 * Why not `innerText`: it depends on CSS (paragraph margins double the newlines; an empty Draft
 * block yields three in Chromium), forces a synchronous layout on every read, and cannot be mapped
 * back to text nodes. This walk reads the DOM only and maps by construction.
 */
import type { EditorText, TextSegment } from './types';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DIV', 'DL', 'DT', 'DD', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
/** Elements whose content is not draft text (media, embedded controls, scripts). */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'IMG', 'SVG', 'VIDEO', 'AUDIO', 'CANVAS', 'IFRAME', 'INPUT', 'TEXTAREA', 'SELECT', 'BUTTON']);
const CARET_GUARD = '\ufeff';

type Token = Text | 'br';

/** Reads the draft text of an editable (or a `<textarea>`) with its text-node map. */
export function readEditorText(editor: HTMLElement): EditorText {
  if (editor instanceof HTMLTextAreaElement) return { text: editor.value, segments: [] };
  const out: EditorText = { text: '', segments: [] };
  const lines: Token[][] = [];
  collectLines(editor, lines);
  lines.forEach((line, i) => {
    if (i > 0) out.text += '\n';
    // A trailing `br` draws no line of its own (and is the placeholder of an empty block).
    const tokens = line[line.length - 1] === 'br' ? line.slice(0, -1) : line;
    for (const token of tokens) {
      if (token === 'br') out.text += '\n';
      else appendTextNode(out, token);
    }
  });
  return out;
}

function isBlock(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName);
}

function isSkipped(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && SKIPPED_TAGS.has((node as Element).tagName.toUpperCase());
}

/** Splits a block into lines: leaf blocks are lines, runs of inline content between blocks too. */
function collectLines(block: Element, lines: Token[][]): void {
  if (![...block.childNodes].some(isBlock)) {
    lines.push(collectInline(block, []));
    return;
  }
  let run: Token[] = [];
  const flushRun = () => {
    // Whitespace between block elements is markup formatting, not a line of the draft.
    if (run.some((t) => t === 'br' || t.data.trim() !== '')) lines.push(run);
    run = [];
  };
  for (const child of block.childNodes) {
    if (isBlock(child)) {
      flushRun();
      collectLines(child, lines);
    } else {
      collectInline(child, run);
    }
  }
  flushRun();
}

function collectInline(node: Node, tokens: Token[]): Token[] {
  if (node.nodeType === Node.TEXT_NODE) {
    tokens.push(node as Text);
  } else if (node.nodeType === Node.ELEMENT_NODE && !isSkipped(node)) {
    if ((node as Element).tagName === 'BR') tokens.push('br');
    else for (const child of node.childNodes) collectInline(child, tokens);
  }
  return tokens;
}

function appendTextNode(out: EditorText, node: Text): void {
  const data = node.data;
  let from = 0;
  while (from <= data.length) {
    let to = data.indexOf(CARET_GUARD, from);
    if (to === -1) to = data.length;
    if (to > from) {
      const segment: TextSegment = { node, nodeOffset: from, start: out.text.length, length: to - from };
      out.segments.push(segment);
      out.text += data.slice(from, to).replace(/\u00a0/g, ' ');
    }
    from = to + 1;
  }
}
