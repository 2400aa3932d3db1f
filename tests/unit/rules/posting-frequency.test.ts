import { describe, expect, it } from 'vitest';
import { RULES, type Draft, type HistoryPost, type Platform } from '../../../src/lint';
import { lintRule } from './rule-tester';

const RULE = 'posting-frequency';
const NOW = Date.parse('2026-11-24T12:00:00Z');
const HOUR = 3_600_000;

/** Only this rule. */
const SETTINGS = { rules: Object.fromEntries(RULES.filter((r) => r.id !== RULE).map((r) => [r.id, { enabled: false }])) };

/** Posts on `platform`, one `hoursAgo` each (fractions allowed). */
const posts = (platform: Platform, hoursAgo: number[], kind: HistoryPost['kind'] = 'post'): HistoryPost[] =>
  hoursAgo.map((h, i) => ({ text: `Update number ${i} from the workshop`, platform, kind, publishedAt: new Date(NOW - h * HOUR).toISOString() }));

function check(platform: Platform, history: HistoryPost[], options?: Record<string, unknown>, kind: Draft['kind'] = 'post') {
  return lintRule(RULE, { text: 'One more thing we learned this week.', platform, kind, now: NOW, history, options, settings: SETTINGS });
}

describe('posting-frequency', () => {
  it('flags a fifth LinkedIn post in a day, saying when one fits again', () => {
    expect(check('linkedin', posts('linkedin', [1, 3, 6, 20]))).toEqual([
      {
        ruleId: RULE,
        severity: 'warning',
        message: 'This would be your 5th LinkedIn post in 24 hours (limit 1): space it out, e.g. schedule it for tomorrow.',
        spans: [],
        suggestion: 'One more LinkedIn post fits your limit in 23 hours.',
      },
    ]);
  });

  it('does not flag an hourly tweet', () => {
    expect(check('x', posts('x', [1, 2, 3, 4, 5, 6, 7, 8]))).toEqual([]);
  });

  it.each([
    ['x', posts('x', Array.from({ length: 14 }, (_, i) => i + 0.5)), null],
    ['x', posts('x', Array.from({ length: 15 }, (_, i) => i + 0.5)), 'This would be your 16th X post in 24 hours (limit 15)'],
    ['x', posts('x', Array.from({ length: 20 }, (_, i) => i + 0.5)), 'This would be your 21st X post in 24 hours (limit 15)'],
    ['facebook', posts('facebook', [2, 9]), 'This would be your 3rd Facebook post in 24 hours (limit 2)'],
    ['facebook', posts('facebook', [2]), null],
    ['linkedin', posts('linkedin', [23.99]), 'This would be your 2nd LinkedIn post in 24 hours (limit 1)'],
    ['linkedin', posts('linkedin', [24]), null], // exactly 24 hours ago: outside the rolling day
    ['linkedin', posts('linkedin', [-1, -30]), null], // scheduled in the future: not published yet
    ['linkedin', [{ ...posts('linkedin', [2])[0], publishedAt: 'this morning' }], null],
    ['linkedin', posts('linkedin', [1, 2, 3, 4, 5], 'comment'), null], // conversation is not counted
    ['linkedin', posts('x', [1, 2, 3]).concat(posts('facebook', [1])), null], // other platforms
  ] as const)('%s with %j → %s', (platform, history, expected) => {
    const found = check(platform, [...history]);
    if (expected === null) expect(found).toEqual([]);
    else expect(found.map((d) => d.message.split(':')[0])).toEqual([expected]);
  });

  it('flags the sixth LinkedIn post in 7 days, none of them today', () => {
    expect(check('linkedin', posts('linkedin', [30, 50, 74, 98, 150]))).toEqual([
      {
        ruleId: RULE,
        severity: 'warning',
        message: 'This would be your 6th LinkedIn post in 7 days (limit 5): space it out, e.g. schedule it for tomorrow.',
        spans: [],
        suggestion: 'One more LinkedIn post fits your limit in 18 hours.',
      },
    ]);
    const found = check('linkedin', posts('linkedin', [30, 50, 74, 98, 100]));
    expect(found[0].message).toBe('This would be your 6th LinkedIn post in 7 days (limit 5): space it out, e.g. schedule it in 3 days.');
    expect(found[0].suggestion).toBe('One more LinkedIn post fits your limit in 3 days.');
    expect(check('linkedin', posts('linkedin', [30, 50, 74, 98, 168]))).toEqual([]); // the oldest just left the week
  });

  it('reports the day limit before the week limit', () => {
    const found = check('linkedin', posts('linkedin', [1, 30, 50, 74, 98]));
    expect(found.map((d) => d.message)).toEqual(['This would be your 2nd LinkedIn post in 24 hours (limit 1): space it out, e.g. schedule it for tomorrow.']);
  });

  it('never flags a reply or comment, however many', () => {
    expect(check('linkedin', posts('linkedin', [1, 2, 3, 4, 5]), {}, 'comment')).toEqual([]);
    expect(check('x', posts('x', Array.from({ length: 40 }, (_, i) => i / 2)), {}, 'reply')).toEqual([]);
  });

  it('follows the limits in the options (null = no limit, 0 = none at all)', () => {
    expect(check('linkedin', posts('linkedin', [1, 2]), { linkedin: { perDay: null } })).toEqual([]);
    expect(check('linkedin', posts('linkedin', [1, 2]), { linkedin: { perDay: 3 } })).toEqual([]);
    expect(check('x', posts('x', [1, 2]), { x: { perDay: 2 } }).map((d) => d.message)).toEqual([
      'This would be your 3rd X post in 24 hours (limit 2): space it out, e.g. schedule it for tomorrow.',
    ]);
    expect(check('facebook', [], { facebook: { perDay: 0 } })).toEqual([
      {
        ruleId: RULE,
        severity: 'warning',
        message: 'This would be your 1st Facebook post in 24 hours (limit 0): you set no Facebook posts at all; raise the limit in the options if that changed.',
        spans: [],
      },
    ]);
  });

  it('says minutes when a post fits again within the hour', () => {
    expect(check('linkedin', posts('linkedin', [23.5]))[0].suggestion).toBe('One more LinkedIn post fits your limit in 30 minutes.');
  });
});
