import { describe, expect, it } from 'vitest';
import { historyForLint, isLintableRecord } from '../../../src/history/history-for-lint';
import { parseHistory } from '../../../src/history/schema';
import { historyPostSchema } from '../../../src/lint/types';

const good = { id: 'a', text: 'Fresh bread', platform: 'x', kind: 'post', publishedAt: '2026-11-20T08:00:00.000Z', diagnostics: [], heeded: false };
const cases: unknown[] = [
  good,
  { ...good, kind: undefined },
  { ...good, text: 42 },
  { ...good, platform: 'myspace' },
  { ...good, kind: 'story' },
  { ...good, publishedAt: 'last tuesday' },
  { ...good, publishedAt: 1700000000000 },
  null,
  'junk',
  [good],
];

describe('historyForLint (the fast path of the background lint service)', () => {
  it('keeps exactly the records the lint core schema accepts', () => {
    for (const c of cases) expect(isLintableRecord(c), JSON.stringify(c)).toBe(historyPostSchema.safeParse(c).success);
  });

  it('never keeps a record the writer would drop, except for fields the lint core does not read', () => {
    const full = parseHistory(cases).records.map((r) => r.text);
    const fast = historyForLint(cases).map((r) => r.text);
    expect(fast).toEqual(expect.arrayContaining(full));
  });

  it('reads a value that is not a list as no history', () => {
    expect(historyForLint({ history: [good] })).toEqual([]);
    expect(historyForLint(undefined)).toEqual([]);
  });
});
