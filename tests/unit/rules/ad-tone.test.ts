import type { SettingsInput } from '../../../src/lint';
import { testRule } from './rule-tester';

const WARNING = 'lead with what the reader gets.';
const spansAt = (pairs: [number, number][]) => pairs.map(([start, end]) => ({ start, end }));
const OWN_PHRASE: SettingsInput = { phrases: { custom: [{ list: 'ad', phrase: 'mega bundle', weight: 4, note: 'our sales slogan' }] } };

testRule('ad-tone', {
  defaults: { platform: 'facebook', kind: 'post' },
  valid: [
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
    // Thresholds from the options; allowed phrases ("Free Shipping Co." is a company).
    { text: '20% OFF your entire purchase TODAY', options: { threshold: 8, infoThreshold: 8 } },
    { text: 'Click here for the full menu.', options: { infoThreshold: 3 } },
    { text: 'Free Shipping Co. wins the award for best courier', settings: { phrases: { allowed: ['Free Shipping Co'] } } },
    // Without the person's own phrase.
    'The mega bundle is back in the shop',
  ],
  invalid: [
    {
      name: 'a hard sell: its top three phrases quoted, a span on each trigger',
      text: 'FLASH SALE 40% OFF today only, shop now',
      expect: [
        {
          severity: 'warning',
          message: `"FLASH SALE", "40% OFF" and "today only" read like an ad: ${WARNING}`,
          spans: spansAt([[0, 10], [11, 18], [19, 29], [31, 39]]),
          evidence: 'What makes it sell: a flash sale (in capitals); percent off; a tight deadline; tells the reader to buy.',
          details: 'ad score 16.5 (warning from 3)',
          suggestion: 'Open with a tip, a use or a story the reader gets something from; keep one plain call to action and drop the pressure words.',
        },
      ],
    },
    ...[
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
    ].flatMap(({ text, message, spans, words }) => [
      { text, expect: [{ severity: 'warning' as const, message, spans: spansAt(spans as [number, number][]) }] },
      { text, name: `${JSON.stringify(text).slice(0, 60)} (words)`, expect: [{ spans: words }] },
    ]),
    {
      name: 'a mild case: an info hint instead of a warning',
      text: 'Click here for the full menu.',
      expect: [{ severity: 'info', message: '"Click here" reads a little like an ad: make sure the post also gives the reader something.', spans: [{ start: 0, end: 10 }] }],
    },
    { text: '20% OFF your entire purchase TODAY', options: { threshold: 8 }, expect: [{ severity: 'info' }] },
    { name: 'severity from the settings', text: '20% OFF your entire purchase TODAY', settings: { rules: { 'ad-tone': { severity: 'error' } } }, expect: [{ severity: 'error' }] },
    { name: 'without the allowed phrase', text: 'Free Shipping Co. wins the award for best courier', expect: [{ severity: 'warning' }] },
    {
      name: "the person's own phrase, quoted",
      text: 'The mega bundle is back in the shop',
      settings: OWN_PHRASE,
      // "is back" is a restock's wording, quoted and highlighted beside the person's own phrase.
      expect: [{ severity: 'warning', message: `"mega bundle" and "is back" read like an ad: ${WARNING}`, spans: ['mega bundle', 'is back'] }],
    },
    { name: 'replies and comments too', text: 'FLASH SALE 40% OFF today only, shop now', kind: 'comment', expect: [{ severity: 'warning' }] },
  ],
});
