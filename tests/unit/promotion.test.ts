import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsSchema, type SettingsInput } from '../../src/lint';
import { Analysis } from '../../src/lint/analysis';
import { isPromotional, PROMOTIONAL_SCORE, type PromotionScore } from '../../src/lint/promotion';

const DEFAULTS = defaultSettings();

function score(text: string, settings: SettingsInput = {}): PromotionScore {
  return new Analysis(text, Object.keys(settings).length ? settingsSchema.parse(settings) : DEFAULTS, []).promotion;
}

/** The signals as `kind:text` pairs, in text order. */
const seen = (text: string) => score(text).signals.map((s) => `${s.kind}:${s.text}`);

describe('scorePromotion: thresholds on whole posts', () => {
  it.each([
    'FLASH SALE 40% OFF today only, shop now',
    '20% OFF your entire purchase TODAY',
    'Buy one get one free on all pastries until Sunday! Don\'t miss out!',
    'You have won a £500 prize! To claim call 09061234567 now.',
    'Text SMILE to 55555 to get $20 off your next cleaning!',
    'Limited time offer: get 2 haircuts for $30. Book now before spots run out!',
    'Sale ends tonight at midnight! Last chance to save 25% on everything.',
  ])('promotional: %s', (text) => {
    expect(isPromotional(score(text))).toBe(true);
  });

  it.each([
    'Tip: the library lends free museum passes — ask at the desk',
    'Ever wondered why sourdough takes two days? The starter needs time to wake up. Here is how we do it, step by step.',
    'Meet the team! From left: Anna, our head baker, Ben and Carla. Photo taken at 5am, so be kind.',
    'Question for you: which pastry should we bring back this winter?',
    "We're hiring a barista — details in the link.",
    'We raised $2,340 for the children\'s hospital at Saturday\'s bake sale. Thank you!',
    'Free parking is available behind the building after 6pm.',
    'Are you free now? Can I call you later?',
    'LOVE THIS SONG SO MUCH!!! https://youtu.be/abc',
  ])('not promotional: %s', (text) => {
    const p = score(text);
    expect(isPromotional(p)).toBe(false);
    expect(p.score).toBeLessThan(2.5);
  });

  it('uses 3 as the promotional line', () => {
    expect(PROMOTIONAL_SCORE).toBe(3);
    expect(isPromotional({ score: 3, signals: [] })).toBe(true);
    expect(isPromotional({ score: 2.99, signals: [] })).toBe(false);
  });
});

describe('scorePromotion: signals', () => {
  it('names each signal with its text and position, in text order', () => {
    const text = 'FLASH SALE 40% OFF today only, shop now';
    const p = score(text);
    expect(p.signals.map((s) => [s.kind, s.text, s.start, s.end])).toEqual([
      ['phrase', 'FLASH SALE', 0, 10],
      ['pairing', 'FLASH SALE', 0, 10],
      ['caps', 'FLASH SALE 40% OFF', 0, 18],
      ['price', '40% OFF', 11, 18],
      ['phrase', 'today only', 19, 29],
      ['pairing', 'today only', 19, 29],
      ['phrase', 'shop now', 31, 39],
      ['phrase', 'shop now', 31, 39],
    ]);
    for (const s of p.signals) expect(text.slice(s.start, s.end)).toBe(s.text);
    // flash sale 3 × 1.5 (in capitals) + 40% off 3.5 + 2.5 + 2.5 + two pairings + caps 1, and what
    // the call "shop now" (after a comma) weighs beyond its phrase, 0.5
    expect(p.score).toBe(16.5);
  });

  it('gives a repeated phrase diminishing returns', () => {
    const p = score('free free free free free');
    expect(p.signals.map((s) => s.weight)).toEqual([1, 0.5, 0.25, 0.125, 0.0625]);
    expect(p.score).toBeCloseTo(1.94, 2);
  });

  it('caps what one list can add', () => {
    const p = score('discount, bargain, clearance, sale, coupon, voucher, bonus, jackpot, giveaway, sweepstakes');
    const ad = p.signals.filter((s) => s.kind === 'phrase').reduce((sum, s) => sum + s.weight, 0);
    expect(ad).toBe(7);
  });

  it('counts the longest phrase once where phrases overlap', () => {
    expect(seen('Free shipping on everything')).toEqual(['phrase:Free shipping']);
  });

  it('weighs a sales word in capitals half as much again, unless the whole text shouts', () => {
    // No verb here: "Get it FREE" would add a call to take the offer, which is not what this tests.
    expect(score('This is FREE').score).toBe(1.5);
    expect(score('This is free').score).toBe(1);
    expect(score('GET IT ALL FREE TODAY').signals.find((s) => s.text === 'FREE')?.weight).toBe(1);
  });

  it.each([
    ['Only $5 each', 'price:$5', 2],
    ['I lost £1.50 in 1990', 'price:£1.50', 1.5],
    ['Tickets are 5 euros', 'price:5 euros', 1.5],
    ['Menu 20€', 'price:20€', 1.5],
    ['Plans from $9.99/month', 'price:$9.99', 2],
    ['Set menus at £25 per head', 'price:£25', 2],
    ['Win a $100 gift card', 'price:$100', 2.5],
    ['Take $10 off today', 'price:$10 off', 3.5],
    ['Save 20% on shoes', 'price:Save 20%', 3.5],
    ['40 percent off', 'price:40 percent off', 3.5],
    ['Cocktails 2-for-1 on Thursdays', 'price:2-for-1', 2],
  ])('reads prices and cuts: %s', (text, signal, weight) => {
    const p = score(text);
    const s = p.signals.find((x) => x.kind === 'price');
    expect(`${s?.kind}:${s?.text}`).toBe(signal);
    expect(s?.weight).toBe(weight);
  });

  it.each(['95% of people agree', 'Up 300% since March', '700 for 5 nights', 'We are 2 for 2 this season'])('a number is not a price: %s', (text) => {
    expect(score(text).signals.filter((s) => s.kind === 'price')).toEqual([]);
  });

  it.each([
    ['Call 0800 123 4567 today', '0800 123 4567'],
    ['Ring (555) 123-4567', '(555) 123-4567'],
    ['+44 20 7946 0018 is our line', '+44 20 7946 0018'],
    ['Call 09061234567', '09061234567'],
    ['Text JOIN to 55555', 'Text JOIN to 55555'],
    ['txt the word WIN to no: 80086', 'txt the word WIN to no: 80086'],
  ])('finds phone numbers and short codes: %s', (text, found) => {
    expect(score(text).signals.filter((s) => s.kind === 'phone').map((s) => s.text)).toEqual([found]);
  });

  it.each([
    'Open 2026-11-24 and 24.11.2026',
    'Back in 2015 2016 and 2008-2010',
    'That is 1.000.000 views and 2,124,923,004 plays',
    'Over 5277478 comments',
    '1000000000 views',
    'Pi is 3.14159265',
    'Numbers 1 2 3 4 5 6 7 8',
    'Order ID12345678',
  ])('dates, counts and ids are not phones: %s', (text) => {
    expect(score(text).signals.filter((s) => s.kind === 'phone')).toEqual([]);
  });

  it('pairs a call to action with a deadline, also a plain "now" right after the action', () => {
    expect(seen('Shop now, ends tonight')).toContain('pairing:ends tonight');
    expect(seen('Call 0800 123 4567 NOW')).toContain('pairing:NOW');
    expect(seen('I am here now. Shop now is a silly name')).not.toContain('pairing:now');
  });

  it('pairs an offer with a way to take it up', () => {
    expect(seen('Free shipping this week, order online')).toContain('pairing:Free shipping');
    // a plain "free" is no offer yet
    expect(seen('Are you free? call now')).not.toContain('pairing:free');
  });

  it('lets boosters count only once something already sells', () => {
    expect(score('WHAT A GAME!!! https://example.com/highlights').score).toBe(0);
    expect(seen('FLASH SALE!!! https://example.com/sale')).toEqual(['phrase:FLASH SALE', 'exclaim:!!!', 'link:https://example.com/sale']);
  });

  it('ignores words and numbers inside links', () => {
    expect(seen('see https://shop.example.com/sale/50%25-off?ref=0800123456 and www.win-prize.com')).toEqual([]);
  });

  it('subtracts value markers, at most 2', () => {
    const p = score('Tip: how to keep bread fresh, step by step, with a recipe, did you know? Lessons learned.');
    const credit = p.signals.filter((s) => s.kind === 'value').reduce((sum, s) => sum + s.weight, 0);
    expect(credit).toBe(-2);
    expect(p.score).toBe(-2);
  });

  it('adds up signals only within a window, so a long article is judged paragraph by paragraph', () => {
    const filler = ' Our neighbourhood has changed a lot over the years and we have loved watching it grow.'.repeat(8);
    const spread = `Free parking nearby.${filler} Guaranteed fresh bread.${filler} Call us any time.`;
    expect(score(spread).score).toBeLessThan(2.5);
    const dense = `${filler} FLASH SALE: 40% off, today only!${filler}`;
    expect(isPromotional(score(dense))).toBe(true);
  });

  it('respects allowed phrases and custom phrases', () => {
    expect(score('Free Shipping Co. wins the award for best courier').score).toBe(3.5);
    expect(score('Free Shipping Co. wins the award for best courier', { phrases: { allowed: ['Free Shipping Co'] } }).score).toBe(1);
    const custom = { phrases: { custom: [{ list: 'ad' as const, phrase: 'mega bundle', weight: 4 }] } };
    expect(isPromotional(score('The mega bundle is back', custom))).toBe(true);
  });

  // No timing assertion (machines differ); a quadratic pass would not finish within the timeout.
  it('scores a 1 MB draft (linear passes, no regex blow-up)', { timeout: 60_000 }, () => {
    const MB = 1 << 20;
    const texts = [
      'FLASH SALE 40% OFF today only, shop now! Call 0800 123 4567 or text WIN to 80086. https://shop.example.com ',
      '1 2 3 4 5 6 7 8 9 0 ',
      'a.',
      'free ',
      '#tag @user 🎉 ',
    ].map((unit) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB));
    for (const text of texts) {
      const p = score(text);
      expect(Number.isFinite(p.score)).toBe(true);
      expect(p.signals.length).toBeLessThan(1000);
    }
  });
});
