import { describe, expect, it, vi } from 'vitest';
import { RULES, type Draft, type HistoryPost, type Platform, type SettingsInput } from '../../../src/lint';
import { lintRule } from './rule-tester';

// The rule asks the promotion scorer whether a text is a promotion. To test the rule and not the
// scorer's tuning, the scorer here counts only the test's own phrases (by their note).
vi.mock('../../../src/lint/promotion', async (importOriginal) =>
  (await import('./test-promotion-scorer')).withTestScorer(await importOriginal()),
);

const RULE = 'promo-ratio';
const NOW = Date.parse('2026-11-24T12:00:00Z');
const DAY = 86_400_000;
const PROMO = 'FLASH SALE 40% OFF everything today only, shop now!';

/** Only this rule, and the test scorer's own promotion phrases. */
const SETTINGS: SettingsInput = {
  rules: Object.fromEntries(RULES.filter((r) => r.id !== RULE).map((r) => [r.id, { enabled: false }])),
  phrases: { custom: ['{n} % off', 'flash sale'].map((phrase) => ({ list: 'ad' as const, phrase, weight: 10, note: 'test promotion' })) },
};

/** `promos` promotions then `others` ordinary posts, one a day going back from yesterday. */
function stream(promos: number, others: number, platform: Platform = 'linkedin', firstDaysAgo = 1): HistoryPost[] {
  return Array.from({ length: promos + others }, (_, i) => ({
    text: i < promos ? `${10 + i}% OFF all ${['mugs', 'lamps', 'scarves', 'teas', 'books'][i % 5]} this week` : `Tip ${i}: what we learned about packaging this month`,
    platform,
    publishedAt: new Date(NOW - (firstDaysAgo + i) * DAY).toISOString(),
  }));
}

function check(history: HistoryPost[], options?: Record<string, unknown>, draft: Partial<Draft> = {}) {
  return lintRule(RULE, { text: PROMO, platform: 'linkedin', kind: 'post', ...draft, now: NOW, history, options, settings: SETTINGS });
}

describe('promo-ratio', () => {
  it('flags a promotion when promotions already exceed the goal, with the figures', () => {
    expect(check(stream(3, 7))).toEqual([
      {
        ruleId: RULE,
        severity: 'warning',
        message:
          'Counting this one, 4 of your 11 LinkedIn posts in 30 days (36%) are promotions, more than your 20% goal: make the next few useful, interesting or fun.',
        spans: [],
        evidence: 'Earlier promotions: 2026-11-21, 2026-11-22, 2026-11-23',
        suggestion: 'Save this offer for later and post a tip, a story or a question first.',
      },
    ]);
  });

  it.each([
    ['one promotion in ten, this one makes 2 of 11 (18%)', stream(1, 9), {}, {}],
    ['exactly at the goal: 2 of 10', stream(1, 8), {}, {}],
    ['a draft that is no promotion', stream(8, 2), {}, { text: 'What is the best advice you got this year?' }],
    ['a reply', stream(8, 2), {}, { kind: 'reply' as const }],
    ['too few posts to judge: 3 with this one', stream(2, 0), {}, {}],
    ['promotions older than the window', stream(0, 8).concat(stream(5, 0, 'linkedin', 31)), {}, {}],
    ['promotions on other platforms', stream(0, 8).concat(stream(5, 0, 'x')), {}, {}],
    ['promotions as comments', stream(0, 8).concat(stream(5, 0).map((p) => ({ ...p, kind: 'comment' as const }))), {}, {}],
    ['future-dated promotions', stream(0, 8).concat(stream(5, 0, 'linkedin', -10)), {}, {}],
    ['a higher goal', stream(3, 7), { maxShare: 0.4 }, {}],
  ])('does not flag %s', (_name, history, options, draft) => {
    expect(check(history, options, draft)).toEqual([]);
  });

  it.each([
    ['just above the goal, shown with a decimal', stream(9, 39), { windowDays: 60 }, 'Counting this one, 10 of your 49 LinkedIn posts in 60 days (20.4%) are promotions, more than your 20% goal'],
    ['all platforms together when asked', stream(0, 8).concat(stream(3, 0, 'x')), { crossPlatform: true }, 'Counting this one, 4 of your 12 posts in 30 days (33%)'],
    ['the minimum reached, this one included', stream(1, 3), {}, 'Counting this one, 2 of your 5 LinkedIn posts in 30 days (40%)'],
    ['a longer window', stream(0, 8).concat(stream(5, 0, 'linkedin', 31)), { windowDays: 60 }, 'Counting this one, 6 of your 14 LinkedIn posts in 60 days (43%)'],
    ['a post 1 minute inside the window', [...stream(0, 3), { text: '30% OFF mugs', platform: 'linkedin' as const, publishedAt: new Date(NOW - 30 * DAY + 60_000).toISOString() }], {}, '2 of your 5 LinkedIn'],
  ])('flags %s', (_name, history, options, expected) => {
    const found = check(history, options);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain(expected);
  });

  it('leaves out a post exactly at the window edge', () => {
    const edge = { text: '30% OFF mugs', platform: 'linkedin' as const, publishedAt: new Date(NOW - 30 * DAY).toISOString() };
    expect(check([...stream(0, 3), edge])).toEqual([]); // 4 posts with this one: under minPosts
  });
});
