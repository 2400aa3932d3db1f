// @vitest-environment node
/**
 * The work per draft is capped: the `xn--` draft that once took 21 s at 64 K characters lints in
 * under 50 ms, and a 1 MB draft for X (where the length rule reads the whole text) in under
 * 200 ms, with the default settings and a modest history.
 *
 * Timing assertions are otherwise not made here; issue 9 asks for these figures. A case is run
 * up to five times and the best counts, so a scheduler pause or a GC on a busy 2-core machine does
 * not fail it while a draft that is really slow still does. Each run lints a different text
 * (one character changed at the start), so no per-text cache makes the later runs cheap.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lint, type HistoryPost } from '../../src/lint';

const NOW = Date.parse('2026-06-15T12:00:00Z');
const HISTORY: HistoryPost[] = Array.from({ length: 300 }, (_, i) => ({
  text: `${['Fresh sourdough', 'Our winter blend', 'FLASH SALE 20% OFF', 'Thanks to everyone'][i % 4]} #${i}, see mybakery.com/news/${i}`,
  platform: (['x', 'facebook', 'linkedin'] as const)[i % 3],
  kind: 'post',
  publishedAt: new Date(NOW - i * 5 * 3_600_000).toISOString(),
}));

/**
 * The best of up to five lints of `text`, each with a different first character, in ms; it stops
 * once a run takes under half the `budget`. Load from other processes on a shared 2-core machine
 * can slow three runs in a row (a 3.5 ms lint was seen at 97 ms), never a slow draft's every run.
 */
function bestLintMs(text: string, budget: number): number {
  let best = Infinity;
  for (const first of 'ABCDE') {
    const draft = { text: first + text, platform: 'x' as const, kind: 'post' as const };
    const start = performance.now();
    lint(draft, { now: NOW, history: HISTORY });
    best = Math.min(best, performance.now() - start);
    if (best < budget / 2) break;
  }
  if (process.env.POSTLINT_LINT_FIGURES) console.log(`${best.toFixed(1)} ms for ${text.length} characters on x`);
  return best;
}

const MB = 1 << 20;
const fill = (piece: string, length: number) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);

beforeAll(() => {
  // The phrase matcher and the history's index are built once per settings and history, and the
  // rules' code is compiled after its first runs, as in a worker that has linted a few drafts.
  for (let i = 0; i < 5; i++) {
    const text = `${i} Fresh bread today only, 20% off at mybakery.com/shop! 🎉 Tell a friend 👨‍👩‍👧. `.repeat(60);
    lint({ text, platform: 'x', kind: 'post' }, { now: NOW, history: HISTORY });
  }
});

describe('work per draft is capped', () => {
  it('lints "xn--" and 64 K letters in under 50 ms', () => {
    expect(bestLintMs(`see xn--${fill('a', 64 * 1024)}`, 50)).toBeLessThan(50);
    expect(bestLintMs(`see a.xn--${fill('a', 64 * 1024)} now`, 50)).toBeLessThan(50);
  });

  it.each([
    ['prose with links, emoji and offers', fill('Fresh bread today only, 20% off at mybakery.com/shop! 🎉 Tell a friend 👨‍👩‍👧. ', MB)],
    ['"xn--" and letters', `xn--${fill('a', MB)}`],
    ['a dotted run ("a.a.a…")', fill('a.', MB)],
    ['one link after another', fill('a.com ', MB)],
    ['ZWJ emoji only', fill('👩‍👩‍👧‍👦', MB)],
    ['a link with a 1 MB path', `https://example.com/${fill('a', MB)}`],
  ])('lints a 1 MB X draft of %s in under 200 ms', (_name, text) => {
    expect(bestLintMs(text, 200)).toBeLessThan(200);
  }, 30_000);
});
