/**
 * The content script of one site: loads the lint inputs, finds and follows every compose box,
 * detects publishing, and applies settings changes at once. Everything is tied to the content
 * script context, so a reloaded extension leaves nothing behind.
 */
import type { ContentScriptContext } from '#imports';
import type { SiteAdapter } from '../sites/types';
import { sendToBackground, TabStateReporter } from './background-link';
import { BADGE_TAG } from './badge-dom';
import { BadgeLayout } from './badge-layout';
import { ComposeBox } from './compose-box';
import { watchComposeBoxes } from './find-compose-boxes';
import { warmUpWhenIdle } from './lint-draft';
import { loadLintInputs } from './lint-inputs';
import { watchPublishing } from './publish-watch';
import { guard } from './report-error';

/** Starts PostLint on this page for `adapter`'s site; resolves once ready (first scan done). */
export async function startPostLint(ctx: ContentScriptContext, adapter: SiteAdapter, doc: Document = document): Promise<void> {
  const startedAt = performance.now();
  const { signal } = ctx;
  const inputs = await loadLintInputs(signal);
  if (signal.aborted) return;
  const layout = new BadgeLayout(doc, signal);
  const reporter = new TabStateReporter(adapter.platform, signal);
  const boxes = new Map<HTMLElement, ComposeBox>();
  const isPaused = () => !inputs.current.settings.sites[adapter.platform];
  let activeBox: ComposeBox | null = null;

  const reportDraft = (box: ComposeBox) => {
    if (box !== activeBox) return;
    const { text, shown } = box.result;
    const diagnostics = shown.map(({ ruleId, severity, message }) => ({ ruleId, severity, message }));
    reporter.update({ draft: text.trim() ? { kind: box.kind, textLength: text.length, diagnostics } : null });
  };
  const deps = {
    doc,
    adapter,
    inputs,
    layout,
    onActive: (box: ComposeBox) => {
      if (activeBox === box) return;
      activeBox = box;
      reportDraft(box);
    },
    onRendered: reportDraft,
  };
  const drop = (box: ComposeBox) => {
    box.dispose();
    boxes.delete(box.editor);
    if (activeBox !== box) return;
    activeBox = null;
    reporter.update({ draft: null });
  };

  const finder = watchComposeBoxes(doc, adapter, signal, {
    found(editor) {
      if (!isPaused() && !boxes.has(editor)) boxes.set(editor, new ComposeBox(editor, deps));
    },
    scanned() {
      for (const box of [...boxes.values()]) {
        if (box.editor.isConnected) box.mount();
        else drop(box);
      }
    },
    ignoreMutationsOf: (node) => {
      const el = node instanceof Element ? node : node.parentElement;
      if (!el) return false;
      if (el.localName === BADGE_TAG) return true;
      for (const editor of boxes.keys()) if (editor.contains(el)) return true;
      return false;
    },
  });

  watchPublishing({
    doc,
    adapter,
    signal,
    boxes: () => boxes.values(),
    active: () => !isPaused(),
    published(box, post) {
      void sendToBackground({ type: 'postlint:publish', post }, 3);
      if (boxes.get(box.editor) === box) box.published();
    },
  });

  inputs.onChange((next, previous) => {
    const pausedNow = !next.settings.sites[adapter.platform];
    if (pausedNow !== !previous.settings.sites[adapter.platform]) {
      // Paused: badges and highlights go, nothing is linted. Resumed: find the boxes again.
      if (pausedNow) for (const box of [...boxes.values()]) drop(box);
      else finder.scan();
      reporter.update({ paused: pausedNow });
      return;
    }
    for (const box of boxes.values()) box.refresh();
    if (next.history !== previous.history) warmUpWhenIdle(adapter.platform, () => inputs.current, signal);
  });

  ctx.addEventListener(
    doc.defaultView ?? window,
    'wxt:locationchange',
    guard('following navigation', () => {
      finder.scan();
      for (const box of boxes.values()) box.updateKind();
    }),
  );
  signal.addEventListener('abort', () => [...boxes.values()].forEach(drop), { once: true });

  finder.scan();
  reporter.update({ paused: isPaused(), readyMs: Math.round((performance.now() - startedAt) * 100) / 100 }, true);
  if (!isPaused()) warmUpWhenIdle(adapter.platform, () => inputs.current, signal);
}
