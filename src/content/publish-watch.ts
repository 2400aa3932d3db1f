/**
 * Detects publishing: a capture-phase click on an enabled publish control, or the site's publish
 * key in an editor. The text is captured at that instant; the post is recorded only once the site
 * confirms it went out (editor emptied or gone, composer closed, or the site's toast), within a
 * bounded wait. A box has at most one publish in flight: a second attempt (a click and a key press
 * for the same post) only refreshes the captured text, so one publish makes one history entry.
 */
import type { Kind } from '../lint/types';
import { isDisabledControl } from '../sites/dom';
import type { SiteAdapter } from '../sites/types';
import { PUBLISH_CONFIRM_TIMEOUT_MS } from './constants';
import type { PostSnapshot } from './publish-snapshot';
import { guard } from './report-error';

/** What publish detection needs from a compose box. */
export interface PublishableBox {
  readonly editor: HTMLElement;
  readonly kind: Kind;
  /** The post as it is now, or null when empty. */
  snapshot(): PostSnapshot | null;
}

export interface PublishWatchDeps<Box extends PublishableBox> {
  doc: Document;
  adapter: SiteAdapter;
  signal: AbortSignal;
  /** The boxes currently followed. */
  boxes(): Iterable<Box>;
  /** False while PostLint is paused on this site. */
  active(): boolean;
  /** A publish was confirmed. */
  published(box: Box, post: PostSnapshot): void;
}

/** Starts detecting publishes until `deps.signal` aborts. */
export function watchPublishing<Box extends PublishableBox>(deps: PublishWatchDeps<Box>): void {
  const { doc, adapter, signal } = deps;
  /** The post captured for each box with a publish awaiting confirmation. */
  const inFlight = new Map<Box, { post: PostSnapshot }>();

  /** The boxes in the nearest ancestor of `from` that contains any followed box, and that ancestor. */
  function composerAround(from: Element): { scope: Element; boxes: Box[] } | null {
    for (let el: Element | null = from; el && el !== doc.documentElement; el = el.parentElement) {
      const inside = [...deps.boxes()].filter((box) => el.contains(box.editor));
      if (inside.length) return { scope: el, boxes: inside };
    }
    return null;
  }

  function attempt(boxes: Box[], scope: Element): void {
    for (const box of boxes) {
      const post = box.snapshot();
      const pending = inFlight.get(box);
      if (pending) {
        // Still the same publish (e.g. Enter picked a mention first); keep the newest text.
        if (post) pending.post = post;
        continue;
      }
      if (!post) continue;
      const captured = { post };
      inFlight.set(box, captured);
      void confirmation(box, scope, () => captured.post.text).then((confirmed) => {
        inFlight.delete(box);
        if (confirmed && !signal.aborted) deps.published(box, captured.post);
      });
    }
  }

  function confirmation(box: Box, scope: Element, capturedText: () => string): Promise<boolean> {
    const isConfirmed = () => {
      if (!box.editor.isConnected || !scope.isConnected) return true;
      const now = adapter.readText(box.editor).text;
      if (!now.trim()) return true;
      return Boolean(adapter.confirmationSelector && now !== capturedText() && doc.querySelector(adapter.confirmationSelector));
    };
    return new Promise((resolve) => {
      let checkQueued = false;
      const finish = (confirmed: boolean) => {
        observer.disconnect();
        clearTimeout(timeout);
        signal.removeEventListener('abort', onAbort);
        resolve(confirmed);
      };
      const check = guard('confirming a publish', () => {
        checkQueued = false;
        if (isConfirmed()) finish(true);
      });
      const observer = new MutationObserver(() => {
        if (checkQueued) return;
        checkQueued = true;
        queueMicrotask(check);
      });
      observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
      const timeout = setTimeout(() => finish(false), PUBLISH_CONFIRM_TIMEOUT_MS);
      const onAbort = () => finish(false);
      signal.addEventListener('abort', onAbort, { once: true });
      // The site may already have emptied the editor in its own click handler.
      setTimeout(check, 0);
    });
  }

  doc.addEventListener(
    'click',
    guard('detecting a publish click', (event: MouseEvent) => {
      if (!deps.active() || !(event.target instanceof Element)) return;
      const control = adapter.publishControlAt(event.target);
      if (!control || isDisabledControl(control)) return;
      const composer = composerAround(control);
      if (composer) attempt(composer.boxes, composer.scope);
    }),
    { capture: true, signal },
  );

  doc.addEventListener(
    'keydown',
    guard('detecting a publish key', (event: KeyboardEvent) => {
      // Every publish key involves Enter; other keys (each keystroke of typing) stop here.
      if (event.key !== 'Enter' || !deps.active() || !(event.target instanceof Element)) return;
      const box = [...deps.boxes()].find((b) => b.editor === event.target || b.editor.contains(event.target as Node));
      if (!box || !adapter.isPublishKey(event, box.kind)) return;
      if (box.kind === 'comment') return attempt([box], box.editor);
      // A post composer publishes through its control: find it, skip if the site has it disabled.
      for (let el = box.editor.parentElement; el && el !== doc.documentElement; el = el.parentElement) {
        const controls = adapter.publishControlsIn(el);
        if (!controls.length) continue;
        if (controls.every(isDisabledControl)) return;
        const composer = composerAround(controls[0]);
        return attempt(composer?.boxes ?? [box], composer?.scope ?? box.editor);
      }
      attempt([box], box.editor);
    }),
    { capture: true, signal },
  );
}
