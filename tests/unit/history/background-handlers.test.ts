import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from '#imports';
import { forgetTab, handlePostLintMessage } from '../../../src/history/background-handlers';
import { historyItem } from '../../../src/history/items';
import { readTabState, tabStateKey, type TabState } from '../../../src/history/tab-state';
import { createHistoryWriter } from '../../../src/history/writer';

const state: TabState = {
  platform: 'linkedin',
  paused: false,
  readyMs: 4.2,
  draft: { kind: 'comment', textLength: 12, diagnostics: [{ ruleId: 'ad-tone', severity: 'warning', message: 'Reads like an ad.' }] },
  updatedAt: '2026-11-24T12:00:00.000Z',
};

describe('background message handling', () => {
  it('records a published post', async () => {
    const post = { text: 'Hello', platform: 'x', kind: 'reply', publishedAt: '2026-11-24T12:00:00.000Z', diagnostics: [], heeded: false };
    expect(await handlePostLintMessage({ type: 'postlint:publish', post } as never, { tab: { id: 3 } }, createHistoryWriter())).toEqual({ ok: true });
    expect(await historyItem.getValue()).toMatchObject([{ text: 'Hello', kind: 'reply', source: 'extension' }]);
  });

  it('answers with an error for an invalid post, without throwing', async () => {
    const answer = await handlePostLintMessage({ type: 'postlint:publish', post: { text: 1 } } as never, {}, createHistoryWriter());
    expect(answer.ok).toBe(false);
  });

  it('keeps the latest state per tab in session storage, and forgets closed tabs', async () => {
    await handlePostLintMessage({ type: 'postlint:tab-state', state }, { tab: { id: 7 } }, createHistoryWriter());
    expect(await readTabState(7)).toEqual(state);
    expect(await fakeBrowser.storage.session.get('tab:7')).toEqual({ 'tab:7': state });
    await forgetTab(7);
    expect(await storage.getItem(tabStateKey(7))).toBeNull();
  });

  it('refuses tab state that does not come from a tab', async () => {
    expect((await handlePostLintMessage({ type: 'postlint:tab-state', state }, {}, createHistoryWriter())).ok).toBe(false);
  });
});
