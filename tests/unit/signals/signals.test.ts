import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/lint/text/tokenize';
import { promotionEvidence, replyPitchEvidence, type SignalFamily } from '../../../src/lint/signals';
import { readerGain } from '../../../src/lint/signals/reader-gain';

/** The signals of one family as `quoted text` pairs with their weight, in text order. */
function found(text: string, family: SignalFamily): [string, number][] {
  const evidence = family === 'pitch' ? replyPitchEvidence(text, tokenize(text)) : promotionEvidence(text, tokenize(text));
  return evidence.filter((s) => s.family === family).map((s) => [text.slice(s.start, s.end), s.weight]);
}

describe('transaction calls', () => {
  it.each([
    ['Request a demo and see it on your own data.', [['Request a demo', 3]]],
    ['Need a roof? Call us on 0161 555 0142 for a free quote.', [['Call us on 0161', 3]]],
    ['Walk-ins welcome or book via the app!', [['book via the app', 2]]],
    ["Let's hop on a call.", [['hop on a call', 3.5]]],
    ['Great news. So just secure your spot today', [['secure your spot', 3]]],
    ['Message us to book a table.', [['Message us to book a table', 2.5]]],
    ['DM us to book.', [['DM us to book', 2.5]]],
    ["Don't forget to register for the workshop", [['register for the workshop', 2]]],
  ] as const)('finds the call in %j', (text, calls) => {
    expect(found(text, 'call')).toEqual(calls);
  });

  it.each([
    ['Book lovers, this one is for you.'],
    ['Call your mum this Sunday.'],
    ['We are hiring! Join our team in Bristol, apply via the link.'],
    ['So sorry about the delay! DM us your order number and we will look.'],
    ['We book our holidays early every year.'],
    ['Read the book. It changed how I bake.'],
  ])('finds no call in %j', (text) => {
    expect(found(text, 'call')).toEqual([]);
  });

  it('counts one verb once and at most three calls, even in a long paste', () => {
    const text = 'Book now! '.repeat(50) + 'Order online. Call us today. Shop the sale.';
    expect(found(text, 'call').map(([quote]) => quote)).toEqual(['Book now', 'Order online', 'Call us today']);
  });
});

describe('offers, scarcity, self-praise and the reader as a buyer', () => {
  it.each([
    ['offer', 'Packages start at $499.', [['Packages start', 2]]],
    ['offer', 'Buy one candle, get the second one free.', [['Buy one', 1], ['second one free', 2.5]]],
    ['offer', 'Everything in store 2 for £30 this weekend.', [['Everything in store', 1.5], ['2 for £30', 2.5]]],
    ['scarcity', 'Prices go up on Friday.', [['Prices go up', 2.5]]],
    ['scarcity', 'Deposit of $300 secures your place, only 8 spots.', [['only 8 spots', 2]]],
    ["scarcity", "We've got room for 2 new clients in January.", [['room for 2 new clients', 2]]],
    ['self-praise', 'Our award-winning team is trusted by 1,000 brands.', [['award-winning', 1.5], ['trusted by', 1.5]]],
    ['self-praise', 'Best-in-class payroll software for small teams.', [['Best-in-class', 2]]],
    ['buyer', 'Get 15% off your first order.', [['your first order', 2]]],
  ] as const)('%s in %j', (family, text, signals) => {
    expect(found(text, family)).toEqual(signals);
  });

  it.each([
    ['offer', 'A customer asked why our bread costs $7. Here is where the money goes.'],
    ['scarcity', 'It is 2 minutes from the station.'],
    ['scarcity', 'We have 300 regulars who come every week.'],
    ['buyer', 'DM us your order number and we will track it down.'],
  ] as const)('no %s in %j', (family, text) => {
    expect(found(text, family)).toEqual([]);
  });

  it('counts praise of someone else a quarter', () => {
    expect(found('Congrats on the award-winning menu, Sam!', 'self-praise')).toEqual([['award-winning', 0.375]]);
  });

  it('ignores words inside a link', () => {
    const text = 'shop.example.com/25-off-everything';
    expect(promotionEvidence(text, tokenize(text), [{ start: 0, end: text.length }])).toEqual([]);
  });
});

describe('reply pitches', () => {
  it.each([
    ['Our team specialises in exactly this, can I send you details?', ['Our team', 1], ['specialises in', 2], ['send you details', 2]],
    ['Is your salon still using a paper diary? Our booking app fixes no-shows.', ['Our booking', 1.5]],
    ['If you want to grow your followers I can help, check my profile.', ['grow your followers', 3], ['I can help', 2], ['check my profile', 2]],
  ] as const)('finds the pitch in %j', (text, ...expected) => {
    const pitch = found(text, 'pitch');
    for (const e of expected) expect(pitch).toContainEqual(e);
  });

  it.each([
    ['So sorry about the delay! DM us your order number and we will track it down today.'],
    ['Yes we do! Table for four is fine on Friday, just give us a call to confirm.'],
    ['We are open until 6pm on Saturdays. See you soon!'],
  ])('weighs a business answering its customer against a pitch: %j', (text) => {
    const total = found(text, 'pitch').reduce((sum, [, w]) => sum + w, 0);
    expect(total).toBeLessThan(0);
  });
});

describe('what a post gives the reader', () => {
  it.each([
    ['We are thrilled to announce that we have a new logo! 🎉', { useful: false, announcement: 'thrilled to announce', contentFree: false }],
    ['Friday feeling 🎉', { useful: false, announcement: undefined, contentFree: true }],
    ['Closed today, sorry!', { useful: true, announcement: undefined, contentFree: false }],
    ['Closing at 3pm.', { useful: false, announcement: undefined, contentFree: false }],
    ['Our phone lines are down due to a fault.', { useful: true, announcement: undefined, contentFree: false }],
  ] as const)('%j', (text, expected) => {
    const gain = readerGain(text, tokenize(text));
    expect({ ...gain, announcement: gain.announcement && text.slice(gain.announcement.start, gain.announcement.end) }).toEqual(expected);
  });
});
