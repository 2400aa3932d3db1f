import { afterEach, describe, expect, it, vi } from 'vitest';
import { followEditor } from '../../../src/content/follow-editor';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup() {
  document.body.innerHTML = '<div contenteditable="true"><p><span>hi</span></p></div>';
  const editor = document.body.firstElementChild as HTMLElement;
  const handlers = { changed: vi.fn(), edited: vi.fn(), domChanged: vi.fn(), active: vi.fn() };
  const abort = new AbortController();
  followEditor(editor, abort.signal, handlers);
  return { editor, handlers, abort };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('followEditor', () => {
  it('sees an edit the framework rendered itself (beforeinput cancelled, no input event)', async () => {
    const { editor, handlers } = setup();
    editor.querySelector('span')!.textContent = 'hi 🙂'; // what Lexical or Draft.js does after cancelling
    await flush();
    expect(handlers.domChanged).toHaveBeenCalled();
    expect(handlers.changed).toHaveBeenCalled();
  });

  it('counts beforeinput, input and paste as edits; keyup only asks for a lint', () => {
    const { editor, handlers } = setup();
    editor.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowLeft' }));
    expect(handlers.edited).not.toHaveBeenCalled();
    expect(handlers.changed).toHaveBeenCalledTimes(1);
    expect(handlers.changed).toHaveBeenLastCalledWith(false); // asks, without restarting the quiet time
    editor.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: 'x' }));
    expect(handlers.changed).toHaveBeenLastCalledWith(true);
    editor.dispatchEvent(new Event('paste'));
    expect(handlers.edited).toHaveBeenCalledTimes(2);
    expect(handlers.active).toHaveBeenCalled();
  });

  it('waits for the end of an IME composition, but drops stale ranges at once', async () => {
    const { editor, handlers } = setup();
    editor.dispatchEvent(new CompositionEvent('compositionstart'));
    editor.querySelector('span')!.textContent = 'hi に';
    editor.dispatchEvent(new InputEvent('input', { isComposing: true }));
    await flush();
    expect(handlers.domChanged).toHaveBeenCalled();
    expect(handlers.changed).not.toHaveBeenCalled();
    editor.dispatchEvent(new CompositionEvent('compositionend'));
    expect(handlers.changed).toHaveBeenCalledTimes(1);
  });

  it('stops when the signal aborts', async () => {
    const { editor, handlers, abort } = setup();
    abort.abort();
    editor.querySelector('span')!.textContent = 'bye';
    editor.dispatchEvent(new Event('input'));
    await flush();
    expect(handlers.changed).not.toHaveBeenCalled();
  });
});
