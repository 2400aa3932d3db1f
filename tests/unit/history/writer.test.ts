import { describe, expect, it } from 'vitest';
import { historyItem } from '../../../src/history/items';
import { pruneHistory } from '../../../src/history/prune';
import { parseHistory, type HistoryRecord } from '../../../src/history/schema';
import { createHistoryWriter } from '../../../src/history/writer';

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

function writer(limits?: { maxAgeDays: number; maxEntries: number }) {
  let n = 0;
  return createHistoryWriter({ now: () => NOW, newId: () => `id-${++n}`, limits });
}

describe('history writer', () => {
  it('keeps both posts when two tabs publish at the same moment', async () => {
    const w = writer();
    await Promise.all([w.recordPublishedPost(post('first')), w.recordPublishedPost(post('second'))]);
    const { records } = parseHistory(await historyItem.getValue());
    expect(records.map((r) => r.text)).toEqual(['first', 'second']);
    expect(records.map((r) => r.id)).toEqual(['id-1', 'id-2']);
  });

  it('keeps writing after a failed write', async () => {
    const w = writer();
    await expect(w.recordPublishedPost({ text: '' })).rejects.toThrow();
    await w.recordPublishedPost(post('after'));
    expect(parseHistory(await historyItem.getValue()).records).toHaveLength(1);
  });

  it('drops corrupt records one by one, never the whole list', async () => {
    await historyItem.setValue([record('good', NOW - DAY), { text: 42 }, 'junk', null, { ...record('bad date', NOW), publishedAt: 'yesterday' }]);
    await writer().recordPublishedPost(post('new'));
    const stored = (await historyItem.getValue()) as HistoryRecord[];
    expect(stored.map((r) => r.text)).toEqual(['good', 'new']);
  });

  it('prunes by age and by count, keeping the newest', async () => {
    await historyItem.setValue([record('ancient', NOW - 500 * DAY), record('old', NOW - 3 * DAY), record('recent', NOW - DAY)]);
    await writer({ maxAgeDays: 400, maxEntries: 2 }).recordPublishedPost(post('now'));
    expect(((await historyItem.getValue()) as HistoryRecord[]).map((r) => r.text)).toEqual(['recent', 'now']);
  });

  it('compacts stored history at start-up', async () => {
    await historyItem.setValue([record('ancient', NOW - 500 * DAY), 'junk', record('recent', NOW - DAY)]);
    expect(await writer().compactHistory()).toBe(2);
    expect(((await historyItem.getValue()) as HistoryRecord[]).map((r) => r.text)).toEqual(['recent']);
    expect(await writer().compactHistory()).toBe(0);
  });
});

describe('parseHistory and pruneHistory', () => {
  it('reads a missing or non-list value as empty', () => {
    expect(parseHistory(undefined)).toEqual({ records: [], dropped: 0 });
    expect(parseHistory({ a: 1 })).toEqual({ records: [], dropped: 1 });
  });

  it('fills defaults of imported records', () => {
    const { records } = parseHistory([{ id: 'a', text: 'hi', platform: 'linkedin', kind: 'post', publishedAt: '2026-01-01T00:00:00Z', source: 'import' }]);
    expect(records[0]).toMatchObject({ diagnostics: [], heeded: false, source: 'import' });
  });

  it('sorts oldest first', () => {
    const sorted = pruneHistory([record('b', NOW - DAY), record('a', NOW - 2 * DAY)], NOW);
    expect(sorted.map((r) => r.text)).toEqual(['a', 'b']);
  });
});
