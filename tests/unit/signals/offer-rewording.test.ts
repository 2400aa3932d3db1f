import { describe, expect, it } from 'vitest';
import { compareOffers, offerFingerprint } from '../../../src/lint/offer-fingerprint';
import { swappedGoods, withdrawsOffer } from '../../../src/lint/offer-lookalike';
import { tokenize } from '../../../src/lint/text/tokenize';

const terms = (text: string) => {
  const f = offerFingerprint(text);
  return { discounts: [...f.discounts], codes: [...f.codes], prices: [...f.prices], mechanics: [...f.mechanics], lots: [...f.lots] };
};
const none = { discounts: [], codes: [], prices: [], mechanics: [], lots: [] };

describe('offer terms said in words', () => {
  it.each([
    ['Growth Summit tickets are a quarter cheaper with EARLY25 at checkout', { ...none, discounts: ['25%'], codes: ['EARLY25'] }],
    ['Iced lattes are half price this week', { ...none, discounts: ['50%'] }],
    ['Mondays: any two pizzas, twenty quid', { ...none, prices: ['£20'], lots: ['2 pizza'] }],
    ['Try Ledgerly free for 14 days, no card needed', { ...none, mechanics: ['free trial 14 days'] }],
    ['The first two weeks are on us', { ...none, mechanics: ['free trial 14 days'] }],
    ['Start your 30-day free trial today', { ...none, mechanics: ['free trial 30 days'] }],
    ['Your consultation at no cost this month', { ...none, mechanics: ['free'] }],
    ['Free toy with all orders over £40', { ...none, prices: ['£40'], mechanics: ['free toy'] }],
    ['Second candle half price', { ...none, mechanics: ['bogo half price'] }],
  ] as const)('%j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it.each([
    ['Bottomless brunch every Sunday, £45 a head. Reserve now!', 'Sundays mean unlimited brunch with us: 45 pounds per person. Book a table.', 'same'],
    ['Free delivery on all orders over £40 this week!', 'Spend £40 or more this week and we will deliver to your door at no charge.', 'same'],
    ['Free delivery on all orders over £40 this week!', 'Free toy with all orders over £40 this week!', 'different'],
    ['Mini session slots, only 6 left at $120', 'Six mini sessions remain, $120 each', 'same'],
    ['A run of 200 hoodies', 'A run of 300 hoodies', 'different'],
  ] as const)('%j vs %j: %s', (a, b, relation) => {
    expect(compareOffers(offerFingerprint(a), offerFingerprint(b))).toBe(relation);
  });
});

describe('look-alikes that are another offer', () => {
  const swapped = (a: string, b: string) => swappedGoods(offerFingerprint(a), offerFingerprint(b));

  it('sees another product in the same template, but not a typo', () => {
    expect(swapped('25% off all rose bouquets this weekend only', '25% off all tulip bouquets this weekend only')).toBe(true);
    expect(swapped('25% off all rose bouquets this weekend only', '25% off all rose bouqets this weekend only!')).toBe(false);
    expect(swapped('Enrol on the strategy course', 'Enroll on the strategy course')).toBe(false);
    expect(swapped('Gel nails £25 every Tuesday', 'Gel nails £25 every Tuesday, walk-ins welcome')).toBe(false);
  });

  it('sees an offer called off in words the earlier post did not use', () => {
    const earlier = tokenize('Pastry and coffee for £4.50 before 10am all week');
    expect(withdrawsOffer(tokenize('Pastry and coffee for £4.50 before 10am? Not this week, sorry'), earlier)).toBe(true);
    expect(withdrawsOffer(tokenize('Pastry and coffee for £4.50 before 10am, all week!'), earlier)).toBe(false);
  });
});
