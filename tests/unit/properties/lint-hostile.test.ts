// @vitest-environment node
/**
 * The lint core on hostile drafts (HTML and script, unpaired surrogates, ZWJ emoji, right-to-left
 * text, combining marks, control characters, and a few 1 MB texts): it never throws, finishes, and
 * every span lies inside the text on character boundaries, never between a surrogate pair's halves.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KINDS, lint, PLATFORMS, type Diagnostic, type HistoryPost } from '../../../src/lint';
import { hostileString, megabyteOf, splitsSurrogatePair } from './hostile-text';

const NOW = Date.parse('2026-06-15T12:00:00Z');

function expectSpansOnBoundaries(text: string, diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    expect(typeof d.message).toBe('string');
    for (const s of d.spans) {
      expect(Number.isInteger(s.start) && Number.isInteger(s.end), d.ruleId).toBe(true);
      expect(0 <= s.start && s.start < s.end && s.end <= text.length, `${d.ruleId} ${JSON.stringify(s)} in ${text.length}`).toBe(true);
      expect(splitsSurrogatePair(text, s.start) || splitsSurrogatePair(text, s.end), `${d.ruleId} ${JSON.stringify(s)} splits a pair`).toBe(false);
    }
  }
}

const history: fc.Arbitrary<HistoryPost[]> = fc.array(
  fc.record({
    text: hostileString,
    platform: fc.constantFrom(...PLATFORMS),
    kind: fc.constantFrom(...KINDS),
    publishedAt: fc.integer({ min: NOW - 30 * 86_400_000, max: NOW }).map((t) => new Date(t).toISOString()),
  }),
  { maxLength: 5 },
);

describe('lint on hostile drafts', () => {
  it('never throws and keeps every span on character boundaries', () => {
    fc.assert(
      fc.property(hostileString, fc.constantFrom(...PLATFORMS), fc.constantFrom(...KINDS), history, (text, platform, kind, h) => {
        expectSpansOnBoundaries(text, lint({ text, platform, kind }, { now: NOW, history: h }));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('repeats a draft as history without trouble (the duplicate rule reads both)', () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        const h: HistoryPost[] = [{ text, platform: 'x', kind: 'post', publishedAt: new Date(NOW - 3_600_000).toISOString() }];
        expectSpansOnBoundaries(text, lint({ text, platform: 'x', kind: 'post' }, { now: NOW, history: h }));
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it.each([
    ['script and images', '<img src=x onerror=alert(1)><script>alert(1)</script> '],
    ['unpaired surrogates', 'a\ud800b\udc00 '],
    ['ZWJ families and flags', '👩‍👩‍👧‍👦🏴󠁧󠁢󠁳󠁣󠁴󠁿🇺🇸 '],
    ['right-to-left with overrides', 'مرحبا \u202eevil\u202c שלום '],
    ['combining marks', 'e\u0301\u0302\u0303\u0304\u0305'],
    ['control characters', '\u0000\u001b[2J\u0007\r\n'],
  ])('lints 1 MB of %s on every platform', (_name, piece) => {
    // Cut at an odd length so the analysed part and the length rule's prefix end mid-piece.
    const text = megabyteOf(piece).slice(0, (1 << 20) - 3);
    for (const platform of PLATFORMS) expectSpansOnBoundaries(text, lint({ text, platform, kind: 'post' }, { now: NOW, history: [] }));
  }, 60_000);
});
