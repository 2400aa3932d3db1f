/**
 * The ways into a compose box's popover besides its badge, and the popup's "ignore": messages
 * from the background (the `open-postlint` command, Alt+Shift+L; the popup's ignore-rule) and, in
 * case the browser does not deliver the command (a page that swallows it, a browser without
 * commands), the same key pressed in the page. Every other key passes untouched.
 */
import { browser } from '#imports';
import { isTabMessage } from '../history/message-guards';
import { guard } from './report-error';

/** What the page commands act on. */
export interface CommandTarget {
  /** The compose box the person is in (or was last), null when there is none. */
  target(): { openPopover(): void; setIgnored(ruleId: string, ignore: boolean): void } | null;
}

/** Alt+Shift+L by its physical key, so layouts and Shift's effect on the letter do not matter. */
export function isOpenShortcut(event: KeyboardEvent): boolean {
  return event.code === 'KeyL' && event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey;
}

/** Listens until `signal` aborts. */
export function listenForPageCommands(doc: Document, signal: AbortSignal, boxes: CommandTarget): void {
  const listener = (message: unknown, _sender: unknown, sendResponse?: (answer: unknown) => void) => {
    if (signal.aborted || !isTabMessage(message)) return undefined;
    let done = false;
    guard('following a command', () => {
      const box = boxes.target();
      if (!box) return;
      if (message.type === 'postlint:open-popover') box.openPopover();
      else box.setIgnored(message.ruleId, message.ignore);
      done = true;
    })();
    if (typeof sendResponse === 'function') sendResponse({ ok: done });
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });

  doc.addEventListener(
    'keydown',
    guard('following the shortcut', (event: KeyboardEvent) => {
      if (!isOpenShortcut(event) || event.repeat) return;
      const box = boxes.target();
      if (!box) return;
      // Ours only when there is a box to open: otherwise the page keeps the key.
      event.preventDefault();
      event.stopPropagation();
      box.openPopover();
    }),
    { capture: true, signal },
  );
}
