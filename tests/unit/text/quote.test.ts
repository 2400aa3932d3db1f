import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint';
import fc from 'fast-check';
import { quoted, shorten, withoutTrailingPunctuation } from '../../../src/lint/text/quote';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('shorten', () => {
  it.each<[string, number, string]>([
    ['short', 10, 'short'],
    ['exactly10!', 10, 'exactly10!'],
    ['one too long', 11, 'one too lo…'],
    ['many\n\n  spaces\there', 40, 'many spaces here'],
    // Astral letters, emoji with skin tones, flags and ZWJ families count one each and stay whole.
    ['𝐁𝐔𝐘 𝐍𝐎𝐖 𝐁𝐔𝐘 𝐍𝐎𝐖 𝐁𝐔𝐘 𝐍𝐎𝐖', 40, '𝐁𝐔𝐘 𝐍𝐎𝐖 𝐁𝐔𝐘 𝐍𝐎𝐖 𝐁𝐔𝐘 𝐍𝐎𝐖'],
    ['𝐁𝐔𝐘 𝐍𝐎𝐖 𝐁𝐔𝐘 𝐍𝐎𝐖', 6, '𝐁𝐔𝐘 𝐍…'],
    ['👍🏽👍🏽👍🏽', 2, '👍🏽…'],
    ['🇫🇷🇩🇪🇮🇹', 3, '🇫🇷🇩🇪🇮🇹'],
    ['👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧', 2, '👨‍👩‍👧…'],
    ['e\u0301e\u0301e\u0301e\u0301', 3, 'e\u0301e\u0301…'],
  ])('%j at most %i → %j', (text, max, expected) => {
    expect(shorten(text, max)).toBe(expected);
  });

  it.each<[string, string]>([
    ['FLASH SALE: 40% off every single pastry in the shop this Saturday only', 'FLASH SALE: 40% off every single pastry…'],
    ['  Our bakery opens at 8am tomorrow, see you there with fresh bread', 'Our bakery opens at 8am tomorrow, see…'],
    ['Nospacesatallinthisveryverylongwordthatgoesonandon', 'Nospacesatallinthisveryverylongwordthatg…'],
    ['Fits in forty', 'Fits in forty'],
  ])('cuts %j at a word: %j', (text, expected) => {
    expect(shorten(text, 40, { atWord: true })).toBe(expected);
  });

  it('reads only the start of a huge text, and never leaves half a character', () => {
    const text = `${'🎉'.repeat(600_000)}`;
    const out = shorten(text, 60);
    expect(out).toBe(`${'🎉'.repeat(59)}…`);
    const zalgo = `a${'\u0301'.repeat(2000)}b`;
    expect(shorten(zalgo, 3)).toBe('…');
    expect(LONE_SURROGATE.test(shorten('😀'.repeat(100), 7))).toBe(false);
  });

  it('quotes in double quotes', () => {
    expect(quoted('BUY NOW', 40)).toBe('"BUY NOW"');
  });
});

describe('rules quote through it', () => {
  it('shouting quotes mathematical bold letters whole', () => {
    const text = `Hello friends, ${'𝐁𝐔𝐘 𝐍𝐎𝐖 '.repeat(4)}and more words in plain lowercase letters here, really, many more`;
    const [d] = lint({ text, platform: 'facebook', kind: 'post' }, { now: 0, history: [] }).filter((x) => x.ruleId === 'shouting');
    expect(d.message).toMatch(/^"𝐁𝐔𝐘 𝐍𝐎𝐖 𝐁𝐔𝐘 𝐍𝐎𝐖 𝐁𝐔𝐘 𝐍𝐎𝐖 𝐁𝐔𝐘 𝐍𝐎𝐖" reads as shouting/);
    expect(LONE_SURROGATE.test(d.message)).toBe(false);
  });

  it('cold-pitch shortens a long pitch without splitting an emoji', () => {
    const text = `check out my channel ${'😀'.repeat(40)} please subscribe`;
    for (const d of lint({ text, platform: 'x', kind: 'reply' }, { now: 0, history: [] })) expect(LONE_SURROGATE.test(d.message), d.ruleId).toBe(false);
  });
});

describe('withoutTrailingPunctuation (the linear form of an anchored trailing-punctuation replace)', () => {
  const old = (t: string) => t.replace(/[\s,.;:!?-]+$/, '');
  it('gives what the pattern gave', () => {
    const piece = fc.constantFrom(' ', '\n', ',', '.', ';', ':', '!', '?', '-', 'a', 'é', '…', '\u00a0');
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }).map((p) => p.join('')), (t) => withoutTrailingPunctuation(t) === old(t)), { numRuns: 500 });
  });

  it('keeps a long run of punctuation followed by a word whole', () => {
    const text = `${'!'.repeat(100_000)}word`;
    expect(withoutTrailingPunctuation(text)).toBe(text);
    expect(withoutTrailingPunctuation('Sale!!! ')).toBe('Sale');
  });
});
