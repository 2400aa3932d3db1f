/**
 * Listens to one editor without touching it: edit events (passive, capture phase) and a
 * MutationObserver, because Draft.js and Lexical cancel the native edit of an IME commit, the emoji
 * picker or dictation and render the text themselves, so no `input` event follows. Nothing is
 * reported mid-composition: the text is not what the person means until `compositionend`.
 */
import { guard } from './report-error';

export interface EditorHandlers {
  /**
   * The draft may have changed (and no IME composition is running): time to lint soon. `settle`
   * is false for a key released: it asks for a lint but does not restart the quiet time (the
   * key's edit, if any, came at its keydown as DOM changes and input events).
   */
  changed(settle: boolean): void;
  /** The person edited (typed, pasted, committed a composition): for the composing time. */
  edited(): void;
  /** The editor's DOM changed: ranges into it may be stale. Also called mid-composition. */
  domChanged(): void;
  /** The person typed in or focused the editor. */
  active(): void;
}

/** `beforeinput` too: Draft.js and Lexical cancel it and render the edit themselves. */
const EDIT_EVENTS = ['beforeinput', 'input', 'keyup', 'paste', 'compositionstart', 'compositionend'] as const;

/** Follows `editor` until `signal` aborts. */
export function followEditor(editor: HTMLElement, signal: AbortSignal, handlers: EditorHandlers): void {
  let composing = false;
  const onEvent = guard('following the draft', (event: Event) => {
    if (event.type === 'compositionstart') composing = true;
    if (event.type === 'compositionend') composing = false;
    if (composing || (event as { isComposing?: boolean }).isComposing) return;
    if (event.type === 'beforeinput' || event.type === 'input' || event.type === 'paste') handlers.edited();
    handlers.active();
    handlers.changed(event.type !== 'keyup');
  });
  for (const type of EDIT_EVENTS) editor.addEventListener(type, onEvent, { capture: true, passive: true, signal });
  editor.addEventListener('focus', guard('following focus', () => handlers.active()), { signal });

  const observer = new MutationObserver(
    guard('following the draft', () => {
      handlers.domChanged();
      if (!composing) handlers.changed(true);
    }),
  );
  observer.observe(editor, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
