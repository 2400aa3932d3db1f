import { describe, expect, it } from 'vitest';
import { lint, settingsSchema, type SettingsInput } from '../../../src/lint';

function shouting(text: string, options: Record<string, unknown> = {}) {
  const settings: SettingsInput = { rules: { shouting: { options } } };
  return lint({ text, platform: 'facebook', kind: 'post' }, { now: 0, history: [] }, settingsSchema.parse(settings)).filter(
    (d) => d.ruleId === 'shouting',
  );
}

const quoted = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('shouting', () => {
  it('quotes capitals and "!!!" in one warning, with a span on each', () => {
    const text = 'FLASH SALE today!!! Everything must go.';
    const [d, ...rest] = shouting(text);
    expect(rest).toEqual([]);
    expect(d.severity).toBe('warning');
    expect(d.message).toBe('"FLASH SALE" and "!!!" read as shouting: write in sentence case and keep one "!".');
    expect(d.spans).toEqual([
      { start: 0, end: 10 },
      { start: 16, end: 19 },
    ]);
  });

  it.each<[string, string[]]>([
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
  ])('flags %j at %j', (text, words) => {
    const [d] = shouting(text);
    expect(d).toBeDefined();
    expect(quoted(text, d.spans)).toEqual(words);
  });

  it('counts UTF-16 offsets past emoji', () => {
    const text = '🎉🎉 HUGE SALE 🎉🎉';
    expect(shouting(text)[0].spans).toEqual([{ start: 5, end: 14 }]);
  });

  it.each([
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
  ])('does not flag %j', (text) => {
    expect(shouting(text)).toEqual([]);
  });

  it('flags a post that is mostly capitals as a whole', () => {
    const text = 'THIS IS THE BEST DEAL EVER, BUY NOW OR MISS OUT FOREVER';
    const [d] = shouting(text);
    expect(d.message).toBe('The post is 100% capitals: write in sentence case.');
    expect(d.spans).toEqual([{ start: 0, end: text.length }]);
  });

  it('counts acronyms too when the whole post shouts', () => {
    const text = 'NASA, USA, CEO, FAQ, AI, ESA, UK, EU';
    expect(quoted(text, shouting(text)[0].spans)).toEqual([text]);
  });

  it('names the exclamation marks of a post in capitals', () => {
    const text = 'HUGE SALE TODAY ONLY. EVERYTHING GOES!!!';
    const [d] = shouting(text);
    expect(d.message).toBe('The post is 100% capitals and "!!!" reads as shouting: write in sentence case and keep one "!".');
    expect(quoted(text, d.spans)).toEqual(['HUGE SALE TODAY ONLY', 'EVERYTHING GOES', '!!!']);
  });

  it('lists at most three quotes', () => {
    const text = 'BUY NOW. ACT FAST. LAST CHANCE. DONT WAIT. more words here to keep it mostly lowercase, really';
    expect(shouting(text)[0].message).toBe('"BUY NOW", "ACT FAST", "LAST CHANCE" and 1 more read as shouting: write in sentence case.');
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['Best day ever!!!', { maxExclamations: 3 }, []],
    ['We are HIRING engineers', { minWordLetters: 6 }, ['HIRING']],
    ['AI FAQ', { minRunLetters: 5 }, ['AI FAQ']],
    ['Mostly CAPITALS HERE BUT not ALL of it', { maxCapsShare: 0.3, minLettersForShare: 10 }, ['CAPITALS HERE BUT', 'ALL']],
  ])('follows its options: %j with %j', (text, options, words) => {
    const found = shouting(text, options);
    expect(found.flatMap((d) => quoted(text, d.spans))).toEqual(words);
  });

  it('fills every option from an empty object', () => {
    const rule = settingsSchema.parse({}).rules.shouting;
    expect(rule.options).toEqual({ minRunLetters: 6, minWordLetters: 8, maxExclamations: 2, maxCapsShare: 0.5, minLettersForShare: 20 });
  });
});
