import { describe, expect, it } from 'vitest';
import { rangeForSpan } from '../../../src/content/highlight';
import { readEditorText } from '../../../src/sites/editor-text';

function editable(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true">${html}</div>`;
  return document.body.firstElementChild as HTMLElement;
}
const draft = (...lines: string[]) =>
  `<div data-contents="true">${lines.map((l) => `<div data-block="true"><div><span>${l ? `<span data-text="true">${l}</span>` : '<br>'}</span></div></div>`).join('')}</div>`;

describe('rangeForSpan', () => {
  it('maps a span inside one Draft block to its text node', () => {
    const source = readEditorText(editable(draft('Hello', '', 'BUY NOW today')));
    const start = source.text.indexOf('BUY NOW');
    const range = rangeForSpan(source, { start, end: start + 7 }, document)!;
    expect(range.toString()).toBe('BUY NOW');
    expect(range.startContainer.textContent).toBe('BUY NOW today');
  });

  it('maps a span across blocks and styled runs', () => {
    const source = readEditorText(editable('<p>Big <b>SALE</b></p><p>now on</p>'));
    expect(source.text).toBe('Big SALE\nnow on');
    const range = rangeForSpan(source, { start: 4, end: 12 }, document)!;
    expect(range.startContainer.textContent).toBe('SALE');
    expect(range.startOffset).toBe(0);
    expect(range.endContainer.textContent).toBe('now on');
    expect(range.endOffset).toBe(3);
  });

  it('handles UTF-16 offsets of emoji', () => {
    const source = readEditorText(editable('<p>🔥🔥 FLASH SALE</p>'));
    const start = source.text.indexOf('FLASH');
    expect(rangeForSpan(source, { start, end: start + 5 }, document)!.toString()).toBe('FLASH');
  });

  it('skips spans it cannot map with certainty', () => {
    const source = readEditorText(editable(draft('a', 'b')));
    expect(rangeForSpan(source, { start: 1, end: 2 }, document)).toBeNull(); // only the line break
    const node = source.segments[0].node;
    node.data = ''; // the editor changed since the text was read
    expect(rangeForSpan(source, { start: 0, end: 1 }, document)).toBeNull();
    expect(rangeForSpan(readEditorText(Object.assign(document.createElement('textarea'), { value: 'x' })), { start: 0, end: 1 }, document)).toBeNull();
  });
});
