/**
 * The content script of one site: finds and follows every compose box (each sends its draft to the
 * background to be linted), detects publishing, and applies settings changes at once. It holds
 * neither the lint core nor the history, and nothing is awaited before the first scan: the site
 * setting is read meanwhile, and badges go on the page once it says the site is on. Everything is
 * tied to the content script context, so a reloaded extension leaves nothing behind.
 */
import type { ContentScriptContext } from '#imports';
import type { RuleInfo } from '../history/messages';
import { tabStateDraft } from '../history/tab-state-draft';
import type { SiteAdapter } from '../sites/types';
import { askBackground, sendToBackground, TabStateReporter } from './background-link';
import { BADGE_TAG } from './badge-dom';
import { BadgeLayout } from './badge-layout';
import { ComposeBox } from './compose-box';
import { DraftSession } from './draft-session';
import { watchComposeBoxes } from './find-compose-boxes';
import { createLintClient } from './lint-client';
import { publishedPost } from './publish-snapshot';
import { listenForPageCommands } from './page-commands';
import { watchPublishing } from './publish-watch';
import { guard, reportError } from './report-error';
import { followSettings, readSiteOn } from './site-settings';
import { TurnedOffRules } from './turned-off-rules';

/** How often in a row a "paused" answer that storage contradicts is checked again. */
const MAX_PAUSE_RECHECKS = 3;
const PAUSE_RECHECK_DELAY_MS = 200;

/**
 * Starts PostLint on this page for `adapter`'s site. Ready (the first scan done: every compose box
 * is followed) before it first waits; resolves once the site setting is read too (badges shown, or
 * none when the site is paused).
 */
export async function startPostLint(ctx: ContentScriptContext, adapter: SiteAdapter, doc: Document = document): Promise<void> {
  const startedAt = performance.now();
  const { signal } = ctx;
  if (signal.aborted) return;
  /** Whether PostLint runs on this site: null until the stored setting is read. */
  let siteOn: boolean | null = null;
  const paused = () => siteOn === false;
  const layout = new BadgeLayout(doc, signal);
  const reporter = new TabStateReporter(adapter.platform, signal);
  const boxes = new Map<HTMLElement, ComposeBox>();
  const rules = new Map<string, RuleInfo>();
  let activeBox: ComposeBox | null = null;
  /** Each editor's draft session, kept while the editor lives: pausing and resuming keep "ignore for this post". */
  const sessions = new WeakMap<HTMLElement, DraftSession>();
  const redrawAll = () => {
    for (const box of boxes.values()) box.showAgain();
  };
  const turnedOff = new TurnedOffRules(redrawAll);
  signal.addEventListener('abort', () => turnedOff.clear(), { once: true });
  let pauseRechecks = 0;
  let pauseRecheckPending = false;

  /** Tells the popup about the active box's draft, as the box shows it now. */
  const reportDraft = (box: ComposeBox) => {
    if (box !== activeBox) return;
    const { text, kind, shown } = box.result;
    reporter.update({ draft: tabStateDraft(text, kind, shown) });
  };
  const drop = (box: ComposeBox) => {
    box.dispose();
    boxes.delete(box.editor);
    if (activeBox !== box) return;
    activeBox = null;
    reporter.update({ draft: null });
  };
  /** The site setting is known or changed: paused, badges and highlights go and nothing is linted. */
  const setSiteOn = (on: boolean) => {
    if (on === siteOn) return;
    const first = siteOn === null;
    siteOn = on;
    if (!on) for (const box of [...boxes.values()]) drop(box);
    // Known for the first time: the boxes were found already (a draft the background answered
    // "paused" for in the meantime asks again). Resumed: find the boxes again.
    else if (first) for (const box of boxes.values()) box.reveal();
    else finder.scan();
    layout.schedule();
    if (!first) reporter.update(on ? { paused: false } : { paused: true, draft: null });
  };

  const deps = {
    doc,
    adapter,
    layout,
    client: createLintClient(signal),
    rules,
    revealed: () => siteOn === true,
    isActive: (box: ComposeBox) => box === activeBox,
    onActive: (box: ComposeBox) => {
      if (activeBox === box) return;
      activeBox = box;
      reportDraft(box);
    },
    onRendered: (box: ComposeBox, reported: boolean) => {
      if (!reported) reportDraft(box);
      pauseRechecks = 0;
    },
    onPausedAnswer: () => {
      // The background's view of the settings says paused. Storage decides: a paused site drops
      // its badges; otherwise the two views crossed mid-change, and the boxes ask again shortly.
      // (Before the setting is read, that read decides.)
      if (pauseRecheckPending || siteOn !== true) return;
      pauseRecheckPending = true;
      void readSiteOn(adapter.platform).then((storedOn) => {
        pauseRecheckPending = false;
        if (signal.aborted) return;
        if (!storedOn) return setSiteOn(false);
        if (pauseRechecks++ >= MAX_PAUSE_RECHECKS) return;
        ctx.setTimeout(() => {
          for (const box of boxes.values()) box.refresh();
        }, PAUSE_RECHECK_DELAY_MS);
      });
    },
    sessionFor(editor: HTMLElement): DraftSession {
      let session = sessions.get(editor);
      if (!session) sessions.set(editor, (session = new DraftSession()));
      return session;
    },
    turnedOff,
    turnRuleOff(ruleId: string, name: string) {
      turnedOff.add(ruleId, name);
      redrawAll();
      void askBackground({ type: 'postlint:rule-off', ruleId }).then((answer) => {
        if (answer && 'undo' in answer) turnedOff.offerUndo(answer.undo);
        else turnedOff.drop(ruleId);
        redrawAll();
      });
    },
    undoTurnOff(ruleId: string) {
      const undo = turnedOff.takeBack(ruleId);
      redrawAll();
      if (undo) void sendToBackground({ type: 'postlint:rule-restore', undo }, 2);
    },
    openRuleSettings: (ruleId: string) => void sendToBackground({ type: 'postlint:open-options', hash: `rule-${ruleId}` }),
  };

  const finder = watchComposeBoxes(doc, adapter, signal, {
    found(editor) {
      if (!paused() && !boxes.has(editor)) boxes.set(editor, new ComposeBox(editor, deps));
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

  listenForPageCommands(doc, signal, {
    target() {
      if (!siteOn) return null;
      const focused = doc.activeElement;
      for (const box of boxes.values()) if (focused && (box.editor === focused || box.editor.contains(focused))) return box;
      if (activeBox && boxes.get(activeBox.editor) === activeBox) return activeBox;
      return [...boxes.values()].find((box) => box.editor.getClientRects().length > 0) ?? null;
    },
  });

  watchPublishing({
    doc,
    adapter,
    signal,
    boxes: () => boxes.values(),
    active: () => siteOn === true,
    published(box, snapshot) {
      // The record uses the result the box received for this text, or asks for one now. One id per
      // publish: if the worker stopped after writing but before answering, the retry lands once.
      const publishId = crypto.randomUUID();
      void publishedPost(snapshot, (text, kind) => box.lintForPublish(text, kind))
        .then((post) => sendToBackground({ type: 'postlint:publish', post, publishId }, 3))
        .catch((error: unknown) => reportError('recording a publish', error));
      if (boxes.get(box.editor) === box) box.published();
    },
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
  const readyMs = Math.round((performance.now() - startedAt) * 100) / 100;

  // Any settings change: the site may be paused or back on; otherwise the rules changed, so every
  // box lints again (the background applies the new settings to the next lint).
  const onSettingsChange = (on: boolean) => {
    if (siteOn !== null && on !== siteOn) setSiteOn(on);
    else for (const box of boxes.values()) box.refresh();
  };
  const on = await followSettings(adapter.platform, signal, onSettingsChange);
  if (signal.aborted) return;
  setSiteOn(on);
  reporter.update({ paused: !on, draft: null, readyMs });
}
