import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../src/sites/facebook';

const home = new URL('https://www.facebook.com/') as unknown as Location;
const lexical = (label: string, id = 'ed') =>
  `<div id="${id}" contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="${label}"><p><br></p></div>`;

function page(html: string): void {
  document.body.innerHTML = html;
}
const byId = (id: string) => document.getElementById(id) as HTMLElement;

describe('Facebook adapter', () => {
  it('finds Lexical editors whatever their (personalised) label', () => {
    page(`<div role="dialog"><form method="POST">${lexical("What's on your mind, Ana?")}</form></div>`);
    const found = document.querySelectorAll<HTMLElement>(facebookAdapter.editorSelector);
    expect(found).toHaveLength(1);
    expect(facebookAdapter.acceptEditor(found[0], home)).toBe(true);
  });

  it('ignores plain contenteditables and Messenger chat boxes', () => {
    page(`<div contenteditable="true" role="textbox"></div>${lexical('Message', 'chat')}`);
    expect(document.querySelectorAll(facebookAdapter.editorSelector)).toHaveLength(1);
    expect(facebookAdapter.acceptEditor(byId('chat'), home)).toBe(false);
  });

  it('the Lexical root is the editable itself', () => {
    page(lexical('x'));
    expect(facebookAdapter.editorRoot(byId('ed'))).toBe(byId('ed'));
  });

  it('tells the post dialog from comment boxes', () => {
    page(`<div role="dialog"><form method="POST">${lexical("What's on your mind, Ana?", 'post')}</form></div>
      <div role="article">${lexical('Write a comment…', 'feed-comment')}</div>
      <div role="dialog">${lexical('Write a public comment…', 'dialog-comment')}</div>
      <div>${lexical('Schreib etwas', 'loose')}</div>`);
    expect(facebookAdapter.kindOf(byId('post'), home)).toBe('post');
    expect(facebookAdapter.kindOf(byId('feed-comment'), home)).toBe('comment');
    expect(facebookAdapter.kindOf(byId('dialog-comment'), home)).toBe('comment');
    expect(facebookAdapter.kindOf(byId('loose'), home)).toBe('comment');
  });

  it('recognises the dialog Post button (a div with a role) only inside the dialog', () => {
    page(`<div role="dialog"><div aria-label="Post" role="button" tabindex="0"><span id="label">Post</span></div></div>
      <div aria-label="Post" role="button" id="elsewhere"></div>`);
    expect(facebookAdapter.publishControlAt(byId('label'))?.getAttribute('aria-label')).toBe('Post');
    expect(facebookAdapter.publishControlAt(byId('elsewhere'))).toBeNull();
    expect(facebookAdapter.publishControlsIn(document.body)).toHaveLength(1);
  });

  it('Enter posts a comment, Shift+Enter does not; posts need Ctrl/Cmd+Enter', () => {
    const key = (init: KeyboardEventInit, kind: 'post' | 'comment') => facebookAdapter.isPublishKey(new KeyboardEvent('keydown', init), kind);
    expect(key({ key: 'Enter' }, 'comment')).toBe(true);
    expect(key({ key: 'Enter', shiftKey: true }, 'comment')).toBe(false);
    expect(key({ key: 'Enter', isComposing: true }, 'comment')).toBe(false);
    expect(key({ key: 'Enter' }, 'post')).toBe(false);
    expect(key({ key: 'Enter', ctrlKey: true }, 'post')).toBe(true);
  });
});
