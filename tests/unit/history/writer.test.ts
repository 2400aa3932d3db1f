import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseHistory, type HistoryRecord } from '../../../src/history/schema';
import { INDEX_KEY, monthKey } from '../../../src/history/store/layout';
import { writeRetention } from '../../../src/history/store/retention';
import { createHistoryWriter } from '../../../src/history/writer';
import { PENDING_KEY, readWriteStatus } from '../../../src/history/write-status';
import { setStoredHistory, storedHistory } from './stored-history';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const DAY = 86_400_000;
const post = (text: string, at = NOW) => ({
  text,
  platform: 'x' as const,
  kind: 'post' as const,
  publishedAt: new Date(at).toISOString(),
  diagnostics: [{ ruleId: 'ad-tone', severity: 'warning' as const }],
  heeded: false,
});
const record = (text: string, at: number, id = text): HistoryRecord => ({ ...post(text, at), id, source: 'extension' });
const texts = async () => parseHistory(await storedHistory()).records.map((r) => r.text);

function writer(options: Parameters<typeof createHistoryWriter>[0] = {}) {
  let n = 0;
  return createHistoryWriter({ now: () => NOW, newId: () => `id-${++n}`, ...options });
}

describe('history writer', () => {
  it('keeps both posts when two tabs publish at the same moment', async () => {
    const w = writer();
    await Promise.all([w.recordPublishedPost(post('first')), w.recordPublishedPost(post('second'))]);
    const { records } = parseHistory(await storedHistory());
    expect(records.map((r) => r.text)).toEqual(['first', 'second']);
    expect(records.map((r) => r.id)).toEqual(['id-1', 'id-2']);
  });

  it('keeps writing after a refused post', async () => {
    const w = writer();
    await expect(w.recordPublishedPost({ text: '' })).rejects.toThrow();
    await w.recordPublishedPost(post('after'));
    expect(await texts()).toEqual(['after']);
  });

  it('a publish writes its month and the index in one call, not the whole history', async () => {
    await setStoredHistory([record('last year', NOW - 300 * DAY), record('last month', NOW - 30 * DAY)]);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await writer().recordPublishedPost(post('now'));
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0][0]).sort()).toEqual([INDEX_KEY, monthKey('2026-11')].sort());
    expect(await texts()).toEqual(['last year', 'last month', 'now']);
  });

  it('hands the post to the linter before it is written', async () => {
    const seen: string[] = [];
    const w = writer({ onAccepted: (r) => seen.push(r.text) });
    const written = w.recordPublishedPost(post('fast'));
    expect(seen).toEqual(['fast']);
    await written;
  });

  it('a publish retried with the same publish id lands once', async () => {
    const w = writer();
    await w.recordPublishedPost(post('once'), 'tab-7-publish-1');
    await w.recordPublishedPost(post('once'), 'tab-7-publish-1');
    await writer().recordPublishedPost(post('once'), 'tab-7-publish-1'); // after a worker restart
    expect(await texts()).toEqual(['once']);
  });

  it('a refused write keeps the post, says so, and lands on the retry', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
      const w = writer({ retryDelayMs: 1000 });
      const first = await w.recordPublishedPost(post('while full'));
      expect(first.saved).toBe(false);
      expect(w.status()).toMatchObject({ pending: 1, error: 'QUOTA_BYTES quota exceeded' });
      expect(await readWriteStatus()).toMatchObject({ pending: 1 });
      expect((await fakeBrowser.storage.session.get(PENDING_KEY))[PENDING_KEY]).toHaveLength(1);
      expect(await texts()).toEqual([]);

      await vi.advanceTimersByTimeAsync(1100);
      await w.settled();
      expect(set.mock.calls.length).toBeGreaterThan(1);
      expect(await texts()).toEqual(['while full']);
      expect(w.status()).toBeNull();
      expect(await readWriteStatus()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('posts kept from a refused write survive the worker stopping', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk full'));
    await writer().recordPublishedPost(post('kept'));
    expect(await texts()).toEqual([]);
    // A new worker: its first write brings the kept post along.
    await writer({ newId: () => 'fresh' }).recordPublishedPost(post('next', NOW + 1000));
    expect(await texts()).toEqual(['kept', 'next']);
    expect(await readWriteStatus()).toBeNull();
  });

  it('keeps the whole history whatever its size: nothing trims without a retention setting', async () => {
    const many = Array.from({ length: 30_000 }, (_, i) => record(`post ${i}`, NOW - 1500 * DAY + i * 4 * 3600_000, `r${i}`));
    await setStoredHistory(many);
    await writer().recordPublishedPost(post('one more'));
    expect((await storedHistory()).length).toBe(30_001);
    expect(await writer().compactHistory()).toMatchObject({ trimmed: 0 });
    expect((await storedHistory()).length).toBe(30_001);
  });

  it('trims by the retention setting, and only then; imports older than it are not kept', async () => {
    await setStoredHistory([record('ancient', NOW - 500 * DAY), record('recent', NOW - DAY)]);
    await writeRetention(365);
    expect(await writer().compactHistory()).toMatchObject({ trimmed: 1 });
    expect(await texts()).toEqual(['recent']);
    const outcome = await writer().importPosts([{ ...record('too old', NOW - 400 * DAY, 'old-1'), source: 'import' }]);
    expect(outcome).toEqual({ added: 0, duplicates: 0, notKept: 1 });
  });

  it('deletes one and clears all', async () => {
    await setStoredHistory([record('a', NOW - 40 * DAY), record('b', NOW - DAY), record('c', NOW)]);
    const w = writer();
    expect(await w.deletePosts(['b', 'nope'])).toBe(1);
    expect(await texts()).toEqual(['a', 'c']);
    expect(await w.clearHistory()).toBe(2);
    expect(await storedHistory()).toEqual([]);
    const left = Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('history/'));
    expect(left).toEqual([]);
  });
});
