import { describe, expect, it } from 'vitest';
import { lint, settingsSchema, type Kind, type Platform } from '../../../src/lint';

function tooLong(text: string, platform: Platform, kind: Kind = 'post', options: Record<string, unknown> = {}) {
  const settings = settingsSchema.parse({ rules: { 'length-limit': { options } } });
  return lint({ text, platform, kind }, { now: 0, history: [] }, settings).filter((d) => d.ruleId === 'length-limit');
}

const url = 'https://example.com/a/rather/long/path/that/x/counts/as/23';

describe('length-limit', () => {
  it('flags a tweet over 280 as X counts it, from the first character over', () => {
    const text = 'a'.repeat(281);
    const [d, ...rest] = tooLong(text, 'x');
    expect(rest).toEqual([]);
    expect(d.severity).toBe('error');
    expect(d.message).toBe('281/280 characters as X counts them (links count 23, emoji 2): cut 1.');
    expect(d.spans).toEqual([{ start: 280, end: 281 }]);
  });

  it.each<[string, string, { start: number; end: number }]>([
    // A link counts 23 whatever its length: the span starts at the link that goes over.
    ['a'.repeat(260) + ' ' + url, '284/280', { start: 261, end: 261 + url.length }],
    ['😀'.repeat(141), '282/280', { start: 280, end: 282 }],
    ['日'.repeat(141), '282/280', { start: 140, end: 141 }],
    ['👨‍👩‍👧'.repeat(141), '282/280', { start: 1120, end: 1128 }],
    // Decomposed accents are normalised first: 281 "é", the span in the original text.
    ['e\u0301'.repeat(281), '281/280', { start: 560, end: 562 }],
    ['x '.repeat(150) + 'https://t.co/abc', '323/280', { start: 280, end: 316 }],
  ])('flags %#: %s', (text, counts, span) => {
    const [d] = tooLong(text, 'x');
    expect(d.message.startsWith(`${counts} characters as X counts them`)).toBe(true);
    expect(d.spans).toEqual([span]);
  });

  it.each<[string, Kind]>([
    ['a'.repeat(280), 'post'],
    ['a'.repeat(280), 'reply'],
    ['a'.repeat(250) + ' ' + url, 'post'],
    ['😀'.repeat(140), 'post'],
    ['日'.repeat(140), 'post'],
    ['', 'post'],
  ])('does not flag %#: %s fits on X', (text, kind) => {
    expect(tooLong(text, 'x', kind)).toEqual([]);
  });

  it.each<[Platform, Kind, number, string]>([
    ['linkedin', 'post', 3_001, '3,001/3,000 characters, more than LinkedIn allows in a post: cut 1.'],
    ['linkedin', 'comment', 1_300, '1,300/1,250 characters, more than LinkedIn allows in a comment: cut 50.'],
    ['facebook', 'post', 63_207, '63,207/63,206 characters, more than Facebook allows in a post: cut 1.'],
    ['facebook', 'comment', 8_001, '8,001/8,000 characters, more than Facebook allows in a comment: cut 1.'],
    ['x', 'reply', 290, '290/280 characters as X counts them (links count 23, emoji 2): cut 10.'],
  ])('flags %s %s of %i characters', (platform, kind, length, message) => {
    const [d] = tooLong('a'.repeat(length), platform, kind);
    expect(d.message).toBe(message);
    const limit = length - Number(message.match(/cut ([\d,]+)/)![1].replace(',', ''));
    expect(d.spans).toEqual([{ start: limit, end: length }]);
  });

  it.each<[Platform, Kind, number]>([
    ['linkedin', 'post', 3_000],
    ['linkedin', 'comment', 1_250],
    ['facebook', 'post', 63_206],
    ['facebook', 'comment', 8_000],
  ])('does not flag %s %s of %i characters', (platform, kind, length) => {
    expect(tooLong('a'.repeat(length), platform, kind)).toEqual([]);
  });

  it('counts an emoji as 2 on LinkedIn and never splits it', () => {
    const text = 'a' + '😀'.repeat(625);
    expect(text.length).toBe(1_251);
    expect(tooLong(text, 'linkedin', 'comment')[0].spans).toEqual([{ start: 1_249, end: 1_251 }]);
  });

  it('follows its options, per platform and kind', () => {
    expect(tooLong('a'.repeat(1_000), 'x', 'post', { x: { post: 25_000 } })).toEqual([]);
    expect(tooLong('a'.repeat(1_000), 'x', 'reply', { x: { post: 25_000 } })).toHaveLength(1);
    expect(settingsSchema.parse({}).rules['length-limit'].options).toEqual({
      x: { post: 280, comment: 280 },
      facebook: { post: 63_206, comment: 8_000 },
      linkedin: { post: 3_000, comment: 1_250 },
    });
  });
});
