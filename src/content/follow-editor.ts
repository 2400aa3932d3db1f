/**
 * Listens to one editor without touching it: key presses and edit events (passive, capture phase)
 * and a MutationObserver, because Draft.js and Lexical cancel the native edit of an IME commit, the emoji
 * picker or dictation and render the text themselves, so no `input` event follows. Nothing is
 * reported mid-composition: the text is not what the person means until `compositionend`.
 *
 * The quiet time counts from the key press, not from the site drawing its edit: Draft.js writes a
 * character 3–20 ms after the keydown, and restarting the wait then would add that to every
 * keystroke-to-badge time. Changes with no edit just before them count from when they came.
 */
import { guard } from './report-error';

export interface EditorHandlers {
  /**
   * The draft may have changed (and no IME composition is running): time to lint soon. `settle`
   * is false for a key released: it asks for a lint but does not restart the quiet time (the
   * key's edit, if any, came at its keydown as DOM changes and input events). `since` is when the
   * quiet time starts (`performance.now()` time): the edit's event, or now.
   */
  changed(settle: boolean, since: number): void;
  /** The person edited (typed, pasted, committed a composition): for the composing time. */
  edited(): void;
  /** The editor's DOM changed: ranges into it may be stale. Also called mid-composition. */
  domChanged(): void;
  /** The person typed in or focused the editor. */
  active(): void;
}

/** `beforeinput` too: Draft.js and Lexical cancel it and render the edit themselves. */
const EDIT_EVENTS = ['beforeinput', 'input', 'keyup', 'paste', 'compositionstart', 'compositionend'] as const;
/** Edits that may come without a key press (the paste menu, an IME commit, dictation). */
const EDIT_STARTS = new Set(['beforeinput', 'paste', 'compositionend']);

/**
 * Events and DOM changes this soon after a key press belong to that key's edit: the site handles
 * the key, then the browser or the site writes the text (Draft.js on X: 3–20 ms after the keydown).
 */
export const EDIT_RENDER_WINDOW_MS = 50;

/** Follows `editor` until `signal` aborts. */
export function followEditor(editor: HTMLElement, signal: AbortSignal, handlers: EditorHandlers): void {
  let composing = false;
  /** When the latest edit started (performance.now), or -Infinity. */
  let startedAt = -Infinity;
  /** The quiet time of a change at `now`: from its edit's start if that was just now, else from now. */
  const quietSince = (now: number) => (now - startedAt <= EDIT_RENDER_WINDOW_MS ? startedAt : now);
  const onEvent = guard('following the draft', (event: Event) => {
    if (event.type === 'compositionstart') composing = true;
    if (event.type === 'compositionend') composing = false;
    if (composing || (event as { isComposing?: boolean }).isComposing) return;
    const now = performance.now();
    // A key starts a new edit; the beforeinput or paste of that key is part of it.
    if (event.type === 'keydown' || (EDIT_STARTS.has(event.type) && now - startedAt > EDIT_RENDER_WINDOW_MS)) startedAt = now;
    if (event.type === 'keydown') return; // what the key does shows as the events and changes below
    if (event.type === 'beforeinput' || event.type === 'input' || event.type === 'paste') handlers.edited();
    handlers.active();
    handlers.changed(event.type !== 'keyup', quietSince(now));
  });
  for (const type of [...EDIT_EVENTS, 'keydown']) editor.addEventListener(type, onEvent, { capture: true, passive: true, signal });
  editor.addEventListener('focus', guard('following focus', () => handlers.active()), { signal });

  const observer = new MutationObserver(
    guard('following the draft', () => {
      handlers.domChanged();
      if (!composing) handlers.changed(true, quietSince(performance.now()));
    }),
  );
  observer.observe(editor, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
