import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LINT_DEBOUNCE_MS } from '../../../src/content/constants';
import { startPostLint } from '../../../src/content/start-postlint';
import { handlePostLintMessage } from '../../../src/history/background-handlers';
import { historyItem } from '../../../src/history/items';
import type { PostLintMessage } from '../../../src/history/messages';
import { readTabState } from '../../../src/history/tab-state';
import { createHistoryWriter } from '../../../src/history/writer';
import type { Draft, LintContext } from '../../../src/lint/types';
import { facebookAdapter } from '../../../src/sites/facebook';
import { xAdapter } from '../../../src/sites/x';
import { setSiteEnabled, settingsItem } from '../../../src/storage/settings';

// A predictable stand-in for the rules (they are tested on their own): flags "BUY NOW", and a
// repeat of a post already in the history.
vi.mock('../../../src/lint/lint', () => ({
  lint: (draft: Draft, context: LintContext) => [
    ...(draft.text.includes('BUY NOW') ? [{ ruleId: 'ad-tone', severity: 'warning', message: 'Reads like an ad', spans: [{ start: draft.text.indexOf('BUY NOW'), end: draft.text.indexOf('BUY NOW') + 7 }] }] : []),
    ...(context.history.some((p) => p.text === draft.text) ? [{ ruleId: 'duplicate-promotion', severity: 'warning', message: 'Posted before', spans: [] }] : []),
    ...(draft.kind === 'comment' ? [{ ruleId: 'kind-check', severity: 'info', message: 'a comment', spans: [] }] : []),
  ],
}));

const settle = (ms = LINT_DEBOUNCE_MS + 60) => new Promise((resolve) => setTimeout(resolve, ms));
const badges = () => [...document.querySelectorAll<HTMLElement>('postlint-badge')];

/** Types like Draft.js does: the text node changes, then an input event fires on the editable. */
function typeInto(editor: HTMLElement, text: string): void {
  editor.querySelector('[data-text]')!.textContent = text;
  editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
}

const xComposer = (testid: string) => `
  <div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="${testid}">
    <div data-contents="true"><div data-block="true"><div><span><span data-text="true"></span></span></div></div></div>
  </div></div>`;

let ctx: ContentScriptContext;
let writer: ReturnType<typeof createHistoryWriter>;
beforeEach(() => {
  writer = createHistoryWriter();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => handlePostLintMessage(message as PostLintMessage, { tab: { id: 1 } }, writer));
  ctx = new ContentScriptContext('test');
});
afterEach(async () => {
  ctx.notifyInvalidated();
  document.body.innerHTML = '';
  await settle(150); // let messages already sent land before the fake browser is reset
});

describe('startPostLint on X', () => {
  beforeEach(() => {
    document.body.innerHTML = `<main><div id="composer">${xComposer('tweetTextarea_0')}<button data-testid="tweetButtonInline">Post</button></div>
      <input type="search" aria-label="Search"></main>`;
  });
  const editor = () => document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;

  it('puts a quiet badge beside the box at start, and reports readiness', async () => {
    await startPostLint(ctx, xAdapter);
    expect(badges()).toHaveLength(1);
    const [host] = badges();
    expect(editor().closest('.DraftEditor-root')!.nextElementSibling).toBe(host);
    expect(host.dataset).toMatchObject({ postlintCount: '0', postlintSeverity: 'none', postlintPlatform: 'x', postlintKind: 'post', postlintSeq: '1' });
    await settle(200);
    const state = await readTabState(1);
    expect(state).toMatchObject({ platform: 'x', paused: false, draft: null });
    expect(state!.readyMs).toBeGreaterThanOrEqual(0);
  });

  it('lints after a pause in typing and shows the rule', async () => {
    await startPostLint(ctx, xAdapter);
    typeInto(editor(), 'BUY NOW and save');
    expect(badges()[0].dataset.postlintCount).toBe('0'); // debounced
    await settle();
    expect(badges()[0].dataset).toMatchObject({ postlintCount: '1', postlintSeverity: 'warning', postlintRules: 'ad-tone', postlintSeq: '2' });
    expect(editor().querySelector('postlint-badge')).toBeNull();
  });

  it('lints text the editor rendered itself, with no input event (IME commit, emoji picker)', async () => {
    await startPostLint(ctx, xAdapter);
    editor().querySelector('[data-text]')!.textContent = 'BUY NOW';
    await settle();
    expect(badges()[0].dataset.postlintRules).toBe('ad-tone');
  });

  it('records one history entry per publish, even when key and click both fire', async () => {
    await startPostLint(ctx, xAdapter);
    typeInto(editor(), 'BUY NOW and save');
    await settle();
    editor().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')!.click();
    typeInto(editor(), ''); // X empties the composer once the post went out
    await settle(100);
    const history = (await historyItem.getValue()) as { text: string; diagnostics: unknown[]; kind: string }[];
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ text: 'BUY NOW and save', kind: 'post', diagnostics: [{ ruleId: 'ad-tone', severity: 'warning' }] });
    // The cached history follows storage: the same promotion again is now a duplicate.
    typeInto(editor(), 'BUY NOW and save');
    await settle();
    expect(badges()[0].dataset.postlintRules).toBe('ad-tone duplicate-promotion');
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
    expect(await historyItem.getValue()).toEqual([]);
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
    const turnOff = [...shadow.querySelectorAll('button')].find((b) => b.textContent === 'Turn this rule off')!;
    turnOff.click();
    expect(badges()[0].dataset.postlintCount).toBe('0');
    await settle(50);
    expect(await settingsItem.getValue()).toMatchObject({ rules: { 'ad-tone': { enabled: false } } });
  });

  it('"Ignore for this post" hides the rule until the box is emptied', async () => {
    await startPostLint(ctx, xAdapter);
    typeInto(editor(), 'BUY NOW');
    await settle();
    const shadow = badges()[0].shadowRoot!;
    shadow.querySelector<HTMLButtonElement>('button.postlint-badge')!.click();
    [...shadow.querySelectorAll('button')].find((b) => b.textContent === 'Ignore for this post')!.click();
    expect(badges()[0].dataset.postlintRules).toBe('');
    typeInto(editor(), '');
    await settle();
    typeInto(editor(), 'BUY NOW again');
    await settle();
    expect(badges()[0].dataset.postlintRules).toBe('ad-tone');
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
    expect(await historyItem.getValue()).toMatchObject([{ text: 'Nice one', platform: 'facebook', kind: 'comment' }]);
  });

  it('starts paused when the site is off', async () => {
    await settingsItem.setValue({ sites: { facebook: false } });
    document.body.innerHTML = `<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true"></div></div>`;
    await startPostLint(ctx, facebookAdapter);
    expect(badges()).toHaveLength(0);
    await settle(200);
    expect(await readTabState(1)).toMatchObject({ platform: 'facebook', paused: true });
  });
});
