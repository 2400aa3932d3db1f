// @vitest-environment node
/**
 * Properties of the whole lint core, whatever rules it holds: for any text (any Unicode, lone
 * surrogates, HTML, bidi controls, joiners, combining marks), platform, kind and history, `lint`
 * does not throw, every span lies inside the text, and the same input gives the same output.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KINDS, lint, PLATFORMS, type Diagnostic, type HistoryPost } from '../../src/lint';

const NOW = Date.parse('2026-06-15T12:00:00Z');
const DAY = 86_400_000;

const loneSurrogates = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });
const tricky = fc.constantFrom(
  '<script>alert(1)</script>', '<b>', '&amp;', '\u200f', '\u202e', '\u2066', '\u200d', '\u200b', '\ufeff', '\u0301',
  '\u0300\u0301\u0302', 'e\u0301', '\ud800', '\udfff', '\u0000', '\r\n', '\t', '😀', '👨‍👩‍👧', '🇺🇸', '1️⃣', '©️',
  'https://example.com/a?b=c', 'example.com', 't.co/x', '#tag', '#1', '@user', '$TSLA', '!!!', '?!?!', 'FLASH SALE',
  '20% OFF', 'BUY NOW', 'free', 'tag 3 friends', 'Hi, I see you enjoy', 'check out my site', '日本語', 'مرحبا', 'שלום',
  '.', '..', '-', '_', '。', 'a.b.c.d', 'ẞ', 'İ', 'ﬃ', '𝐀𝐁𝐂', 'ǅ',
);
const mixture = fc.array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom(' ', '\n', '')), { maxLength: 40 }).map((p) => p.join(''));

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 300 }),
  loneSurrogates,
  mixture,
);

const platform = fc.constantFrom(...PLATFORMS);
const kind = fc.constantFrom(...KINDS);
const historyPost: fc.Arbitrary<HistoryPost> = fc.record({
  text: fc.oneof(mixture, fc.string({ maxLength: 100 })),
  platform,
  kind,
  publishedAt: fc.integer({ min: NOW - 60 * DAY, max: NOW }).map((t) => new Date(t).toISOString()),
});
const history = fc.oneof(fc.constant([] as HistoryPost[]), fc.array(historyPost, { maxLength: 6 }));

function expectSpansInside(text: string, diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    for (const s of d.spans) {
      expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.start).toBeLessThan(s.end);
      expect(s.end).toBeLessThanOrEqual(text.length);
    }
  }
}

describe('lint properties', () => {
  it('never throws, keeps spans inside the text and is deterministic', () => {
    fc.assert(
      fc.property(anyText, platform, kind, history, (text, p, k, h) => {
        const draft = { text, platform: p, kind: k };
        const first = lint(draft, { now: NOW, history: h });
        expectSpansInside(text, first);
        expect(lint(draft, { now: NOW, history: h })).toEqual(first);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('lints the history texts themselves as drafts', () => {
    fc.assert(
      fc.property(fc.array(historyPost, { minLength: 1, maxLength: 6 }), (h) => {
        for (const post of h) expectSpansInside(post.text, lint(post as Required<HistoryPost>, { now: NOW, history: h }));
      }),
      { numRuns: 50 },
    );
  }, 60_000);

  it('lints a 1 MB draft on every platform without throwing', () => {
    const words = [
      'Our', 'summer', 'SALE', 'starts', 'today!!!', 'Visit', 'example.com/shop', 'for', '20%', 'OFF', '🎉', 'café',
      'thanks', 'to', 'the', 'team', '#launch', '@postlint', 'https://t.co/abc123', '日本語', '👨‍👩‍👧', 'free', 'tips.',
    ];
    let text = '';
    for (let i = 0; text.length < 1 << 20; i++) text += words[(i * 7) % words.length] + (i % 13 === 0 ? '\n' : ' ');
    for (const p of PLATFORMS) expectSpansInside(text, lint({ text, platform: p, kind: 'post' }, { now: NOW, history: [] }));
  }, 120_000);
});
