/**
 * Finds every compose box of a site, including those that appear later (modals, reply boxes,
 * thread items, comment boxes) and after client-side navigation: one MutationObserver on the body
 * plus a capture-phase `focusin`, with scans batched to at most one per animation frame.
 */
import type { SiteAdapter } from '../sites/types';
import { guard } from './report-error';

export interface ComposeBoxFinderHandlers {
  /** An accepted editor was seen (may be called again for the same editor). */
  found(editor: HTMLElement): void;
  /** A full scan finished (time to drop boxes whose editor left the page). */
  scanned(): void;
  /** Mutations under these nodes do not warrant a scan (typing inside a known editor, our badges). */
  ignoreMutationsOf(node: Node): boolean;
}

export interface ComposeBoxFinder {
  /** Scans the whole document now. */
  scan(): void;
}

/** Starts watching `doc` for the adapter's editors until `signal` aborts. */
export function watchComposeBoxes(doc: Document, adapter: SiteAdapter, signal: AbortSignal, handlers: ComposeBoxFinderHandlers): ComposeBoxFinder {
  const accept = (el: Element | null): el is HTMLElement =>
    el instanceof HTMLElement &&
    // An editor inside another matched editor is part of it (a textarea in X's test-id wrapper).
    !el.parentElement?.closest(adapter.editorSelector) &&
    adapter.acceptEditor(el, doc.location);

  const scan = guard('finding compose boxes', () => {
    for (const el of doc.querySelectorAll(adapter.editorSelector)) if (accept(el)) handlers.found(el);
    handlers.scanned();
  });

  let frame: number | null = null;
  let fallback: ReturnType<typeof setTimeout> | null = null;
  const runScheduled = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    if (fallback !== null) clearTimeout(fallback);
    frame = fallback = null;
    if (!signal.aborted) scan();
  };
  const scheduleScan = () => {
    if (frame !== null || fallback !== null) return;
    frame = requestAnimationFrame(runScheduled);
    // Animation frames stop in background tabs; boxes opened there still get found.
    fallback = setTimeout(runScheduled, 250);
  };

  const relevant = (record: MutationRecord) =>
    !handlers.ignoreMutationsOf(record.target) &&
    [...record.addedNodes, ...record.removedNodes].some((n) => n.nodeType === Node.ELEMENT_NODE && !handlers.ignoreMutationsOf(n));
  const observer = new MutationObserver(
    guard('watching the page', (records: MutationRecord[]) => {
      if (records.some(relevant)) scheduleScan();
    }),
  );
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });

  // Focus is the earliest sure sign of a box the person is about to type in.
  doc.addEventListener(
    'focusin',
    guard('following focus', (event: FocusEvent) => {
      const target = event.target instanceof Element ? event.target.closest(adapter.editorSelector) : null;
      if (accept(target)) handlers.found(target);
    }),
    { capture: true, signal },
  );

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      runScheduled();
    },
    { once: true },
  );
  return { scan };
}
