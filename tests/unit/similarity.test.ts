import fc from 'fast-check';
import { compareTwoStrings } from 'string-similarity';
import { describe, expect, it } from 'vitest';
import { HistoryIndex, normalizeForSimilarity } from '../../src/lint/similarity';
import type { HistoryPost } from '../../src/lint';

// Property tests run thousands of cases: give them room on a busy machine.
const SLOW = 60_000;

const post = (text: string, day = 1, platform: HistoryPost['platform'] = 'x'): HistoryPost => ({
  text,
  platform,
  publishedAt: `2026-11-${String(day).padStart(2, '0')}T09:00:00Z`,
});

/** The definition the index must agree with: every post compared one by one. */
function bruteForce(draft: string, posts: readonly HistoryPost[], threshold: number) {
  const a = normalizeForSimilarity(draft);
  return posts
    .map((p, index) => ({ index, score: compareTwoStrings(a, normalizeForSimilarity(p.text)) }))
    .filter((m) => m.score >= threshold)
    .sort((x, y) => x.index - y.index);
}

const byIndex = (ms: { index: number; score: number }[]) => ms.map(({ index, score }) => ({ index, score })).sort((x, y) => x.index - y.index);

describe('normalizeForSimilarity', () => {
  it.each([
    ['20% OFF your entire purchase TODAY!!!', '0offyourentirepurchasetoday'],
    ['$19.99 or 1,000.50 € — 3rd time', '0or00rdtime'],
    ['Shop: https://shop.example.com/sale?utm=x and www.example.com/a now', 'shopandnow'],
    ['ＦＵＬＬ　ｗｉｄｔｈ 𝐁𝐨𝐥𝐝', 'fullwidthbold'],
    ['Café naïve 🎉🎉 #deal @you', 'cafénaïvedealyou'],
    ['  \t\n ', ''],
    ['٣٤ items', '0items'],
  ])('%j → %j', (text, expected) => {
    expect(normalizeForSimilarity(text)).toBe(expected);
  });

  it('matches the two-regex definition on any string, lone surrogates included', () => {
    const reference = (t: string) =>
      t
        .normalize('NFKC')
        .toLowerCase()
        .replace(/(?:https?:\/\/|www\.)\S+/gu, ' ')
        .replace(/\p{N}+(?:[.,]\p{N}+)*/gu, '0')
        .replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
    const anyUnit = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });
    fc.assert(fc.property(fc.oneof(anyUnit, fc.string({ unit: 'grapheme' }), fc.string()), (t) => normalizeForSimilarity(t) === reference(t)), {
      numRuns: 2000,
    });
  }, SLOW);
});

describe('HistoryIndex.search', () => {
  const promo = '20% OFF your entire purchase TODAY';
  const history = [
    post(promo, 1),
    post('20% OFF you entire purchase TODAY', 2),
    post('FLASH SALE 40% OFF everything today only, shop now!', 3),
    post('25% off your ENTIRE purchase today.', 4, 'linkedin'),
    post('What are you reading this week?', 5),
  ];
  const index = new HistoryIndex(history);

  it('finds near-duplicates with the scores of compareTwoStrings, best then newest first', () => {
    expect(index.search(promo, { threshold: 0.8 })).toEqual([
      { post: history[3], index: 3, score: 1 },
      { post: history[0], index: 0, score: 1 },
      { post: history[1], index: 1, score: 48 / 51 },
    ]);
  });

  it('applies the filter and the limit', () => {
    const found = index.search(promo, { threshold: 0.8, filter: (p) => p.platform === 'x', limit: 1 });
    expect(found.map((m) => m.index)).toEqual([0]);
  });

  it('handles texts too short for bigrams as compareTwoStrings does', () => {
    const short = new HistoryIndex([post('!!!'), post('A'), post('a.'), post('ab')]);
    expect(byIndex(short.search('🎉', { threshold: 0.5 }))).toEqual([{ index: 0, score: 1 }]);
    expect(byIndex(short.search('a', { threshold: 1 }))).toEqual([
      { index: 1, score: 1 },
      { index: 2, score: 1 },
    ]);
    expect(short.search('ab', { threshold: 0.1 }).map((m) => m.index)).toEqual([3]);
  });

  it('returns nothing above 1 and everything at 0', () => {
    expect(index.search(promo, { threshold: 1.01 })).toEqual([]);
    expect(index.search(promo, { threshold: 0 })).toHaveLength(history.length);
  });

  it('skips a 1 MB draft quickly: no post can be long enough', () => {
    const started = performance.now();
    expect(index.search('buy now '.repeat(131_072), { threshold: 0.8 })).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('tells which posts fall in a time window, oldest first, skipping bad dates', () => {
    const timed = new HistoryIndex([post('c', 9), { ...post('bad'), publishedAt: 'yesterday' }, post('a', 3), post('b', 5)]);
    const at = (day: number) => Date.parse(`2026-11-${String(day).padStart(2, '0')}T09:00:00Z`);
    expect(timed.publishedWithin(at(3), at(9))).toEqual([3, 0]);
    expect(timed.publishedWithin(at(1), at(4))).toEqual([2]);
    expect(timed.publishedWithin(at(9), at(30))).toEqual([]);
  });
});

describe('HistoryIndex agrees with comparing every post (differential)', () => {
  // Realistic texts: variations of a few posts (typos, new numbers, cut or added words), so that
  // many pairs sit near any threshold; plus arbitrary Unicode, where bigrams are rarely shared.
  const seeds = [
    '20% OFF your entire purchase TODAY',
    'FLASH SALE 40% OFF everything today only, shop now!',
    'Our bakery opens at 7am tomorrow, see you there',
    'Three things we learned about pricing this year',
    'Happy Monday! What are you reading this week?',
  ];
  const edit = fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom('a', 'e', ' ', '1', '!', 'é', '😀'));
  const variant = fc.tuple(fc.constantFrom(...seeds), fc.array(edit, { maxLength: 6 })).map(([text, edits]) =>
    edits.reduce((t, [at, op, ch]) => {
      const i = t.length ? at % t.length : 0;
      return op === 'insert' ? t.slice(0, i) + ch + t.slice(i) : op === 'delete' ? t.slice(0, i) + t.slice(i + 1) : t.slice(0, i) + ch + t.slice(i + 1);
    }, text),
  );
  const text = fc.oneof({ weight: 4, arbitrary: variant }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });
  const threshold = fc.oneof(fc.constantFrom(0.5, 0.8, 0.9, 1, 48 / 51, 0.75), fc.double({ min: 0.01, max: 1, noNaN: true }));

  it('returns exactly the posts at or above the threshold, with the same scores', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 40 }), text, threshold, (texts, draft, t) => {
        const posts = texts.map((x, i) => post(x, (i % 28) + 1));
        expect(byIndex(new HistoryIndex(posts).search(draft, { threshold: t }))).toEqual(bruteForce(draft, posts, t));
      }),
      { numRuns: 1500 },
    );
  }, SLOW);

  it('keeps to the platform, time window and filter asked for', () => {
    const platform = fc.constantFrom<HistoryPost['platform']>('x', 'facebook', 'linkedin');
    const dated = fc.tuple(text, platform, fc.integer({ min: 1, max: 9 }), fc.constantFrom<HistoryPost['kind']>('post', 'reply'));
    const at = (day: number) => Date.parse(`2026-11-${String(day).padStart(2, '0')}T09:00:00Z`);
    const scope = fc.record({ platform, after: fc.integer({ min: 0, max: 9 }).map(at), until: fc.integer({ min: 1, max: 10 }).map(at) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(dated, { maxLength: 40 }), text, threshold, scope, (rows, draft, t, { platform: only, after, until }) => {
        const posts: HistoryPost[] = rows.map(([x, p, day, kind]) => ({ ...post(x, day, p), kind }));
        posts.push({ ...post(draft, 3, only ?? 'x'), publishedAt: 'not a date' });
        const keep = (p: HistoryPost, i: number) => {
          const time = Date.parse(p.publishedAt);
          return (only === undefined || p.platform === only) && (after === undefined || time > after) && (until === undefined || time <= until) && (p.kind === 'post' || i % 2 === 0);
        };
        const found = new HistoryIndex(posts).search(draft, { threshold: t, platform: only, after, until, filter: (p, i) => p.kind === 'post' || i % 2 === 0 });
        expect(byIndex(found)).toEqual(bruteForce(draft, posts, t).filter((m) => keep(posts[m.index], m.index)));
      }),
      { numRuns: 1000 },
    );
  }, SLOW);

  it('dismisses long drafts early only when no post could match', () => {
    const long = fc.array(fc.oneof(variant, fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom(' ', '\n', '\u3000', 'https://example.com/x ', '1.5 ')), { minLength: 30, maxLength: 150 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 15 }), long, threshold, (texts, draft, t) => {
        const posts = texts.map((x) => post(x));
        expect(byIndex(new HistoryIndex(posts).search(draft, { threshold: t }))).toEqual(bruteForce(draft, posts, t));
      }),
      { numRuns: 300 },
    );
  }, SLOW);

  it('gives the same answers when one index serves many drafts (scratch state is reset)', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 30 }), fc.array(fc.tuple(text, threshold), { maxLength: 10 }), (texts, drafts) => {
        const posts = texts.map((x) => post(x));
        const index = new HistoryIndex(posts);
        for (const [draft, t] of drafts) expect(byIndex(index.search(draft, { threshold: t }))).toEqual(bruteForce(draft, posts, t));
      }),
      { numRuns: 300 },
    );
  }, SLOW);
});
