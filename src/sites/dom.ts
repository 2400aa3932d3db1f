/** Small DOM helpers shared by the site adapters (site-neutral; the selectors stay in each adapter). */

/** True when a control is switched off the way sites do it: `disabled` or `aria-disabled="true"`. */
export function isDisabledControl(el: Element): boolean {
  return el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true';
}

/**
 * True for boxes PostLint must leave alone whatever site it is on: search fields, comboboxes
 * (mention and hashtag pickers type into those) and editors the page marked read-only.
 */
export function isNeverLinted(editor: HTMLElement): boolean {
  const role = editor.getAttribute('role');
  if (role === 'combobox' || role === 'searchbox') return true;
  if (editor instanceof HTMLInputElement) return true;
  if (editor.closest('[role="search"], form[role="search"]')) return true;
  if (editor instanceof HTMLTextAreaElement) return editor.readOnly || editor.disabled;
  return !editor.isContentEditable && editor.getAttribute('contenteditable') !== 'true';
}

/** The trimmed text of a control, for the few controls only recognisable by their label. */
export function controlText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** True for Ctrl+Enter or Cmd+Enter, the shortcut all three sites accept for posting. */
export function isModEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey;
}

/** True while an input method (IME) is composing: Enter then confirms the composition, it never posts. */
export function isComposingKey(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}

/** `querySelectorAll` as an array of HTML elements, including `root` itself when it matches. */
export function queryAllIncludingSelf(root: Element | Document, selector: string): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(selector)];
  if (root instanceof HTMLElement && root.matches(selector)) found.unshift(root);
  return found;
}

/**
 * The publish control nearest to `editor`: the first of `controlsIn(ancestor)` for the closest
 * ancestor holding any (the composer's own control, not another composer's further out).
 */
export function nearestControl(editor: HTMLElement, controlsIn: (container: Element) => HTMLElement[]): HTMLElement | null {
  for (let el = editor.parentElement; el && el !== editor.ownerDocument.body; el = el.parentElement) {
    const found = controlsIn(el);
    if (found.length) return found[0];
  }
  return null;
}
