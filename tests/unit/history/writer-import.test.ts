import { describe, expect, it } from 'vitest';
import { handlePostLintMessage } from '../../../src/history/background-handlers';
import { storedHistory } from './stored-history';
import { writeRetention } from '../../../src/history/store/retention';
import { createLintService } from '../../../src/history/lint-service';
import { parseHistory } from '../../../src/history/schema';
import { createTabStates } from '../../../src/history/tab-state';
import { createHistoryWriter } from '../../../src/history/writer';
import type { ImportedPost } from '../../../src/importers/types';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const DAY = 86_400_000;
const imported = (id: string, daysAgo: number, text = `post ${id}`): ImportedPost => ({
  id,
  text,
  platform: 'x',
  kind: 'post',
  publishedAt: new Date(NOW - daysAgo * DAY).toISOString(),
  engagement: { likes: 3, reposts: 1 },
});

function services() {
  const linter = createLintService({ now: () => NOW, rewarmDelayMs: -1 });
  const writer = createHistoryWriter({ now: () => NOW, onAccepted: (r) => linter.historyAccepted(r) });
  return { writer, linter, tabs: createTabStates({ now: () => NOW }) };
}

describe('history import, delete and clear', () => {
  it('imports posts as source "import" with engagement, dedupes by id, and the linter sees them', async () => {
    const s = services();
    await s.linter.warmUp();
    expect(await s.writer.importPosts([imported('x:1', 2), imported('x:2', 1), imported('x:1', 2)])).toEqual({ added: 2, duplicates: 1, notKept: 0 });
    expect(await s.writer.importPosts([imported('x:2', 1), imported('x:3', 3)])).toEqual({ added: 1, duplicates: 1, notKept: 0 });
    const { records } = parseHistory(await storedHistory());
    expect(records.map((r) => r.id)).toEqual(['x:3', 'x:1', 'x:2']);
    expect(records[0]).toMatchObject({ source: 'import', engagement: { likes: 3, reposts: 1 }, diagnostics: [], heeded: false });
    expect(s.linter.history?.map((p) => p.text)).toEqual(['post x:3', 'post x:1', 'post x:2']);
  });

  it('keeps old posts unless the retention setting says otherwise; invalid ones are not kept', async () => {
    const { writer } = services();
    const bad = { ...imported('x:9', 1), text: '' };
    expect(await writer.importPosts([imported('x:old', 500), bad, imported('x:new', 1)])).toEqual({ added: 2, duplicates: 0, notKept: 1 });
    await writeRetention(365);
    expect(await writer.importPosts([imported('x:older', 600), imported('x:newer', 2)])).toEqual({ added: 1, duplicates: 0, notKept: 1 });
  });

  it('deletes chosen records and clears everything', async () => {
    const { writer } = services();
    await writer.importPosts([imported('a', 1), imported('b', 2), imported('c', 3)]);
    expect(await writer.deletePosts(['b', 'nope'])).toBe(1);
    expect(parseHistory(await storedHistory()).records.map((r) => r.id)).toEqual(['c', 'a']);
    expect(await writer.clearHistory()).toBe(2);
    expect(await storedHistory()).toEqual([]);
  });

  it('takes history changes from extension pages only, never from a content script on a site', async () => {
    const s = services();
    const fromSite = { tab: { id: 4 }, url: 'https://x.com/home' };
    expect(await handlePostLintMessage({ type: 'postlint:history-clear' }, fromSite, s)).toMatchObject({ ok: false });
    const fromPage = { tab: { id: 5 }, url: 'chrome-extension://abc/options.html' };
    expect(await handlePostLintMessage({ type: 'postlint:history-import', posts: [imported('a', 1)] }, fromPage, s)).toEqual({ ok: true, added: 1, duplicates: 0, notKept: 0 });
    expect(await handlePostLintMessage({ type: 'postlint:history-delete', ids: ['a'] }, fromPage, s)).toEqual({ ok: true, deleted: 1 });
    expect(await handlePostLintMessage({ type: 'postlint:history-delete', ids: [1] } as never, fromPage, s)).toMatchObject({ ok: false });
  });
});
