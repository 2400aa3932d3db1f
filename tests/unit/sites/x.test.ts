import { describe, expect, it } from 'vitest';
import { X_SELECTORS, xAdapter } from '../../../src/sites/x';

const at = (path: string) => new URL(`https://x.com${path}`) as unknown as Location;

/** The composer as X renders it: Draft root > editor container > editable with the test id. */
const composer = (index = 0, text = '') => `
  <div data-testid="tweetTextarea_${index}RichTextInputContainer"><div class="DraftEditor-root">
    <div class="public-DraftEditorPlaceholder-root">What is happening?!</div>
    <div class="DraftEditor-editorContainer">
      <div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_${index}" aria-label="Post text">
        <div data-contents="true"><div data-block="true"><div><span><span data-text="true">${text}</span></span></div></div></div>
      </div></div></div></div>`;

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('X adapter', () => {
  it('finds the Draft editable by test id and Draft marker, once', () => {
    page(`<main>${composer(0)}<button data-testid="tweetButtonInline">Post</button></main>`);
    const found = document.querySelectorAll(xAdapter.editorSelector);
    expect(found).toHaveLength(1);
    expect(found[0].getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(xAdapter.acceptEditor(found[0] as HTMLElement, at('/home'))).toBe(true);
  });

  it('finds every item of a thread', () => {
    page(`<div aria-modal="true" role="dialog">${composer(0)}${composer(1)}${composer(2)}<button data-testid="tweetButton">Post all</button></div>`);
    expect([...document.querySelectorAll(xAdapter.editorSelector)].map((e) => e.getAttribute('data-testid'))).toEqual(['tweetTextarea_0', 'tweetTextarea_1', 'tweetTextarea_2']);
  });

  it('finds the mobile textarea', () => {
    page('<div data-testid="tweetTextarea_0"><textarea></textarea></div>');
    const [el] = document.querySelectorAll(xAdapter.editorSelector);
    expect(el.tagName).toBe('TEXTAREA');
  });

  it('leaves direct messages alone', () => {
    page('<div data-testid="DmActivityContainer"><div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="dmComposerTextInput"></div></div></div>');
    const [el] = document.querySelectorAll<HTMLElement>(xAdapter.editorSelector);
    expect(xAdapter.acceptEditor(el, at('/messages/1-2'))).toBe(false);
  });

  it('mounts beside the Draft root, outside the editor', () => {
    page(composer(0));
    const editor = document.querySelector<HTMLElement>(xAdapter.editorSelector)!;
    const root = xAdapter.editorRoot(editor);
    expect(root.matches(X_SELECTORS.draftRoot)).toBe(true);
    expect(root.contains(editor)).toBe(true);
  });

  it('tells posts from replies: modal with "Replying to", inline composer on a status page', () => {
    page(`<div id="layers"><div aria-modal="true" role="dialog"><div>Replying to <a>@ana</a></div>${composer(0)}</div></div>`);
    expect(xAdapter.kindOf(document.querySelector<HTMLElement>(xAdapter.editorSelector)!, at('/home'))).toBe('reply');
    page(`<div aria-modal="true" role="dialog"><article data-testid="tweet">original</article>${composer(0)}</div>`);
    expect(xAdapter.kindOf(document.querySelector<HTMLElement>(xAdapter.editorSelector)!, at('/home'))).toBe('reply');
    page(`<div aria-modal="true" role="dialog">${composer(0)}</div>`);
    expect(xAdapter.kindOf(document.querySelector<HTMLElement>(xAdapter.editorSelector)!, at('/compose/post'))).toBe('post');
    page(`<main>${composer(0)}</main>`);
    const inline = document.querySelector<HTMLElement>(xAdapter.editorSelector)!;
    expect(xAdapter.kindOf(inline, at('/home'))).toBe('post');
    expect(xAdapter.kindOf(inline, at('/ana/status/1234567890'))).toBe('reply');
  });

  it('recognises both publish buttons from a click on their label', () => {
    page('<button data-testid="tweetButton"><span id="modal-label">Post</span></button><button data-testid="tweetButtonInline" aria-disabled="true"><span id="inline-label">Reply</span></button><button id="other">Other</button>');
    expect(xAdapter.publishControlAt(document.getElementById('modal-label')!)?.dataset.testid).toBe('tweetButton');
    expect(xAdapter.publishControlAt(document.getElementById('inline-label')!)?.dataset.testid).toBe('tweetButtonInline');
    expect(xAdapter.publishControlAt(document.getElementById('other')!)).toBeNull();
    expect(xAdapter.publishControlsIn(document.body)).toHaveLength(2);
  });

  it('publishes on Ctrl+Enter and Cmd+Enter, not Enter or during IME composition', () => {
    const key = (init: KeyboardEventInit) => xAdapter.isPublishKey(new KeyboardEvent('keydown', init), 'post');
    expect(key({ key: 'Enter', ctrlKey: true })).toBe(true);
    expect(key({ key: 'Enter', metaKey: true })).toBe(true);
    expect(key({ key: 'Enter' })).toBe(false);
    expect(key({ key: 'Enter', ctrlKey: true, isComposing: true })).toBe(false);
  });

  it('names the toast as its publish confirmation', () => {
    page('<div data-testid="toast" role="alert">Your post was sent.</div>');
    expect(document.querySelector(xAdapter.confirmationSelector!)).not.toBeNull();
  });
});
