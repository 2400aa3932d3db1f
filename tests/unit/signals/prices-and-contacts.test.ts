import { describe, expect, it } from 'vitest';
import { barePrices } from '../../../src/lint/promotion/bare-prices';
import { emailSignals } from '../../../src/lint/promotion/contacts';
import { tokenize } from '../../../src/lint/text/tokenize';

/** The quoted words of each bare price. */
function prices(text: string): string[] {
  const tokens = tokenize(text);
  return barePrices(text, tokens).map(([a, b]) => text.slice(tokens[a].start, tokens[b].end));
}

describe('prices without a currency sign', () => {
  it.each([
    ['cardamom buns + flat white combo for 6.50. come try it', ['6.50']],
    ['Xmas party menus are out! 3 courses £35pp.', ['35pp']],
    ['Nordmann firs from 35, netted and delivered', ['35']],
    ['Eat as much as you like for 15 a head', ['15 a head']],
    ['11,995 or finance from 189 a month', ['189 a month']],
    ['We fix both, starting at 1,200/month.', ['1,200/month']],
    ['Fixed-fee tax return: 195 + VAT', ['195 + VAT']],
    ['Oven cleaning 49 instead of 65', ['65']],
    ['Lifetime access for just 9.', ['9']],
  ])('%j', (text, expected) => {
    expect(prices(text)).toEqual(expected);
  });

  it.each([
    ['Open from 9, closed Sundays.'],
    ['Flexible terms from 12 months.'],
    ['We have been baking for 15 years'],
    ['Our best year since 2019, thanks to you'],
    ['Table for 10, please'],
    ['Raised 2,340 for the food bank'],
    ['Eat 5 a day'],
    ['Doors 7:30, show 8'],
  ])('finds no price in %j', (text) => {
    expect(prices(text)).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it.each([
    ['Deposits to hold dates, email bookings@luigis.example.co.uk', ['bookings@luigis.example.co.uk']],
    ['Write to jo.smith+cakes@bakery.example.com.', ['jo.smith+cakes@bakery.example.com']],
    ['Ask @crumbandco or hi@crumb.example', ['hi@crumb.example']],
  ])('%j', (text, expected) => {
    expect(emailSignals(text).map((s) => s.text)).toEqual(expected);
  });

  it('ignores handles, bare "@" and addresses without a domain', () => {
    expect(emailSignals('thanks @jo! meet @ 5, or mail me@localhost')).toEqual([]);
  });

  it('stays small on a long run of "@"', () => {
    const found = emailSignals(`${'a@b.co '.repeat(20_000)}`);
    expect(found.length).toBeLessThan(10);
  });
});
