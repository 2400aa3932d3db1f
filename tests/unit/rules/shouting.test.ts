import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../../src/lint';
import { testRule } from './rule-tester';

testRule('shouting', {
  defaults: { platform: 'facebook', kind: 'post' },
  valid: [
    // Acronyms and short capitals in an ordinary sentence.
    'NASA and the USA: our CEO answers the FAQ about AI.',
    'AI FAQ',
    'USA!',
    'Henry VIII visited the UK in 1520',
    'I am happy, OK?',
    'A B C D',
    // One emphasised word below the length of a shout.
    'We are HIRING engineers',
    // Two marks are emphasis; question marks alone are not shouting.
    'Wow!! That was fun!',
    'What?? Really?',
    // Scripts without case have no capitals.
    '今日は最高!!',
    '今日は最高です。ありがとうございました。',
    'مرحبا بالعالم',
    'שלום עולם',
    // Hashtags, mentions, cashtags and links are not prose.
    'Check #SALE #BIGDEAL @NASA $TSLA https://EXAMPLE.COM/SALE',
    '',
    // Its options.
    { text: 'Best day ever!!!', options: { maxExclamations: 3 } },
  ],
  invalid: [
    {
      name: 'capitals and "!!!" in one warning, with a span on each',
      text: 'FLASH SALE today!!! Everything must go.',
      expect: [
        {
          severity: 'warning',
          message: '"FLASH SALE" and "!!!" read as shouting: write in sentence case and keep one "!".',
          spans: [
            { start: 0, end: 10 },
            { start: 16, end: 19 },
          ],
        },
      ],
    },
    ...(
      [
        ['BUY NOW', ['BUY NOW']],
        ['What a GIVEAWAY this is', ['GIVEAWAY']],
        ['Big news. HUGE DISCOUNT on everything', ['HUGE DISCOUNT']],
        ['FLASH SALE: 40% OFF for members', ['FLASH SALE: 40% OFF']],
        ['T-SHIRTS ON SALE this week only', ['T-SHIRTS ON SALE']],
        ['СКИДКА СЕГОДНЯ только для вас', ['СКИДКА СЕГОДНЯ']],
        ['𝐅𝐋𝐀𝐒𝐇 𝐒𝐀𝐋𝐄 starts now', ['𝐅𝐋𝐀𝐒𝐇 𝐒𝐀𝐋𝐄']],
        ['NEW ARRIVALS\nSHOP NOW', ['NEW ARRIVALS', 'SHOP NOW']],
        ['Wow!!1 so good', ['!!1']],
        ['Really?!?! No way', ['?!?!']],
        ['Limited offer！！！', ['！！！']],
        ['Stop‼! Read this', ['‼!']],
        ['Best day ever!!!!!!', ['!!!!!!']],
      ] as const
    ).map(([text, spans]) => ({ text, expect: [{ spans }] })),
    { name: 'UTF-16 offsets past emoji', text: '🎉🎉 HUGE SALE 🎉🎉', expect: [{ spans: [{ start: 5, end: 14 }] }] },
    {
      name: 'a post that is mostly capitals, as a whole',
      text: 'THIS IS THE BEST DEAL EVER, BUY NOW OR MISS OUT FOREVER',
      expect: [{ message: 'The post is 100% capitals: write in sentence case.', spans: [{ start: 0, end: 55 }] }],
    },
    { name: 'acronyms too when the whole post shouts', text: 'NASA, USA, CEO, FAQ, AI, ESA, UK, EU', expect: [{ spans: ['NASA, USA, CEO, FAQ, AI, ESA, UK, EU'] }] },
    {
      name: 'the exclamation marks of a post in capitals',
      text: 'HUGE SALE TODAY ONLY. EVERYTHING GOES!!!',
      expect: [
        {
          message: 'The post is 100% capitals and "!!!" reads as shouting: write in sentence case and keep one "!".',
          spans: ['HUGE SALE TODAY ONLY', 'EVERYTHING GOES', '!!!'],
        },
      ],
    },
    {
      name: 'at most three quotes',
      text: 'BUY NOW. ACT FAST. LAST CHANCE. DONT WAIT. more words here to keep it mostly lowercase, really',
      expect: [{ message: '"BUY NOW", "ACT FAST", "LAST CHANCE" and 1 more read as shouting: write in sentence case.' }],
    },
    // Its options.
    { text: 'We are HIRING engineers', options: { minWordLetters: 6 }, expect: [{ spans: ['HIRING'] }] },
    { text: 'AI FAQ', options: { minRunLetters: 5 }, expect: [{ spans: ['AI FAQ'] }] },
    {
      text: 'Mostly CAPITALS HERE BUT not ALL of it',
      options: { maxCapsShare: 0.3, minLettersForShare: 10 },
      expect: [{ spans: ['CAPITALS HERE BUT', 'ALL'] }],
    },
  ],
});

describe('shouting', () => {
  it('fills every option from an empty object', () => {
    const rule = settingsSchema.parse({}).rules.shouting;
    expect(rule.options).toEqual({ minRunLetters: 6, minWordLetters: 8, maxExclamations: 2, maxCapsShare: 0.5, minLettersForShare: 20 });
  });
});
