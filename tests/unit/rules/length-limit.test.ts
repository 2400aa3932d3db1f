import { describe, expect, it } from 'vitest';
import { settingsSchema, type Kind, type Platform } from '../../../src/lint';
import { testRule, type InvalidCase } from './rule-tester';

const url = 'https://example.com/a/rather/long/path/that/x/counts/as/23';
const X_COUNTS = 'characters as X counts them';

/** A run of "a" of this length on this platform, flagged from `limit` with this message. */
const over = (platform: Platform, kind: Kind, length: number, limit: number, message: string): InvalidCase => ({
  name: `${platform} ${kind} of ${length} characters`,
  text: 'a'.repeat(length),
  platform,
  kind,
  expect: [{ message, spans: [{ start: limit, end: length }] }],
});

testRule('length-limit', {
  defaults: { platform: 'x', kind: 'post' },
  valid: [
    { name: '280 a (post)', text: 'a'.repeat(280) },
    { name: '280 a (reply)', text: 'a'.repeat(280), kind: 'reply' },
    { name: 'a link counted 23', text: 'a'.repeat(250) + ' ' + url },
    { name: '140 emoji', text: '😀'.repeat(140) },
    { name: '140 CJK', text: '日'.repeat(140) },
    '',
    ...(
      [
        ['linkedin', 'post', 3_000],
        ['linkedin', 'comment', 1_250],
        ['facebook', 'post', 63_206],
        ['facebook', 'comment', 8_000],
      ] as [Platform, Kind, number][]
    ).map(([platform, kind, length]) => ({ name: `${platform} ${kind} of ${length}`, text: 'a'.repeat(length), platform, kind })),
    { name: 'a longer X post allowed in the options', text: 'a'.repeat(1_000), options: { x: { post: 25_000 } } },
  ],
  invalid: [
    {
      name: 'a tweet over 280 as X counts it, from the first character over',
      text: 'a'.repeat(281),
      expect: [{ severity: 'error', message: '281/280 characters as X counts them (links count 23, emoji 2): cut 1.', spans: [{ start: 280, end: 281 }] }],
    },
    ...(
      [
        // A link counts 23 whatever its length: the span starts at the link that goes over.
        ['a link', 'a'.repeat(260) + ' ' + url, '284/280', { start: 261, end: 261 + url.length }],
        ['emoji', '😀'.repeat(141), '282/280', { start: 280, end: 282 }],
        ['CJK', '日'.repeat(141), '282/280', { start: 140, end: 141 }],
        ['ZWJ families', '👨‍👩‍👧'.repeat(141), '282/280', { start: 1120, end: 1128 }],
        // Decomposed accents are normalised first: 281 "é", the span in the original text.
        ['decomposed accents', 'e\u0301'.repeat(281), '281/280', { start: 560, end: 562 }],
        ['a t.co link', 'x '.repeat(150) + 'https://t.co/abc', '323/280', { start: 280, end: 316 }],
      ] as const
    ).map(([name, text, counts, span]) => ({ name, text, expect: [{ message: new RegExp(`^${counts} ${X_COUNTS}`), spans: [span] }] })),
    over('linkedin', 'post', 3_001, 3_000, '3,001/3,000 characters, more than LinkedIn allows in a post: cut 1.'),
    over('linkedin', 'comment', 1_300, 1_250, '1,300/1,250 characters, more than LinkedIn allows in a comment: cut 50.'),
    over('facebook', 'post', 63_207, 63_206, '63,207/63,206 characters, more than Facebook allows in a post: cut 1.'),
    over('facebook', 'comment', 8_001, 8_000, '8,001/8,000 characters, more than Facebook allows in a comment: cut 1.'),
    over('x', 'reply', 290, 280, '290/280 characters as X counts them (links count 23, emoji 2): cut 10.'),
    {
      name: 'an emoji counts 2 on LinkedIn and is never split',
      text: 'a' + '😀'.repeat(625),
      platform: 'linkedin',
      kind: 'comment',
      expect: [{ spans: [{ start: 1_249, end: 1_251 }] }],
    },
    { name: 'the X post limit leaves replies at theirs', text: 'a'.repeat(1_000), kind: 'reply', options: { x: { post: 25_000 } }, expect: [{}] },
  ],
});

describe('length-limit', () => {
  it('fills every option from an empty object', () => {
    expect(('a' + '😀'.repeat(625)).length).toBe(1_251);
    expect(settingsSchema.parse({}).rules['length-limit'].options).toEqual({
      x: { post: 280, comment: 280 },
      facebook: { post: 63_206, comment: 8_000 },
      linkedin: { post: 3_000, comment: 1_250 },
    });
  });
});

describe('length-limit on a pasted megabyte for X', () => {
  it('stops counting far past the limit and says "more than", from the same first character', async () => {
    const { lint } = await import('../../../src/lint');
    const text = 'Fresh bread every morning, come and see. '.repeat(26_000);
    const [d] = lint({ text, platform: 'x', kind: 'post' }, { now: 0, history: [] }).filter((x) => x.ruleId === 'length-limit');
    expect(d.message).toMatch(/^More than [\d,]+\/280 characters as X counts them \(links count 23, emoji 2\): cut at least [\d,]+\.$/);
    expect(d.spans).toEqual([{ start: 280, end: text.length }]);
  });
});
