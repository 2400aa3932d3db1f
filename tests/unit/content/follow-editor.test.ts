import { afterEach, describe, expect, it, vi } from 'vitest';
import { EDIT_RENDER_WINDOW_MS, followEditor } from '../../../src/content/follow-editor';

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
    expect(handlers.changed).toHaveBeenLastCalledWith(false, expect.any(Number)); // asks, without restarting the quiet time
    editor.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: 'x' }));
    expect(handlers.changed).toHaveBeenLastCalledWith(true, expect.any(Number));
    editor.dispatchEvent(new Event('paste'));
    expect(handlers.edited).toHaveBeenCalledTimes(2);
    expect(handlers.active).toHaveBeenCalled();
  });

  it('counts the quiet time from the key press, not from the site drawing its edit a moment later', async () => {
    const clock = vi.spyOn(performance, 'now').mockReturnValue(1000);
    const { editor, handlers } = setup();
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: '!' }));
    expect(handlers.changed).not.toHaveBeenCalled(); // a key alone changes nothing
    clock.mockReturnValue(1002);
    editor.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: '!' }));
    expect(handlers.changed).toHaveBeenLastCalledWith(true, 1000);
    clock.mockReturnValue(1000 + EDIT_RENDER_WINDOW_MS - 5); // Draft.js writes the character
    editor.querySelector('span')!.textContent = 'hi!';
    await flush();
    expect(handlers.changed).toHaveBeenLastCalledWith(true, 1000);
    editor.dispatchEvent(new Event('input'));
    expect(handlers.changed).toHaveBeenLastCalledWith(true, 1000);
    clock.mockReturnValue(1300); // a change with no edit just before it
    editor.querySelector('span')!.textContent = 'hi! 🙂';
    await flush();
    expect(handlers.changed).toHaveBeenLastCalledWith(true, 1300);
    clock.mockReturnValue(2000); // pasted from the menu: no key press
    editor.dispatchEvent(new Event('paste'));
    expect(handlers.changed).toHaveBeenLastCalledWith(true, 2000);
    clock.mockRestore();
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
