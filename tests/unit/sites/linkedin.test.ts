import { describe, expect, it } from 'vitest';
import { LINKEDIN_SELECTORS, linkedinAdapter } from '../../../src/sites/linkedin';

const feed = new URL('https://www.linkedin.com/feed/') as unknown as Location;
const quill = (id: string, placeholder = '') =>
  `<div class="ql-container"><div id="${id}" class="ql-editor" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Text editor for creating content" data-placeholder="${placeholder}"><p><br></p></div><div class="ql-clipboard" contenteditable="true" tabindex="-1"></div></div>`;

function page(html: string): void {
  document.body.innerHTML = html;
}
const byId = (id: string) => document.getElementById(id) as HTMLElement;

describe('LinkedIn adapter', () => {
  it('finds Quill editors but not Quill clipboards', () => {
    page(`<div role="dialog"><div class="share-creation-state__text-editor">${quill('share')}</div></div>`);
    const found = [...document.querySelectorAll<HTMLElement>(linkedinAdapter.editorSelector)];
    expect(found.map((e) => e.id)).toEqual(['share']);
    expect(linkedinAdapter.acceptEditor(found[0], feed)).toBe(true);
  });

  it('finds rebuilt editors by role and aria-label when the Quill class is gone', () => {
    page('<div id="a" contenteditable="true" role="textbox" aria-label="Text editor for creating content"></div><div id="b" contenteditable="true" role="textbox" aria-label="Add a comment…"></div>');
    expect([...document.querySelectorAll(linkedinAdapter.editorSelector)].map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('leaves messaging alone', () => {
    page(`<form class="msg-form">${quill('msg')}</form>`);
    expect(linkedinAdapter.acceptEditor(byId('msg'), feed)).toBe(false);
  });

  it('mounts outside the Quill container', () => {
    page(quill('share'));
    expect(linkedinAdapter.editorRoot(byId('share')).matches(LINKEDIN_SELECTORS.quillContainer)).toBe(true);
  });

  it('tells the share box from comment boxes', () => {
    page(`<div role="dialog">${quill('share')}</div>
      <form class="comments-comment-box__form">${quill('comment')}</form>
      <div id="reply" contenteditable="true" role="textbox" aria-label="Reply to Ana"></div>`);
    expect(linkedinAdapter.kindOf(byId('share'), feed)).toBe('post');
    expect(linkedinAdapter.kindOf(byId('comment'), feed)).toBe('comment');
    expect(linkedinAdapter.kindOf(byId('reply'), feed)).toBe('comment');
  });

  it('recognises the share and comment submit buttons, by class or by their label', () => {
    page(`<div role="dialog"><button class="share-actions__primary-action" id="share"><span id="share-label">Post</span></button>
        <button id="post-by-text"><span>Post</span></button></div>
      <form class="comments-comment-box__form"><button class="comments-comment-box__submit-button--cr" id="submit">Comment</button>
        <button id="comment-by-text">Comment</button></form>
      <button id="action-bar">Comment</button><button id="post-outside">Post</button>`);
    expect(linkedinAdapter.publishControlAt(byId('share-label'))?.id).toBe('share');
    expect(linkedinAdapter.publishControlAt(byId('post-by-text'))?.id).toBe('post-by-text');
    expect(linkedinAdapter.publishControlAt(byId('submit'))?.id).toBe('submit');
    expect(linkedinAdapter.publishControlAt(byId('comment-by-text'))?.id).toBe('comment-by-text');
    expect(linkedinAdapter.publishControlAt(byId('action-bar'))).toBeNull();
    expect(linkedinAdapter.publishControlAt(byId('post-outside'))).toBeNull();
    expect(linkedinAdapter.publishControlsIn(document.body).map((b) => b.id)).toEqual(['share', 'post-by-text', 'submit', 'comment-by-text']);
  });

  it('Ctrl/Cmd+Enter publishes posts only: Enter is a new line in Quill comments', () => {
    const key = (init: KeyboardEventInit, kind: 'post' | 'comment') => linkedinAdapter.isPublishKey(new KeyboardEvent('keydown', init), kind);
    expect(key({ key: 'Enter', ctrlKey: true }, 'post')).toBe(true);
    expect(key({ key: 'Enter', ctrlKey: true }, 'comment')).toBe(false);
    expect(key({ key: 'Enter' }, 'comment')).toBe(false);
  });
});
