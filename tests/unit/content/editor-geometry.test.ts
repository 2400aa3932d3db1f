import { afterEach, describe, expect, it } from 'vitest';
import { surfaceBehind } from '../../../src/content/editor-geometry';
import { CaretKeeper } from '../../../src/content/caret-keeper';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('around the editor', () => {
  it('tells a dark page from a light one by the first opaque background behind the editor', () => {
    document.body.innerHTML = '<div id="page" style="background-color: rgb(0, 0, 0)"><div style="background-color: rgba(255,255,255,0.1)"><div id="ed"></div></div></div>';
    expect(surfaceBehind(document.getElementById('ed')!)).toBe('dark');
    document.getElementById('page')!.style.backgroundColor = 'rgb(255, 255, 255)';
    expect(surfaceBehind(document.getElementById('ed')!)).toBe('light');
  });

  it('puts the caret back where it was when the popover closes', () => {
    document.body.innerHTML = '<div id="ed" contenteditable="true">hello world</div><button id="other">x</button>';
    const ed = document.getElementById('ed')!;
    const text = ed.firstChild!;
    const range = document.createRange();
    range.setStart(text, 5);
    range.collapse(true);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const keeper = new CaretKeeper(document, ed);
    keeper.save();
    document.getElementById('other')!.focus();
    getSelection()!.removeAllRanges();
    keeper.restore();
    expect(document.activeElement).toBe(ed);
    const now = getSelection()!.getRangeAt(0);
    expect([now.startContainer, now.startOffset, now.collapsed]).toEqual([text, 5, true]);
  });
});
