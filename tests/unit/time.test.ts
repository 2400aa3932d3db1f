import { describe, expect, it } from 'vitest';
import { historyPostSchema, parsePublishedAt } from '../../src/lint';
import { HistoryIndex } from '../../src/lint/similarity';
import { parseIsoTime } from '../../src/lint/time';
import { parsePublishedAt as parseStoredPublishedAt, publishedPostSchema } from '../../src/history/schema';
import { parseHistory } from '../../src/cli/history';

describe('parseIsoTime: the one strict ISO 8601 reader', () => {
  it.each<[string, string, boolean]>([
    ['2026-11-24T09:30:00Z', '2026-11-24T09:30:00.000Z', false],
    ['2026-11-24T09:30:00+01:00', '2026-11-24T08:30:00.000Z', false],
    ['2026-11-24T09:30-0800', '2026-11-24T17:30:00.000Z', false],
    ['2026-11-24 09:30:15.5z', '2026-11-24T09:30:15.500Z', false],
    // Without an offset: UTC, never the machine's zone, and said.
    ['2026-11-24T09:30', '2026-11-24T09:30:00.000Z', true],
    ['2026-11-24', '2026-11-24T00:00:00.000Z', true],
  ])('%j is %s (UTC assumed: %s)', (text, utc, assumed) => {
    expect(parseIsoTime(text)).toEqual({ ms: Date.parse(utc), utc, offsetAssumed: assumed });
  });

  it.each(['1', '2026-02-30', '2026-11-24T24:00', '2026-11-24T09:60', '24/11/2026', 'last Tuesday', '2026-11-24T09:30+25:00', '', 'x'.repeat(100)])(
    'refuses %j',
    (text) => {
      expect(parseIsoTime(text)).toBeNull();
    },
  );
});

describe('publishedAt everywhere', () => {
  it('is parsed to the normalised …Z string, saying when UTC was assumed', () => {
    expect(parsePublishedAt('2026-11-24T09:30:00+01:00')).toEqual({ utc: '2026-11-24T08:30:00.000Z', offsetAssumed: false });
    expect(parsePublishedAt('2026-11-24T09:30')).toEqual({ utc: '2026-11-24T09:30:00.000Z', offsetAssumed: true });
    expect(parsePublishedAt('Nov 24 2026')).toBeNull();
    expect(parseStoredPublishedAt).toBe(parsePublishedAt);
  });

  it('is strict in the lint core and the stored history schema alike', () => {
    const post = { text: 'hi', platform: 'x', kind: 'post' };
    for (const publishedAt of ['Nov 24 2026', '2026-02-30T10:00:00Z', '1']) {
      expect(historyPostSchema.safeParse({ ...post, publishedAt }).success, publishedAt).toBe(false);
      expect(publishedPostSchema.safeParse({ ...post, publishedAt }).success, publishedAt).toBe(false);
    }
    expect(historyPostSchema.safeParse({ ...post, publishedAt: '2026-11-24T09:30' }).success).toBe(true);
  });

  it('is read as UTC by the history index when it has no offset', () => {
    const index = new HistoryIndex([{ text: 'a', platform: 'x', publishedAt: '2026-11-24T09:30' }, { text: 'b', platform: 'x', publishedAt: 'soon' }]);
    expect(index.times[0]).toBe(Date.UTC(2026, 10, 24, 9, 30));
    expect(index.times[1]).toBeNaN();
  });

  it('--history lines without an offset are named for a warning', () => {
    const parsed = parseHistory('{"text":"a","platform":"x","publishedAt":"2026-11-24T09:30:00Z"}\n{"text":"b","platform":"x","publishedAt":"2026-11-24T09:30"}\n', 'posts.jsonl');
    expect(parsed.posts).toHaveLength(2);
    expect(parsed.warnings).toEqual(['posts.jsonl:2: publishedAt: "2026-11-24T09:30" has no UTC offset; read as UTC (2026-11-24T09:30:00.000Z)']);
  });
});
