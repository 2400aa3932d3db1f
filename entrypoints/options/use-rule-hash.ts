/**
 * `#rule-<id>` in the address (the compose box's "turn this rule off" links here): scroll that
 * rule's card into view, highlight it for a moment and put the focus on its switch.
 */
import { useEffect } from 'react';

const HIGHLIGHT_MS = 2000;

/** Focuses the rule named by the hash once `ready`, and again whenever the hash changes. */
export function useRuleHash(ready: boolean, win: Window = window): void {
  useEffect(() => {
    if (!ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = () => {
      const match = /^#rule-(.+)$/.exec(win.location.hash);
      if (!match) return;
      const card = win.document.getElementById(`rule-${decodeURIComponent(match[1])}`);
      if (!card) return;
      card.scrollIntoView?.({ block: 'center' });
      card.classList.add('highlight');
      clearTimeout(timer);
      timer = setTimeout(() => card.classList.remove('highlight'), HIGHLIGHT_MS);
      card.querySelector<HTMLElement>('[role="switch"]')?.focus({ preventScroll: true });
    };
    show();
    win.addEventListener('hashchange', show);
    return () => {
      win.removeEventListener('hashchange', show);
      clearTimeout(timer);
    };
  }, [ready, win]);
}
