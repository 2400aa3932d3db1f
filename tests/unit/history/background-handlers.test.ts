import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from '#imports';
import { handlePostLintMessage, serveLintPort, type BackgroundServices } from '../../../src/history/background-handlers';
import { storedHistory } from './stored-history';
import { createLintService } from '../../../src/history/lint-service';
import type { LintResponse, PostLintMessage } from '../../../src/history/messages';
import { createTabStates, readTabState, tabStateKey, type TabState } from '../../../src/history/tab-state';
import { createHistoryWriter } from '../../../src/history/writer';
import { settingsItem } from '../../../src/storage/settings';
import { fakePortPair } from '../content/fake-port';

const NOW = Date.parse('2026-11-24T12:00:00Z');
/** The answer goes out first; the tab state is written right after it. */
const written = () => new Promise((resolve) => setTimeout(resolve, 10));

function services(): BackgroundServices {
  const linter = createLintService({ now: () => NOW, rewarmDelayMs: -1 });
  const writer = createHistoryWriter({ now: () => NOW, onAccepted: (record) => linter.historyAccepted(record) });
  return { writer, linter, tabs: createTabStates({ now: () => NOW }) };
}

const draftState: TabState['draft'] = { kind: 'comment', textLength: 12, diagnostics: [{ ruleId: 'ad-tone', severity: 'warning', message: 'Reads like an ad.' }] };
const HARD_SELL = 'FLASH SALE 40% OFF everything today only, shop now!!!';
const lintMessage = (text: string, extra: Partial<PostLintMessage> = {}): PostLintMessage =>
  ({ type: 'postlint:lint', draft: { text, platform: 'x', kind: 'post' }, ...extra }) as PostLintMessage;

describe('background message handling', () => {
  it('records a published post', async () => {
    const post = { text: 'Hello', platform: 'x', kind: 'reply', publishedAt: '2026-11-24T12:00:00.000Z', diagnostics: [], heeded: false };
    expect(await handlePostLintMessage({ type: 'postlint:publish', post } as never, { tab: { id: 3 } }, services())).toEqual({ ok: true, saved: true });
    expect(await storedHistory()).toMatchObject([{ text: 'Hello', kind: 'reply', source: 'extension' }]);
  });

  it('answers with an error for an invalid post, without throwing', async () => {
    const answer = await handlePostLintMessage({ type: 'postlint:publish', post: { text: 1 } } as never, {}, services());
    expect(answer.ok).toBe(false);
  });

  it('merges tab-state patches per tab in session storage, and forgets closed tabs', async () => {
    const s = services();
    await handlePostLintMessage({ type: 'postlint:tab-state', platform: 'linkedin', patch: { paused: false, readyMs: 4.2, draft: null } }, { tab: { id: 7 } }, s);
    await handlePostLintMessage({ type: 'postlint:tab-state', platform: 'linkedin', patch: { draft: draftState } }, { tab: { id: 7 } }, s);
    const state = { platform: 'linkedin', paused: false, readyMs: 4.2, draft: draftState, updatedAt: new Date(NOW).toISOString() };
    expect(await readTabState(7)).toEqual(state);
    expect(await fakeBrowser.storage.session.get('tab:7')).toEqual({ 'tab:7': state });
    await s.tabs.forget(7);
    expect(await storage.getItem(tabStateKey(7))).toBeNull();
  });

  it('refuses tab state that does not come from a tab, or does not fit the schema', async () => {
    const s = services();
    expect((await handlePostLintMessage({ type: 'postlint:tab-state', platform: 'x', patch: { readyMs: 1 } }, {}, s)).ok).toBe(false);
    expect((await handlePostLintMessage({ type: 'postlint:tab-state', platform: 'x', patch: { readyMs: 'soon' } } as never, { tab: { id: 2 } }, s)).ok).toBe(false);
    expect(await readTabState(2)).toBeNull();
  });

  it('lints a draft with the stored history and settings, naming each rule it reports', async () => {
    const answer = (await handlePostLintMessage(lintMessage(HARD_SELL), { tab: { id: 4 } }, services())) as LintResponse;
    expect(answer.ok).toBe(true);
    if (!answer.ok || answer.paused) throw new Error('expected a result');
    const ids = answer.diagnostics.map((d) => d.ruleId);
    expect(ids).toContain('ad-tone');
    expect(Object.keys(answer.rules).sort()).toEqual([...new Set(ids)].sort());
    expect(answer.rules['ad-tone'].why.length).toBeGreaterThan(10);
    expect(answer.rules['ad-tone'].description.length).toBeGreaterThan(5);
  });

  it('puts the active box\'s result in the tab state, without the rules ignored for this post', async () => {
    const s = services();
    const answer = (await handlePostLintMessage(lintMessage(HARD_SELL, { report: true, ignored: ['shouting'] } as never), { tab: { id: 5 } }, s)) as LintResponse;
    // The answer keeps every diagnostic: "ignore for this post" is the content script's filter.
    expect(answer.ok && !answer.paused && answer.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['ad-tone', 'shouting']));
    await written();
    const state = await readTabState(5);
    expect(state).toMatchObject({ platform: 'x', paused: false, draft: { kind: 'post', textLength: HARD_SELL.length } });
    const ids = state!.draft!.diagnostics.map((d) => d.ruleId);
    expect(ids).toContain('ad-tone');
    expect(ids).not.toContain('shouting');
    // A lint of another box (not reported) leaves the draft alone.
    await handlePostLintMessage(lintMessage('Fresh rye bread this morning, what do you bake on Sundays?'), { tab: { id: 5 } }, s);
    await written();
    expect((await readTabState(5))!.draft!.textLength).toBe(HARD_SELL.length);
  });

  it('sees a post published just before: the lint waits for the write', async () => {
    const s = services();
    const post = { text: HARD_SELL, platform: 'x', kind: 'post', publishedAt: new Date(NOW - 60_000).toISOString(), diagnostics: [], heeded: false };
    const published = handlePostLintMessage({ type: 'postlint:publish', post } as never, { tab: { id: 1 } }, s);
    const linted = handlePostLintMessage(lintMessage(HARD_SELL), { tab: { id: 1 } }, s);
    await published;
    const answer = (await linted) as LintResponse;
    expect(answer.ok && !answer.paused && answer.diagnostics.map((d) => d.ruleId)).toContain('duplicate-promotion');
  });

  it('answers paused for a paused site, and marks the tab paused', async () => {
    await settingsItem.setValue({ sites: { x: false } });
    expect(await handlePostLintMessage(lintMessage(HARD_SELL, { report: true } as never), { tab: { id: 6 } }, services())).toEqual({ ok: true, paused: true });
    await written();
    expect(await readTabState(6)).toMatchObject({ platform: 'x', paused: true, draft: null });
  });

  it('refuses a malformed draft', async () => {
    const answer = await handlePostLintMessage({ type: 'postlint:lint', draft: { text: 1, platform: 'x', kind: 'post' } } as never, {}, services());
    expect(answer.ok).toBe(false);
  });

  it('turns a rule off in the stored settings, keeping the rest', async () => {
    await settingsItem.setValue({ rules: { shouting: { severity: 'error' } } });
    const answer = await handlePostLintMessage({ type: 'postlint:rule-off', ruleId: 'ad-tone' }, { tab: { id: 1 } }, services());
    expect(answer).toEqual({ ok: true, undo: { ruleId: 'ad-tone', hadRules: true, existed: false } });
    expect(await settingsItem.getValue()).toEqual({ rules: { shouting: { severity: 'error' }, 'ad-tone': { enabled: false } } });
  });

  it('restores a turned-off rule exactly as it was stored (Undo)', async () => {
    for (const before of [{}, { rules: { 'ad-tone': { severity: 'error', enabled: true } } }, { rules: { shouting: { enabled: false } }, sites: { x: true } }]) {
      await settingsItem.setValue(before);
      const off = await handlePostLintMessage({ type: 'postlint:rule-off', ruleId: 'ad-tone' }, {}, services());
      if (!('undo' in off)) throw new Error('no undo');
      expect(await handlePostLintMessage({ type: 'postlint:rule-restore', undo: off.undo }, {}, services())).toEqual({ ok: true });
      expect(await settingsItem.getValue()).toEqual(before);
    }
    expect((await handlePostLintMessage({ type: 'postlint:rule-restore', undo: { ruleId: '' } } as never, {}, services())).ok).toBe(false);
  });

  it('opens the options page at a rule section, and nothing else', async () => {
    const openTab = vi.fn().mockResolvedValue(undefined);
    const withTabs = { ...services(), openTab };
    expect(await handlePostLintMessage({ type: 'postlint:open-options', hash: 'rule-ad-tone' }, {}, withTabs)).toEqual({ ok: true });
    expect(openTab).toHaveBeenCalledWith('/options.html#rule-ad-tone');
    expect((await handlePostLintMessage({ type: 'postlint:open-options', hash: 'x"><script>' }, {}, withTabs)).ok).toBe(false);
    expect(openTab).toHaveBeenCalledOnce();
  });

  it('answers numbered lint requests on a lint port, each with its own id, and ignores anything else', async () => {
    const [content, backgroundEnd] = fakePortPair('postlint:lint', { tab: { id: 8 } });
    serveLintPort(backgroundEnd, services());
    const answers: { id: number; answer: LintResponse }[] = [];
    content.onMessage.addListener((m) => answers.push(m));
    content.postMessage({ id: 1, request: lintMessage(HARD_SELL) });
    content.postMessage({ id: 2, request: lintMessage('Fresh rye bread this morning, what do you bake on Sundays?') });
    content.postMessage({ id: 3, request: { type: 'postlint:publish', post: {} } });
    content.postMessage('junk');
    await written();
    await written();
    expect(answers.map((a) => a.id).sort()).toEqual([1, 2]);
    const first = answers.find((a) => a.id === 1)!.answer;
    expect(first.ok && !first.paused && first.diagnostics.map((d) => d.ruleId)).toContain('ad-tone');
    expect(await storedHistory()).toEqual([]);
  });

  it('does not throw when the tab went away before the answer', async () => {
    const [content, backgroundEnd] = fakePortPair('postlint:lint', { tab: { id: 9 } });
    const post = vi.fn(() => {
      throw new Error('Attempting to use a disconnected port object');
    });
    backgroundEnd.postMessage = post;
    serveLintPort(backgroundEnd, services());
    content.postMessage({ id: 1, request: lintMessage(HARD_SELL) });
    await written();
    await written();
    expect(post).toHaveBeenCalledTimes(1);
  });
});
