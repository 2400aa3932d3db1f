import { describe, expect, it } from 'vitest';
import { compareOffers, offerFingerprint } from '../../../src/lint/offer-fingerprint';

const terms = (text: string) => {
  const f = offerFingerprint(text);
  return { discounts: [...f.discounts], codes: [...f.codes], prices: [...f.prices], mechanics: [...f.mechanics], lots: [...f.lots] };
};

describe('offer fingerprints', () => {
  it.each([
    ['20% OFF your entire purchase TODAY', { discounts: ['20%'], codes: [], prices: [], mechanics: [], lots: [] }],
    ['Use WOOF20 at checkout and save 20 percent', { discounts: ['20%'], codes: ['WOOF20'], prices: [], mechanics: [], lots: [] }],
    ['Save £10 on any box, now £25', { discounts: ['£10 off'], codes: [], prices: ['£25'], mechanics: [], lots: [] }],
    ['Brunch at 45 pounds per person', { discounts: [], codes: [], prices: ['£45'], mechanics: [], lots: [] }],
    ['BOGO on all candles', { discounts: [], codes: [], prices: [], mechanics: ['bogo'], lots: [] }],
    ['Buy one loaf, get one free', { discounts: [], codes: [], prices: [], mechanics: ['bogo'], lots: [] }],
    ['Two loaves for the price of one', { discounts: [], codes: [], prices: [], mechanics: ['bogo'], lots: [] }],
    ['The second one is half price', { discounts: [], codes: [], prices: [], mechanics: [], lots: [] }],
    ['Second candle half price', { discounts: [], codes: [], prices: [], mechanics: ['bogo half price'], lots: [] }],
    ['3 for 2 on all books', { discounts: [], codes: [], prices: [], mechanics: ['multi-buy 3/2'], lots: [] }],
    ['Free delivery this week', { discounts: [], codes: [], prices: [], mechanics: ['free delivery'], lots: [] }],
    ['A limited run of 200 hoodies', { discounts: [], codes: [], prices: [], mechanics: [], lots: ['200 hoody'] }], // plurals folded the same way on both sides
  ] as const)('%j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('keeps the goods as product words, plurals folded, sale words left out', () => {
    expect([...offerFingerprint('20% off all candles and loaves this weekend only!').products]).toEqual(['candle', 'loaf']);
  });

  it.each([
    ['20% off all candles', 'Candles: 20% off, this week', 'same'],
    ['BOGO on sourdough loaves', 'Buy one sourdough loaf, get one free', 'same'],
    ['Use code SPRING10 today', 'Code SPRING10 still works', 'same'],
    ['20% off all candles', '30% off all candles', 'different'],
    ['20% off all winter jackets', '20% off summer dresses', 'different'],
    ['EV charger installs from £799', 'EV charger installs from £999', 'different'],
    ['20% off all candles', 'Our candles are hand-poured', 'unknown'],
  ] as const)('%j vs %j: %s', (a, b, relation) => {
    expect(compareOffers(offerFingerprint(a), offerFingerprint(b))).toBe(relation);
  });
});
