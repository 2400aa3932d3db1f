import { describe, expect, it } from 'vitest';
import { readHistoryRange, readWholeHistory } from '../../../src/history/store/read';
import { setStoredHistory } from './stored-history';

const rec = (id: string, publishedAt: string) => ({ id, text: `post ${id}`, platform: 'x', kind: 'post', publishedAt });

describe('the pages\' view of the history', () => {
  it('reads everything oldest first, whatever order a month was stored in', async () => {
    await setStoredHistory([rec('c', '2026-12-03T10:00:00Z'), rec('a', '2026-11-28T10:00:00Z'), rec('b', '2026-12-01T10:00:00Z')]);
    expect((await readWholeHistory()).records.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('reads a range from the months holding it, and counts every stored record', async () => {
    await setStoredHistory([rec('old', '2025-01-10T10:00:00Z'), rec('in', '2026-11-30T23:30:00Z'), rec('after', '2026-12-07T00:00:00Z'), { broken: true, publishedAt: '2026-12-02T00:00:00Z' }]);
    const view = await readHistoryRange(Date.parse('2026-11-30T00:00:00Z'), Date.parse('2026-12-07T00:00:00Z'));
    expect(view.records.map((r) => r.id)).toEqual(['in']);
    expect(view.total).toBe(4);
  });
});
