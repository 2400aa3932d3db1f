import { describe, expect, it, vi } from 'vitest';
import { RULES, type Draft, type HistoryPost, type SettingsInput } from '../../../src/lint';
import { lintRule, testRule } from './rule-tester';

// The rules ask the promotion scorer whether a text is a promotion. To test the rules and not the
// scorer's tuning, the scorer here counts only the test's own phrases (by their note); everything
// else about promotions (the Analysis, promotionOfText, isPromotional) is the real code.
vi.mock('../../../src/lint/promotion', async (importOriginal) =>
  (await import('./test-promotion-scorer')).withTestScorer(await importOriginal()),
);

const RULE = 'duplicate-promotion';
const NOW = Date.parse('2026-11-24T12:00:00Z');
const PROMO = '20% OFF your entire purchase TODAY';

/** Only this rule, and the test scorer's own promotion phrases. */
const SETTINGS: SettingsInput = {
  rules: Object.fromEntries(RULES.filter((r) => r.id !== RULE).map((r) => [r.id, { enabled: false }])),
  phrases: {
    custom: ['{n} % off', 'flash sale', 'buy one get one'].map((phrase) => ({ list: 'ad' as const, phrase, weight: 10, note: 'test promotion' })),
  },
};

const on = (date: string, text: string, platform: HistoryPost['platform'] = 'facebook', kind: HistoryPost['kind'] = 'post'): HistoryPost => ({
  text,
  platform,
  kind,
  publishedAt: date.length === 10 ? `${date}T10:00:00Z` : date,
});
const hoursAgo = (h: number) => new Date(NOW - h * 3_600_000).toISOString();

function check(text: string, history: HistoryPost[], options?: Record<string, unknown>, draft: Partial<Draft> = {}) {
  return lintRule(RULE, { text, platform: 'facebook', kind: 'post', ...draft, now: NOW, history, options, settings: SETTINGS });
}

const SIX_COPIES = [
  on('2026-10-27', PROMO),
  on('2026-11-01', PROMO),
  on('2026-11-05', '20% OFF you entire purchase TODAY'),
  on('2026-11-09', PROMO),
  on('2026-11-13', '20% off your entire purchase today!'),
  on('2026-11-17', PROMO),
];

testRule(RULE, {
  defaults: { platform: 'facebook', kind: 'post', now: NOW, settings: SETTINGS },
  valid: (
    [
      ['an unrelated promotion', PROMO, [on('2026-11-17', 'FLASH SALE 40% OFF everything today only, shop now!')]],
      ['the same template for another product', 'Big sale today on all winter jackets, 30% off', [on('2026-11-17', 'Big sale today on all summer dresses, 30% off')]],
      ['a copy on another platform (cross-posting)', PROMO, [on('2026-11-17', PROMO, 'linkedin')]],
      ['a copy exactly 30 days ago (window edge)', PROMO, [on(new Date(NOW - 30 * 86_400_000).toISOString(), PROMO)]],
      ['a copy 31 days ago', PROMO, [on('2026-10-24', PROMO)]],
      ['a copy dated in the future', PROMO, [on('2026-11-25', PROMO)]],
      ['a copy with an unreadable date', PROMO, [{ ...on('2026-11-17', PROMO), publishedAt: 'last Tuesday' }]],
      ['an earlier reply or comment', PROMO, [on('2026-11-17', PROMO, 'facebook', 'comment')]],
      ['a repeated short cheer', 'SALE!!! 🎉', [on('2026-11-17', 'sale 🎉🎉')]],
      ['emoji only', '🎉🎉🎉', [on('2026-11-17', '🔥🔥')]],
      ['the same words with another discount', '25% OFF your entire purchase TODAY', [on('2026-11-17', PROMO)]],
      ['the same template for another price and product', 'Solar panel installs from £5,999 fitted. Get your free quote today', [on('2026-11-17', 'EV charger installs from £799 fitted. Get your free quote today')]],
      ['the same discount on other goods', '20% off all dog food this weekend', [on('2026-11-17', '20% off all cat toys this weekend, meow')]],
      ['a loosely similar post that is no promotion', 'Happy Monday! What are you reading this week?', [on('2026-11-17', 'Happy Friday! What are you reading this weekend?')]],
    ] as [string, string, HistoryPost[]][]
  ).map(([name, text, history]) => ({ name, text, history })),
  invalid: (
    [
      ['a typo ("you entire")', '20% OFF you entire purchase TODAY', [on('2026-11-17', PROMO)], 'your post of 2026-11-17 ("20% OFF your entire purchase TODAY")'],
      ['the same offer reworded', 'Today only: take 20% off everything you buy in store!', [on('2026-11-17', PROMO)], 'The same offer as your post of 2026-11-17 ("20% OFF your entire purchase TODAY")'],
      ['buy-one-get-one told another way', 'This Saturday: two sourdough loaves for the price of one.', [on('2026-11-17', 'Buy one sourdough loaf, get one free this Saturday only!')], 'The same offer as your post of 2026-11-17'],
      ['the same code in other words', 'Stocking up for the pup? Use WOOF20 at checkout and save 20% on dog food.', [on('2026-11-17', '20% off all dog food this weekend with code WOOF20')], 'The same offer as your post of 2026-11-17'],
      ['a copy on another platform when crossPlatform is on', PROMO, [on('2026-11-17', PROMO, 'x')], 'your post of 2026-11-17', { crossPlatform: true }],
      ['a long earlier post, quoted by its start', 'FLASH SALE: 40% off every single pastry in the shop this Saturday only', [on('2026-11-20', 'FLASH SALE: 40% off every single pastry in the shop this Saturday only!')], 'your post of 2026-11-20 ("FLASH SALE: 40% off every single pastry…")'],
      ['a copy 1 minute inside the window', PROMO, [on(new Date(NOW - 30 * 86_400_000 + 60_000).toISOString(), PROMO)], 'your post of 2026-10-25'],
      ['an earlier promotion that the draft rewords a little', '20 percent OFF your entire purchase TODAY', [on('2026-11-17', PROMO)], 'your post of 2026-11-17 ("20% OFF your entire purchase TODAY")'],
      ['the date as the person wrote it (their time zone)', PROMO, [on('2026-11-17T23:30:00-08:00', PROMO)], 'your post of 2026-11-17 ('],
    ] as [string, string, HistoryPost[], string, Record<string, unknown>?][]
  ).map(([name, text, history, expected, options]) => ({
    name,
    text,
    history,
    options,
    expect: [{ severity: 'warning' as const, message: new RegExp(expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), evidence: history[0].text }],
  })),
});

describe('duplicate-promotion', () => {
  it('flags the seventh copy of "20% OFF your entire purchase TODAY", naming the first and latest', () => {
    expect(check(PROMO, SIX_COPIES)).toEqual([
      {
        ruleId: RULE,
        severity: 'warning',
        message:
          'Almost the same as 6 of your posts since 2026-10-27, the latest on 2026-11-17 ("20% OFF your entire purchase TODAY"): say something new or point to the earlier post.',
        spans: [],
        evidence: PROMO,
        details: '100% alike in wording (counted from 80%)',
        suggestion: 'Repeat an offer only when something changed (a new product, the last day) and say what changed.',
      },
    ]);
  });

  it('says what the reworded repeat shares in its details', () => {
    const [d] = check('Stocking up for the pup? Use WOOF20 at checkout and save 20% on dog food.', [on('2026-11-17', '20% off all dog food this weekend with code WOOF20')]);
    expect(d.details).toBe('same offer terms: 20%, code WOOF20');
  });

  it('leaves replies and comments alone', () => {
    expect(check(PROMO, SIX_COPIES, {}, { kind: 'comment' })).toEqual([]);
  });

  it('notes a word-for-word repeat that is no promotion as info, without advice on offers', () => {
    const text = 'Our bakery opens at 7am tomorrow, see you there';
    expect(check(text, [on(hoursAgo(30), 'Our bakery opens at 8am tomorrow, see you there!')])).toEqual([
      {
        ruleId: RULE,
        severity: 'info',
        message:
          'Almost the same as your post of 2026-11-23 ("Our bakery opens at 8am tomorrow, see…"): say something new or point to the earlier post.',
        spans: [],
        evidence: 'Our bakery opens at 8am tomorrow, see you there!',
        details: '100% alike in wording (counted from 80%)',
      },
    ]);
  });

  it('follows the threshold and window options', () => {
    // Without offer terms only the wording counts, so the threshold decides.
    const typo = [on('2026-11-17', 'FLASH SALE at the bakery, see you there')];
    expect(check('FLASH SALE at the bakery, see you their', typo)).toHaveLength(1);
    expect(check('FLASH SALE at the bakery, see you their', typo, { threshold: 0.99 })).toEqual([]);
    expect(check(PROMO, [on('2026-09-01', PROMO)], { windowDays: 90 })).toHaveLength(1);
  });

  it('counts only the copies in the window among many posts', () => {
    const filler = Array.from({ length: 300 }, (_, i) => on(hoursAgo(i * 5 + 1), `Tip ${i}: label every shelf in the workshop, it saves time when ${i % 7} people look for tools.`));
    const found = check(PROMO, [...filler, ...SIX_COPIES, on('2026-10-01', PROMO)]);
    expect(found.map((d) => d.message)).toEqual([
      'Almost the same as 6 of your posts since 2026-10-27, the latest on 2026-11-17 ("20% OFF your entire purchase TODAY"): say something new or point to the earlier post.',
    ]);
  });
});

describe('duplicate-promotion: reworded repeats and look-alikes', () => {
  const earlier = (text: string) => [on(hoursAgo(24).slice(0, 10), text)];

  it('catches the same offer in other words: the same price and goods, told another way', () => {
    const found = check('Sundays mean unlimited brunch with us: 45 pounds per person. Book a table.', earlier('Bottomless brunch every Sunday, £45 a head. Reserve now!'));
    expect(found).toHaveLength(1);
    expect(found[0].details).toBe('same offer terms: £45');
  });

  it('calls a near-copy that repeats its price a repeated promotion, though it reads as no hard sell', () => {
    const found = check('Gel nails £25 every tuesday, walk-ins welcome!', earlier('Gel nails £25 every Tuesday. Walk-ins welcome!'));
    expect(found.map((d) => d.severity)).toEqual(['warning']);
  });

  it('leaves a look-alike with another product swapped in alone', () => {
    expect(check('25% off all tulip bouquets this weekend only 🌷', earlier('25% off all rose bouquets this weekend only 🌹'))).toEqual([]);
  });

  it('leaves a notice calling the offer off alone', () => {
    const offer = 'Any large coffee + a pastry for £4.50 before 10am all week';
    expect(check(`${offer}? Not this week, sorry: the oven is broken.`, earlier(offer))).toEqual([]);
  });
});
