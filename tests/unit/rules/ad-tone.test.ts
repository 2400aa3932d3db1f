import { describe, expect, it } from 'vitest';
import { lint, RULES, settingsSchema, type Diagnostic, type Kind, type SettingsInput } from '../../../src/lint';

const RULE = 'ad-tone';
const WARNING = 'lead with what the reader gets.';

function run(text: string, ruleSettings: Record<string, unknown> = {}, phrases: SettingsInput['phrases'] = {}, kind: Kind = 'post'): Diagnostic[] {
  const settings = settingsSchema.parse({
    rules: Object.fromEntries(RULES.map((r) => [r.id, r.id === RULE ? ruleSettings : { enabled: false }])),
    phrases,
  });
  return lint({ text, platform: 'facebook', kind }, { now: 0, history: [] }, settings);
}

/** The highlighted words, for readable tables; offsets are checked against them. */
const quoted = (text: string, d: Diagnostic) => d.spans.map((s) => text.slice(s.start, s.end));

describe('ad-tone', () => {
  it('warns on a hard sell, quoting its top three phrases, with a span on each trigger', () => {
    const text = 'FLASH SALE 40% OFF today only, shop now';
    expect(run(text)).toEqual([
      {
        ruleId: RULE,
        severity: 'warning',
        message: `"FLASH SALE", "40% OFF" and "today only" read like an ad: ${WARNING}`,
        spans: [
          { start: 0, end: 10 },
          { start: 11, end: 18 },
          { start: 19, end: 29 },
          { start: 31, end: 39 },
        ],
        evidence: 'ad score 16 (warning from 3.5): short, pushy sales event (in capitals); percent off; deadline pressure; imperative to buy',
        suggestion: 'Open with a tip, a use or a story the reader gets something from; keep one plain call to action and drop the pressure words.',
      },
    ]);
  });

  it.each([
    {
      text: '20% OFF your entire purchase TODAY',
      message: `"20% OFF" and "entire purchase" read like an ad: ${WARNING}`,
      spans: [[0, 7], [13, 28], [29, 34]],
      words: ['20% OFF', 'entire purchase', 'TODAY'],
    },
    {
      text: '<p><b>Flash sale</b>: 30% off everything, <a href="https://shop.example.com">shop now</a></p>',
      message: `"Flash sale", "30% off" and "shop now" read like an ad: ${WARNING}`,
      spans: [[6, 16], [22, 29], [77, 85]],
      words: ['Flash sale', '30% off', 'shop now'],
    },
    {
      text: '🔥🔥 Flash sale! 50% off all candles this weekend only 🛍️ Shop now 👉 link in bio',
      message: `"Flash sale", "50% off" and "this weekend only" read like an ad: ${WARNING}`,
      spans: [[5, 15], [17, 24], [37, 54], [59, 67], [71, 82]],
      words: ['Flash sale', '50% off', 'this weekend only', 'Shop now', 'link in bio'],
    },
    {
      text: 'You have won a £500 prize! To claim call 09061234567 now.',
      message: `"You have won", "£500" and "To claim" read like an ad: ${WARNING}`,
      spans: [[0, 12], [15, 19], [20, 25], [27, 35], [36, 52], [53, 56]],
      words: ['You have won', '£500', 'prize', 'To claim', 'call 09061234567', 'now'],
    },
    {
      text: 'Buy one get one free on all pastries until Sunday! Don\'t miss out!',
      message: `"Buy one get one", "free" and "Don't miss out" read like an ad: ${WARNING}`,
      spans: [[0, 15], [16, 20], [51, 65]],
      words: ['Buy one get one', 'free', "Don't miss out"],
    },
  ])('warns: $text', ({ text, message, spans, words }) => {
    const [d, ...rest] = run(text);
    expect(rest).toEqual([]);
    expect(d.severity).toBe('warning');
    expect(d.message).toBe(message);
    expect(d.spans.map((s) => [s.start, s.end])).toEqual(spans);
    expect(quoted(text, d)).toEqual(words);
  });

  it.each([
    'Tip: the library lends free museum passes — ask at the desk',
    'Ever wondered why sourdough takes two days? The starter needs time to wake up, and the long, cold rise gives the crust its blisters. Here is how we do it, step by step.',
    'Meet the team! From left: Anna, our head baker since 2015, Ben, who shapes every croissant by hand, and Carla. Photo taken at 5am, so be kind.',
    "Question for you: what's the one pastry you'd love us to bring back this winter? Tell us in the comments.",
    "We're hiring a barista — details in the link.",
    'Free parking is available behind the building after 6pm — several of you asked.',
    'We raised $2,340 for the children\'s hospital at Saturday\'s bake sale. You are amazing.',
    'Our new spring menu is here, with wild garlic soup and rhubarb tart. Which one should we make first?',
    'LOVE THIS SONG SO MUCH!!! https://youtu.be/abc',
    '',
  ])('says nothing: %s', (text) => {
    expect(run(text)).toEqual([]);
  });

  it('gives a mild case an info hint instead of a warning', () => {
    const text = 'Click here for the full menu.';
    expect(run(text)).toMatchObject([
      {
        severity: 'info',
        message: '"Click here" reads a little like an ad: make sure the post also gives the reader something.',
        spans: [{ start: 0, end: 10 }],
      },
    ]);
  });

  it('takes its thresholds and severity from the options', () => {
    const text = '20% OFF your entire purchase TODAY';
    expect(run(text, { options: { threshold: 8 } }).map((d) => d.severity)).toEqual(['info']);
    expect(run(text, { options: { threshold: 8, infoThreshold: 8 } })).toEqual([]);
    expect(run('Click here for the full menu.', { options: { infoThreshold: 3 } })).toEqual([]);
    expect(run(text, { severity: 'error' }).map((d) => d.severity)).toEqual(['error']);
  });

  it('leaves out allowed phrases (a company called "Free Shipping Co.")', () => {
    const text = 'Free Shipping Co. wins the award for best courier';
    expect(run(text).map((d) => d.severity)).toEqual(['warning']);
    expect(run(text, {}, { allowed: ['Free Shipping Co'] })).toEqual([]);
  });

  it("counts the person's own phrases and quotes them", () => {
    const text = 'The mega bundle is back in the shop';
    expect(run(text)).toEqual([]);
    const [d] = run(text, {}, { custom: [{ list: 'ad', phrase: 'mega bundle', weight: 4, note: 'our sales slogan' }] });
    expect([d.severity, d.message, quoted(text, d)]).toEqual(['warning', `"mega bundle" reads like an ad: ${WARNING}`, ['mega bundle']]);
  });

  it('checks replies and comments too', () => {
    expect(run('FLASH SALE 40% OFF today only, shop now', {}, {}, 'comment').map((d) => d.ruleId)).toEqual([RULE]);
  });
});
