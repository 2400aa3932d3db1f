import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LINT_DEBOUNCE_MS } from '../../../src/content/constants';
import { startPostLint } from '../../../src/content/start-postlint';
import { handlePostLintMessage, type BackgroundServices } from '../../../src/history/background-handlers';
import { storedHistory } from '../history/stored-history';
import { createLintService } from '../../../src/history/lint-service';
import { isPostLintMessage, LINT_PORT_NAME, type LintPortRequest, type LintRequest, type PostLintMessage } from '../../../src/history/messages';
import { createTabStates, readTabState } from '../../../src/history/tab-state';
import { createHistoryWriter } from '../../../src/history/writer';
import type { Draft, LintContext } from '../../../src/lint/types';
import { facebookAdapter } from '../../../src/sites/facebook';
import { xAdapter } from '../../../src/sites/x';
import { setSiteEnabled, settingsItem } from '../../../src/storage/settings';
import { fakePortPair, type FakePort } from './fake-port';

// A predictable stand-in for the rules (they are tested on their own): flags "BUY NOW", and a
// repeat of a post already in the history. The background's lint service runs it.
vi.mock('../../../src/lint/lint', () => ({
  lint: (draft: Draft, context: LintContext) => [
    ...(draft.text.includes('BUY NOW') ? [{ ruleId: 'ad-tone', severity: 'warning', message: 'Reads like an ad', spans: [{ start: draft.text.indexOf('BUY NOW'), end: draft.text.indexOf('BUY NOW') + 7 }] }] : []),
    ...(context.history.some((p) => p.text === draft.text) ? [{ ruleId: 'duplicate-promotion', severity: 'warning', message: 'Posted before', spans: [] }] : []),
    ...(draft.kind === 'comment' ? [{ ruleId: 'kind-check', severity: 'info', message: 'a comment', spans: [] }] : []),
  ],
}));

const settle = (ms = LINT_DEBOUNCE_MS + 60) => new Promise((resolve) => setTimeout(resolve, ms));
const badges = () => [...document.querySelectorAll<HTMLElement>('postlint-badge')];
/** The first badge's count, rules and render sequence number. */
const shown = () => {
  const host = badges()[0];
  return { count: host.getAttribute('data-postlint-count'), rules: host.getAttribute('data-postlint-rules'), seq: host.getAttribute('data-postlint-seq') };
};

/** Types like Draft.js does: the text node changes, then an input event fires on the editable. */
function typeInto(editor: HTMLElement, text: string): void {
  editor.querySelector('[data-text]')!.textContent = text;
  editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
}

const xComposer = (testid: string) => `
  <div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="${testid}">
    <div data-contents="true"><div data-block="true"><div><span><span data-text="true"></span></span></div></div></div>
  </div></div>`;

/**
 * The background, as the service worker wires it: lint requests on a port, the rest as messages.
 * `intercept` may answer a message itself (a value, or a promise of one; a rejected promise stands
 * for a worker that was stopped: the port closes) before the real handlers see it; undefined
 * passes it on.
 */
let intercept: (message: PostLintMessage) => unknown = () => undefined;
const lintRequests: LintRequest[] = [];
const ports: FakePort[] = [];
let ctx: ContentScriptContext;
let background: BackgroundServices;
beforeEach(() => {
  intercept = () => undefined;
  lintRequests.length = 0;
  ports.length = 0;
  const linter = createLintService({ rewarmDelayMs: -1 });
  const writer = createHistoryWriter({ onAccepted: (record) => linter.historyAccepted(record) });
  background = { writer, linter, tabs: createTabStates() };
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    if (!isPostLintMessage(message)) return undefined;
    return intercept(message) ?? handlePostLintMessage(message, { tab: { id: 1 } }, background);
  });
  vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(((info: { name?: string }) => {
    const [contentEnd, backgroundEnd] = fakePortPair(info.name ?? '', { tab: { id: 1 } });
    ports.push(contentEnd);
    backgroundEnd.onMessage.addListener((message: LintPortRequest) => {
      lintRequests.push(message.request);
      void Promise.resolve(intercept(message.request) ?? handlePostLintMessage(message.request, { tab: { id: 1 } }, background)).then(
        (answer) => backgroundEnd.connected && backgroundEnd.postMessage({ id: message.id, answer }),
        () => backgroundEnd.disconnect(),
      );
    });
    return contentEnd;
  }) as never);
  ctx = new ContentScriptContext('test');
});
afterEach(async () => {
  ctx.notifyInvalidated();
  document.body.innerHTML = '';
  await settle(150); // let messages already sent land before the fake browser is reset
  background.linter.dispose();
  vi.restoreAllMocks();
});

describe('startPostLint on X', () => {
  beforeEach(() => {
    document.body.innerHTML = `<main><div id="composer">${xComposer('tweetTextarea_0')}<button data-testid="tweetButtonInline">Post</button></div>
      <input type="search" aria-label="Search"></main>`;
  });
  const editor = () => document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;

  it('puts a quiet badge beside the box at start, and reports readiness without reading the history', async () => {
    const localGet = vi.spyOn(fakeBrowser.storage.local, 'get');
    await startPostLint(ctx, xAdapter);
    expect(localGet).not.toHaveBeenCalled();
    expect(badges()).toHaveLength(1);
    const [host] = badges();
    expect(editor().closest('.DraftEditor-root')!.nextElementSibling).toBe(host);
    expect(host.dataset).toMatchObject({ postlintCount: '0', postlintSeverity: 'none', postlintPlatform: 'x', postlintKind: 'post', postlintSeq: '1' });
    await settle(200);
    const state = await readTabState(1);
    expect(state).toMatchObject({ platform: 'x', paused: false, draft: null });
    expect(state!.readyMs).toBeGreaterThanOrEqual(0);
  });

  it('is ready before the site setting is read; the badge goes on the page once it says on', async () => {
    const started = startPostLint(ctx, xAdapter);
    // Ready: the first scan ran synchronously; the badge waits off the page for the setting.
    expect(badges()).toHaveLength(0);
    await started;
    expect(badges()).toHaveLength(1);
  });

  it('lints in the background after a pause in typing and shows the rule', async () => {
    await startPostLint(ctx, xAdapter);
    typeInto(editor(), 'BUY NOW and save');
    expect(badges()[0].dataset.postlintCount).toBe('0'); // debounced
    await settle();
    expect(lintRequests.map((r) => r.draft)).toEqual([{ text: 'BUY NOW and save', platform: 'x', kind: 'post' }]);
    expect(badges()[0].dataset).toMatchObject({ postlintCount: '1', postlintSeverity: 'warning', postlintRules: 'ad-tone', postlintSeq: '2' });
    expect(editor().querySelector('postlint-badge')).toBeNull();
  });

  it('a key released after the edit does not postpone the lint', async () => {
    await startPostLint(ctx, xAdapter);
    typeInto(editor(), 'BUY NOW');
    await settle(LINT_DEBOUNCE_MS - 50);
    editor().dispatchEvent(new KeyboardEvent('keyup', { key: 'W', bubbles: true }));
    await settle(80);
    expect(lintRequests).toHaveLength(1);
    expect(shown().rules).toBe('ad-tone');
  });

  it('counts the quiet time from the key press, not from the editor writing the text later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      await startPostLint(ctx, xAdapter);
      editor().dispatchEvent(new KeyboardEvent('keydown', { key: 'W', bubbles: true }));
      await vi.advanceTimersByTimeAsync(30); // Draft.js writes the character a moment after the key
      typeInto(editor(), 'BUY NOW');
      await vi.advanceTimersByTimeAsync(LINT_DEBOUNCE_MS - 31);
      expect(lintRequests).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(2);
      expect(lintRequests.map((r) => r.draft.text)).toEqual(['BUY NOW']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('lints text the editor rendered itself, with no input event (IME commit, emoji picker)', async () => {
    await startPostLint(ctx, xAdapter);
    editor().querySelector('[data-text]')!.textContent = 'BUY NOW';
    await settle();
    expect(badges()[0].dataset.postlintRules).toBe('ad-tone');
  });

  it('puts the draft the person works on in the tab state, for the popup', async () => {
    await startPostLint(ctx, xAdapter);
    typeInto(editor(), 'BUY NOW and save');
    await settle();
    expect(lintRequests.at(-1)).toMatchObject({ report: true, ignored: [] });
    await settle(50);
    expect(await readTabState(1)).toMatchObject({ draft: { kind: 'post', textLength: 16, diagnostics: [{ ruleId: 'ad-tone', severity: 'warning' }] } });
  });

  it('ignores an answer that a newer request overtook', async () => {
    await startPostLint(ctx, xAdapter);
    // The first answer takes long (a worker that was asleep); the second comes at once.
    intercept = (message) =>
      message.type === 'postlint:lint' && message.draft.text === 'BUY NOW slowly'
        ? settle(300).then(() => handlePostLintMessage(message, { tab: { id: 1 } }, background))
        : undefined;
    typeInto(editor(), 'BUY NOW slowly');
    await settle();
    typeInto(editor(), 'Hello');
    await settle();
    expect(shown()).toEqual({ count: '0', rules: '', seq: '2' });
    await settle(300); // the slow answer has arrived by now
    expect(shown()).toEqual({ count: '0', rules: '', seq: '2' });
  });

  it('sends a failed request once more', async () => {
    await startPostLint(ctx, xAdapter);
    let failures = 1;
    intercept = (message) => (message.type === 'postlint:lint' && failures-- > 0 ? Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')) : undefined);
    typeInto(editor(), 'BUY NOW');
    await settle(LINT_DEBOUNCE_MS + 200);
    expect(lintRequests).toHaveLength(2);
    expect(badges()[0].dataset.postlintRules).toBe('ad-tone');
    // The worker went away: the retry went out on a new port.
    expect(ports.map((p) => [p.name, p.connected])).toEqual([[LINT_PORT_NAME, false], [LINT_PORT_NAME, true]]);
  });

  it('keeps the badge as it was when the background does not answer, and never throws into the page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const pageErrors: unknown[] = [];
    const onError = (event: ErrorEvent) => pageErrors.push(event.error);
    const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      await startPostLint(ctx, xAdapter);
      typeInto(editor(), 'BUY NOW');
      await settle();
      expect(shown()).toEqual({ count: '1', rules: 'ad-tone', seq: '2' });

      let answers: unknown[] = [undefined, { ok: false, error: 'lint core failed' }];
      intercept = (message) => (message.type === 'postlint:lint' ? Promise.resolve(answers.shift() ?? { nonsense: true }) : undefined);
      typeInto(editor(), 'Hello');
      await settle(LINT_DEBOUNCE_MS + 250);
      expect(lintRequests).toHaveLength(3); // the first lint, then one request and its retry
      expect(shown()).toEqual({ count: '1', rules: 'ad-tone', seq: '2' });
      expect(warn).toHaveBeenCalledTimes(1);

      // Malformed answers count as failures too; once the background is back, the same text is linted.
      answers = [{ ok: true, diagnostics: 'none', rules: {} }];
      typeInto(editor(), 'Hello');
      await settle(LINT_DEBOUNCE_MS + 250);
      expect(shown()).toEqual({ count: '1', rules: 'ad-tone', seq: '2' });
      intercept = () => undefined;
      editor().dispatchEvent(new InputEvent('input', { bubbles: true }));
      await settle();
      expect(shown()).toEqual({ count: '0', rules: '', seq: '3' });
      expect(pageErrors).toEqual([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      warn.mockRestore();
    }
  });

  it('records one history entry per publish, even when key and click both fire', async () => {
    await startPostLint(ctx, xAdapter);
    typeInto(editor(), 'BUY NOW and save');
    await settle();
    editor().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')!.click();
    typeInto(editor(), ''); // X empties the composer once the post went out
    await settle(100);
    const history = (await storedHistory()) as { text: string; diagnostics: unknown[]; kind: string }[];
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ text: 'BUY NOW and save', kind: 'post', diagnostics: [{ ruleId: 'ad-tone', severity: 'warning' }] });
    // The background follows its own writes: the same promotion again is now a duplicate.
    typeInto(editor(), 'BUY NOW and save');
    await settle();
    expect(badges()[0].dataset.postlintRules).toBe('ad-tone duplicate-promotion');
  });

  it('records the diagnostics of a draft published before its lint came back', async () => {
    await startPostLint(ctx, xAdapter);
    typeInto(editor(), 'BUY NOW quickly');
    document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')!.click(); // within the debounce
    typeInto(editor(), '');
    await settle(100);
    expect(await storedHistory()).toMatchObject([{ text: 'BUY NOW quickly', diagnostics: [{ ruleId: 'ad-tone', severity: 'warning' }], heeded: false }]);
  });

  it('records nothing when the site never confirms, or the button is disabled', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await startPostLint(ctx, xAdapter);
      typeInto(editor(), 'Hello');
      const button = document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')!;
      button.setAttribute('aria-disabled', 'true');
      button.click();
      button.removeAttribute('aria-disabled');
      button.click(); // enabled, but the post never goes out
      await vi.advanceTimersByTimeAsync(11_000);
    } finally {
      vi.useRealTimers();
    }
    expect(await storedHistory()).toEqual([]);
  });

  it('finds boxes added later, and drops boxes whose editor left', async () => {
    await startPostLint(ctx, xAdapter);
    const modal = document.createElement('div');
    modal.setAttribute('aria-modal', 'true');
    modal.innerHTML = `<div>Replying to @ana</div>${xComposer('tweetTextarea_0')}`;
    document.body.append(modal);
    await settle(300);
    expect(badges().map((b) => b.dataset.postlintKind)).toEqual(['post', 'reply']);
    modal.remove();
    await settle(300);
    expect(badges()).toHaveLength(1);
  });

  it('lints again at once when the settings change', async () => {
    await startPostLint(ctx, xAdapter);
    typeInto(editor(), 'BUY NOW');
    await settle();
    expect(lintRequests).toHaveLength(1);
    await settingsItem.setValue({ rules: { shouting: { enabled: false } } });
    await settle(20);
    expect(lintRequests).toHaveLength(2);
    expect(shown()).toEqual({ count: '1', rules: 'ad-tone', seq: '3' });
  });

  it('pauses and resumes on the site setting, and turns a rule off from the popover', async () => {
    await startPostLint(ctx, xAdapter);
    await setSiteEnabled('x', false);
    expect(badges()).toHaveLength(0);
    await setSiteEnabled('x', true);
    expect(badges()).toHaveLength(1);
    typeInto(editor(), 'BUY NOW');
    await settle();
    const shadow = badges()[0].shadowRoot!;
    shadow.querySelector<HTMLButtonElement>('button.postlint-badge')!.click();
    const turnOff = [...shadow.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Turn this rule off ('))!;
    turnOff.click();
    expect(badges()[0].dataset.postlintCount).toBe('0');
    await settle(50);
    expect(await settingsItem.getValue()).toMatchObject({ rules: { 'ad-tone': { enabled: false } } });
  });

  it('asks again when the background says paused but the stored setting says on', async () => {
    await startPostLint(ctx, xAdapter);
    let pausedAnswers = 1;
    intercept = (message) => (message.type === 'postlint:lint' && pausedAnswers-- > 0 ? Promise.resolve({ ok: true, paused: true }) : undefined);
    typeInto(editor(), 'BUY NOW');
    await settle();
    expect(badges()).toHaveLength(1);
    await settle(300);
    expect(badges()[0].dataset.postlintRules).toBe('ad-tone');
  });

  it('"Ignore for this post" hides the rule until the box is emptied', async () => {
    await startPostLint(ctx, xAdapter);
    typeInto(editor(), 'BUY NOW');
    await settle();
    const shadow = badges()[0].shadowRoot!;
    shadow.querySelector<HTMLButtonElement>('button.postlint-badge')!.click();
    [...shadow.querySelectorAll('button')].find((b) => b.textContent === 'Ignore for this post')!.click();
    expect(badges()[0].dataset.postlintRules).toBe('');
    typeInto(editor(), 'BUY NOW, really');
    await settle();
    expect(badges()[0].dataset.postlintRules).toBe('');
    typeInto(editor(), '');
    await settle();
    typeInto(editor(), 'BUY NOW again');
    await settle();
    expect(badges()[0].dataset.postlintRules).toBe('ad-tone');
  });
});

describe('startPostLint: reversible actions', () => {
  beforeEach(() => {
    document.body.innerHTML = `<main><div id="composer">${xComposer('tweetTextarea_0')}<button data-testid="tweetButtonInline">Post</button></div></main>`;
  });
  const editor = () => document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
  const openPopover = () => {
    const shadow = badges()[0].shadowRoot!;
    shadow.querySelector<HTMLButtonElement>('button.postlint-badge')!.click();
    return shadow;
  };
  const buttonNamed = (shadow: ShadowRoot, text: RegExp) => [...shadow.querySelectorAll<HTMLButtonElement>('button')].find((b) => text.test(b.textContent ?? ''));

  it('"Turn this rule off" then Undo leaves the stored settings exactly as they were', async () => {
    const before = { sites: { x: true }, rules: { shouting: { enabled: false } } };
    await settingsItem.setValue(before);
    await startPostLint(ctx, xAdapter);
    typeInto(editor(), 'BUY NOW');
    await settle();
    let shadow = openPopover();
    buttonNamed(shadow, /^Turn this rule off \(/)!.click();
    await settle(50);
    expect(await settingsItem.getValue()).toMatchObject({ rules: { 'ad-tone': { enabled: false } } });
    shadow = badges()[0].shadowRoot!;
    const trace = shadow.querySelector<HTMLElement>('li.trace[data-trace="off"]')!;
    expect(trace.textContent).toContain('turned off everywhere');
    trace.querySelector<HTMLButtonElement>('button[data-action="undoOff"]')!.click();
    await settle();
    expect(await settingsItem.getValue()).toEqual(before);
    expect(badges()[0].dataset.postlintRules).toBe('ad-tone');
  });

  it('"Ignore for this post" leaves a trace whose Undo brings the item back, and both outlive a pause', async () => {
    await startPostLint(ctx, xAdapter);
    typeInto(editor(), 'BUY NOW');
    await settle();
    let shadow = openPopover();
    buttonNamed(shadow, /^Ignore for this post$/)!.click();
    expect(badges()[0].dataset.postlintRules).toBe('');
    expect(shadow.querySelector('li.trace[data-trace="ignored"]')?.textContent).toContain('ignored for this post');
    await setSiteEnabled('x', false);
    expect(badges()).toHaveLength(0);
    await setSiteEnabled('x', true);
    await settle();
    expect(badges()[0].dataset.postlintRules).toBe('');
    shadow = openPopover();
    shadow.querySelector<HTMLButtonElement>('li.trace button[data-action="undoIgnore"]')!.click();
    expect(badges()[0].dataset.postlintRules).toBe('ad-tone');
  });

  it('the popup\'s ignore-rule message ignores a rule in the box being written', async () => {
    await startPostLint(ctx, xAdapter);
    typeInto(editor(), 'BUY NOW');
    await settle();
    await fakeBrowser.runtime.sendMessage({ type: 'postlint:ignore-rule', ruleId: 'ad-tone', ignore: true });
    expect(badges()[0].dataset.postlintRules).toBe('');
    await fakeBrowser.runtime.sendMessage({ type: 'postlint:ignore-rule', ruleId: 'ad-tone', ignore: false });
    expect(badges()[0].dataset.postlintRules).toBe('ad-tone');
  });

  it('Alt+Shift+L opens the popover of the box; other keys pass to the page', async () => {
    await startPostLint(ctx, xAdapter);
    typeInto(editor(), 'BUY NOW');
    await settle();
    const pageKeys = vi.fn();
    window.addEventListener('keydown', pageKeys);
    editor().dispatchEvent(new KeyboardEvent('keydown', { key: 'l', code: 'KeyL', bubbles: true }));
    expect(pageKeys).toHaveBeenCalledOnce();
    editor().dispatchEvent(new KeyboardEvent('keydown', { key: 'L', code: 'KeyL', altKey: true, shiftKey: true, bubbles: true, cancelable: true }));
    expect(pageKeys).toHaveBeenCalledOnce();
    expect(badges()[0].shadowRoot!.querySelector<HTMLElement>('[role=dialog]')!.hidden).toBe(false);
    window.removeEventListener('keydown', pageKeys);
  });
});

describe('startPostLint on Facebook', () => {
  it('lints comment boxes as comments and records a comment posted with Enter', async () => {
    document.body.innerHTML = `<div role="article"><form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Write a comment…"><p><span data-text="true"></span></p></div></form></div>`;
    const editor = document.querySelector<HTMLElement>('[data-lexical-editor]')!;
    await startPostLint(ctx, facebookAdapter);
    typeInto(editor, 'Nice one');
    await settle();
    expect(badges()[0].dataset).toMatchObject({ postlintKind: 'comment', postlintRules: 'kind-check', postlintPlatform: 'facebook' });
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    typeInto(editor, '');
    await settle(100);
    expect(await storedHistory()).toMatchObject([{ text: 'Nice one', platform: 'facebook', kind: 'comment' }]);
  });

  it('starts paused when the site is off', async () => {
    await settingsItem.setValue({ sites: { facebook: false } });
    document.body.innerHTML = `<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true"></div></div>`;
    const started = startPostLint(ctx, facebookAdapter);
    expect(badges()).toHaveLength(0); // not even for a moment
    await started;
    expect(badges()).toHaveLength(0);
    await settle(200);
    expect(await readTabState(1)).toMatchObject({ platform: 'facebook', paused: true });
  });
});
