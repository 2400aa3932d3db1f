/** Migrations from every earlier stored shape, and damaged storage: valid parts kept, the rest set aside, nothing deleted. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseHistory } from '../../../src/history/schema';
import { readSetAsideEntries, readWholeHistory } from '../../../src/history/store/read';
import { INDEX_KEY, SET_ASIDE_KEY } from '../../../src/history/store/layout';
import { createHistoryWriter } from '../../../src/history/writer';
import { setStoredHistory, storedHistory } from './stored-history';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const fixture = (name: string) => JSON.parse(readFileSync(path.resolve('tests/fixtures/storage', name), 'utf8'));
const writer = () => createHistoryWriter({ now: () => NOW });

describe('moving the first version\'s single history list into months', () => {
  it('keeps every readable record (unusual ones too) and sets the rest aside, then removes the old list', async () => {
    const { storage, expect: want } = fixture('v1-history.json');
    await fakeBrowser.storage.local.set(storage);
    const report = await writer().compactHistory();
    const { records } = await readWholeHistory();
    expect(records.map((r) => r.id).filter((id) => !id.startsWith('derived-')).sort()).toEqual([...want.kept].sort());
    expect(records.filter((r) => r.id.startsWith('derived-'))).toHaveLength(want.keptWithoutId);
    // A newer version's record keeps its unknown severity and fields.
    expect(records.find((r) => r.id === 'future-1')).toMatchObject({ reach: { views: 120 }, diagnostics: [{ severity: 'critical', confidence: 0.9 }] });
    const aside = await readSetAsideEntries();
    expect(aside).toHaveLength(want.setAside);
    expect(aside.map((e) => e.raw)).toContainEqual('junk');
    expect(aside.find((e) => (e.raw as { id?: string })?.id === 'bad-date')?.reason).toMatch(/publishedAt/);
    expect(records.length + aside.length).toBe(storage.history.length);
    expect(report).toMatchObject({ migrated: records.length, setAside: want.setAside });
    const left = await fakeBrowser.storage.local.get(['history', 'history$']);
    expect(left).toEqual({});
  });

  it('is safe to run twice, and merges a list that appears again (an interrupted move) without doubles', async () => {
    const { storage } = fixture('v1-history.json');
    await fakeBrowser.storage.local.set(storage);
    await writer().compactHistory();
    await fakeBrowser.storage.local.set({ history: storage.history.slice(0, 3) });
    await writer().compactHistory();
    await writer().compactHistory();
    const { records } = await readWholeHistory();
    expect(records.filter((r) => r.id === 'a1')).toHaveLength(1);
    expect(records).toHaveLength(5);
  });

  it('sets a history that is an object or a string aside whole, never replacing it', async () => {
    for (const { history } of fixture('v1-history-not-a-list.json').cases) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set({ history });
      await writer().compactHistory();
      const aside = await readSetAsideEntries();
      expect(aside).toEqual([expect.objectContaining({ raw: history, reason: 'the stored history was not a list', from: 'history' })]);
      expect((await readWholeHistory()).records).toEqual([]);
    }
  });
});

describe('damaged month layout', () => {
  it('rebuilds a damaged index from the months, sets aside what cannot be read, keeps a damaged set-aside list', async () => {
    await fakeBrowser.storage.local.set(fixture('v2-damaged.json').storage);
    await writer().compactHistory();
    expect((await readWholeHistory()).records.map((r) => r.id)).toEqual(['b1', 'b2']);
    const aside = await readSetAsideEntries();
    expect(aside.map((e) => e.raw)).toEqual(['overwritten by hand', { not: 'a list' }, 12]);
    const index = (await fakeBrowser.storage.local.get(INDEX_KEY))[INDEX_KEY];
    expect(index).toMatchObject({ version: 2, months: { '2026-11': 2 } });
  });

  it('500 unreadable records beside valid ones: every valid one kept, all 500 set aside', async () => {
    const good = Array.from({ length: 50 }, (_, i) => ({ id: `g${i}`, text: `Post ${i}`, platform: 'x', kind: 'post', publishedAt: new Date(NOW - i * 3600_000).toISOString() }));
    const bad = Array.from({ length: 500 }, (_, i) => ({ id: `b${i}`, text: i % 2 ? '' : 7, platform: 'x', kind: 'post', publishedAt: new Date(NOW).toISOString() }));
    await setStoredHistory([...good, ...bad]);
    await writer().compactHistory();
    expect((await readWholeHistory()).records).toHaveLength(50);
    expect(await readSetAsideEntries()).toHaveLength(500);
    expect(parseHistory(await storedHistory()).dropped).toBe(0);
  });

  it('a set-aside record this version can read comes back at the next start-up', async () => {
    const readable = { id: 'back', text: 'Readable now', platform: 'x', kind: 'post', publishedAt: '2026-11-20T10:00:00Z' };
    await fakeBrowser.storage.local.set({ [SET_ASIDE_KEY]: [{ raw: readable, reason: 'written by a newer version', from: 'history/2026-11', at: '2026-11-21T00:00:00Z' }, { raw: 'junk', reason: 'x', from: 'history', at: '2026-11-21T00:00:00Z' }] });
    expect(await writer().compactHistory()).toMatchObject({ restored: 1 });
    expect((await readWholeHistory()).records.map((r) => r.id)).toEqual(['back']);
    expect((await readSetAsideEntries()).map((e) => e.raw)).toEqual(['junk']);
  });

  it('a publish next to an unreadable record sets it aside in the same write', async () => {
    await setStoredHistory([{ id: 'ok', text: 'fine', platform: 'x', kind: 'post', publishedAt: '2026-11-20T10:00:00Z' }, { broken: true, publishedAt: '2026-11-20T11:00:00Z' }]);
    await writer().recordPublishedPost({ text: 'new', platform: 'x', kind: 'post', publishedAt: '2026-11-24T10:00:00Z' });
    expect((await readWholeHistory()).records.map((r) => r.text)).toEqual(['fine', 'new']);
    expect((await readSetAsideEntries()).map((e) => e.raw)).toEqual([{ broken: true, publishedAt: '2026-11-20T11:00:00Z' }]);
  });

  it('keeps a text over 100,000 characters', async () => {
    await writer().recordPublishedPost({ text: 'a'.repeat(150_000), platform: 'facebook', kind: 'post', publishedAt: '2026-11-24T10:00:00Z' });
    expect((await readWholeHistory()).records[0].text).toHaveLength(150_000);
  });
});
