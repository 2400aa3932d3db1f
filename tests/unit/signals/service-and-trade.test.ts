import { describe, expect, it } from 'vitest';
import { replyPitchEvidence } from '../../../src/lint/signals';
import { serviceOffers } from '../../../src/lint/signals/service-offer';
import { tokenize } from '../../../src/lint/text/tokenize';

const offered = (text: string) => serviceOffers(text, tokenize(text)).map((s) => text.slice(s.start, s.end));
const pitched = (text: string, label: string) =>
  replyPitchEvidence(text, tokenize(text))
    .filter((s) => s.label === label)
    .map((s) => text.slice(s.start, s.end));

describe('soft offers to serve the reader', () => {
  it.each([
    ["If you're still building rotas by hand, we'd love to show you what a Sunday off feels like.", ["we'd love to show you"]],
    ['Happy to set you up with a free account', ['Happy to set you']],
    ['would love to send you some samples 🧁', ['would love to send you']],
    ["I'd love to chat, I have a special rate", ["I'd love to chat"]],
    ['we can get you 1000 real followers', ['we can get you']],
    ['happy to do yours', ['happy to do yours']],
    ['We can build this for you in a weekend', ['We can build this for you']],
  ])('%j', (text, expected) => {
    expect(offered(text)).toEqual(expected);
  });

  it.each([
    ["We'd love to hear from you!"],
    ["Best decision I made all year, and I'd do it again."],
    ["I'll share the photos tomorrow."],
    ["We've emailed you the tracking link and we'll send your refund today."],
    ['Well, I send my love to the team.'],
  ])('finds no offer in %j', (text) => {
    expect(offered(text)).toEqual([]);
  });
});

describe("the writer's trade and the person's need, in replies", () => {
  const TRADE = "the writer's own business";
  const NEED = "the person's need the writer means to fill";

  it.each([
    ['Lovely office! We clean carpets for offices like this', ['We clean carpets']],
    ['Great team! We place product managers at startups', ['We place product']],
    ['this is exactly the problem we solve at Shiftly', ['we solve at']],
  ])('trade in %j', (text, expected) => {
    expect(pitched(text, TRADE)).toEqual(expected);
  });

  it.each([['Hi Tom, yes we do accept NHS patients.'], ['We do.'], ['Sorry, we help where we can but we are closed today']])('no trade in %j', (text) => {
    expect(pitched(text, TRADE)).toEqual([]);
  });

  it.each([
    ['When you need a photographer, I still have dates', ['When you need a']],
    ["When you're ready to scale, we place engineers", ["When you're ready"]],
  ])('need in %j', (text, expected) => {
    expect(pitched(text, NEED)).toEqual(expected);
  });

  it('leaves a customer asked to do something alone', () => {
    expect(pitched('If you need to change an appointment, call reception.', NEED)).toEqual([]);
  });
});
