import { describe, expect, it } from 'vitest';
import { readEditorText } from '../../../src/sites/editor-text';

function editable(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

/** Draft.js renders each block as div[data-block] > div > span > span[data-text]; empty blocks hold a br. */
const draftBlock = (text: string) =>
  `<div data-block="true" data-offset-key="a"><div class="public-DraftStyleDefault-block" data-offset-key="a">` +
  `<span data-offset-key="a">${text ? `<span data-text="true">${text}</span>` : '<br data-text="true">'}</span></div></div>`;

describe('readEditorText', () => {
  it('reads Draft.js blocks as lines, one newline each, empty blocks as empty lines', () => {
    const el = editable(`<div data-contents="true">${draftBlock('BUY NOW')}${draftBlock('')}${draftBlock('today only')}</div>`);
    expect(readEditorText(el).text).toBe('BUY NOW\n\ntoday only');
  });

  it('reads an empty Draft.js editor as empty', () => {
    expect(readEditorText(editable(`<div data-contents="true">${draftBlock('')}</div>`)).text).toBe('');
  });

  it('reads Lexical paragraphs and Shift+Enter line breaks; a trailing br adds nothing', () => {
    const el = editable('<p dir="ltr"><span data-lexical-text="true">one</span><br><span data-lexical-text="true">two</span></p><p><br></p><p><span>three</span><br></p>');
    expect(readEditorText(el).text).toBe('one\ntwo\n\nthree');
  });

  it('reads Quill paragraphs and drops its caret guard (U+FEFF)', () => {
    const el = editable('<p>Hello <strong>world</strong></p><p><span class="ql-cursor">\ufeff</span>x</p><ol><li>item</li></ol>');
    const { text, segments } = readEditorText(el);
    expect(text).toBe('Hello world\nx\nitem');
    expect(segments.map((s) => [s.node.data.slice(s.nodeOffset, s.nodeOffset + s.length), s.start])).toEqual([
      ['Hello ', 0],
      ['world', 6],
      ['x', 12],
      ['item', 14],
    ]);
  });

  it('reads kept spaces (U+00A0) as spaces, with the same length', () => {
    expect(readEditorText(editable('<p>a\u00a0\u00a0b</p>')).text).toBe('a  b');
  });

  it('ignores formatting whitespace between blocks and skips media', () => {
    const el = editable('\n  <p>a<img alt="x"></p>\n  <p>b</p>\n');
    expect(readEditorText(el).text).toBe('a\nb');
  });

  it('reads a textarea by its value (mobile X), with nothing to map', () => {
    const area = document.createElement('textarea');
    area.value = 'line 1\nline 2';
    expect(readEditorText(area)).toEqual({ text: 'line 1\nline 2', segments: [] });
  });

  it('maps every character of the text to its node', () => {
    const el = editable(`<div data-contents="true">${draftBlock('ab')}${draftBlock('cd')}</div>`);
    const { text, segments } = readEditorText(el);
    for (const s of segments) expect(text.slice(s.start, s.start + s.length)).toBe(s.node.data.slice(s.nodeOffset, s.nodeOffset + s.length));
  });
});
