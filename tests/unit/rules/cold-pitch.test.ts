import { describe, expect, it } from 'vitest';
import { lint, settingsSchema, type Kind, type Platform, type SettingsInput } from '../../../src/lint';

function coldPitch(text: string, kind: Kind, platform: Platform = 'x', settings: SettingsInput = {}) {
  return lint({ text, platform, kind }, { now: 0, history: [] }, settingsSchema.parse(settings)).filter(
    (d) => d.ruleId === 'cold-pitch',
  );
}

/** The highlighted words, which is what a reader checks first. */
const quoted = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

const PITCH = 'Hi, I see you enjoy this product. Please check out my site full of similar products!';
const PITCH_SPANS = [
  { start: 4, end: 19 }, // I see you enjoy
  { start: 34, end: 40 }, // Please
  { start: 41, end: 58 }, // check out my site
  { start: 67, end: 83 }, // similar products
];

describe('cold-pitch', () => {
  it('flags the classic cold message in a reply on X, quoting the pitch', () => {
    const [d, ...rest] = coldPitch(PITCH, 'reply', 'x');
    expect(rest).toEqual([]);
    expect(d.severity).toBe('warning');
    expect(d.message).toBe(
      '"check out my site" in a reply to a stranger reads as a cold pitch: answer their point first, and leave the link out unless they ask.',
    );
    expect(d.spans).toEqual(PITCH_SPANS);
    // 11 from the pitch phrases, 1.5 from the promotion score ("check out my" is a call to action).
    expect(d.details).toMatch(/^pitch score 12.5 \(flagged from 4\): "I see you enjoy" \+2, "Please" \+1, "check out my" \+4/);
    expect(d.evidence).toMatch(/^Reads as selling: /);
    expect(d.suggestion).toBeTruthy();
  });

  it.each<Platform>(['facebook', 'linkedin', 'x'])('flags the same text as a comment on %s', (platform) => {
    const [d] = coldPitch(PITCH, 'comment', platform);
    expect(d.message).toMatch(/^"check out my site" in a comment to a stranger reads as a cold pitch: /);
    expect(d.spans).toEqual(PITCH_SPANS);
  });

  it('leaves the same text alone as a top-level post: the own feed is not cold (ad-tone judges ads)', () => {
    expect(coldPitch(PITCH, 'post')).toEqual([]);
    expect(coldPitch('Check out my site', 'post')).toEqual([]);
  });

  it.each<[string, Kind, string[]]>([
    ['sub4sub anyone?', 'post', ['sub4sub']],
    ['Follow for follow 🙌 #f4f', 'post', ['Follow for follow', 'f4f']],
    ['I follow back everyone, promise', 'reply', ['I follow back']],
  ])('flags the follow trade %j in any kind (%s)', (text, kind, words) => {
    const [d] = coldPitch(text, kind);
    expect(quoted(text, d.spans)).toEqual(words);
    expect(d.message).toBe(`"${words[0]}" trades follows instead of earning them: post or reply with something worth following.`);
  });

  it.each<[string, Kind, string[]]>([
    ['Hey guys, please subscribe to my channel!!!', 'comment', ['Hey guys', 'please subscribe to my channel']],
    ['DM me for a collab 🤝', 'comment', ['DM me for a collab']],
    ['We can help you grow your followers fast.', 'reply', ['We can help you grow your followers']],
    ['Great post! Our team specialises in exactly this, can I send you details?', 'reply', ['Great post', 'Our team', 'specialises in', 'send you details']],
    ['Sorry you are in pain. We have emergency appointments today! Call us on 020 7946 0123.', 'reply', ['We have emergency appointments', 'Call us', '020 7946 0123']],
    ['Love your content! I make beats, check my soundcloud', 'reply', ['Love your content', 'I make beats', 'check my soundcloud']],
    ['Like this comment so I get noticed', 'comment', ['Like this comment']],
    ['Visit my page', 'reply', ['Visit my page']],
    ['Check out the docs: https://docs.example.com/setup', 'reply', ['Check out']],
  ])('flags %j (%s) with spans on the pitch', (text, kind, words) => {
    const [d] = coldPitch(text, kind);
    expect(d).toBeDefined();
    expect(quoted(text, d.spans)).toEqual(words);
  });

  it('flags a link dropped with nothing else, highlighting the link', () => {
    const text = 'https://myshop.example.com';
    const [d] = coldPitch(text, 'reply');
    expect(d.spans).toEqual([{ start: 0, end: 26 }]);
    expect(d.message).toMatch(/^"https:\/\/myshop\.example\.com" in a reply to a stranger reads as a cold pitch/);
  });

  it.each<[string, Kind]>([
    ['Thanks, I will check it out!', 'reply'],
    ['I will check out your channel, thanks!', 'reply'],
    ['Please DM us your order number and we will sort it out.', 'reply'],
    ['So sorry about the delay! DM us your order number and we will track it down today.', 'reply'],
    ['Yes we do! Table for four is fine on Friday, just give us a call on 0161 555 0100 to confirm the time.', 'reply'],
    ['We are open until 6pm on Saturdays and 10 to 4 on Sundays. See you soon!', 'comment'],
    ['Source: https://example.com/report', 'reply'],
    ['The setup guide covers this well, see section 3: https://docs.example.com/setup', 'reply'],
    ['Great post!', 'reply'],
    ['Love your content!', 'comment'],
    ['Follow my advice, seriously.', 'reply'],
    ['Check my DMs', 'reply'],
    ['This is my favorite song', 'comment'],
    ['Congrats on the launch, the new menu looks great.', 'comment'],
    ['', 'reply'],
  ])('does not flag %j (%s)', (text, kind) => {
    expect(coldPitch(text, kind)).toEqual([]);
  });

  it('reads through HTML: tags are not words, a link inside a tag still counts', () => {
    const html = '<p>Check out <b>my shop</b></p>';
    expect(coldPitch(html, 'comment')[0].spans).toEqual([
      { start: 3, end: 12 },
      { start: 16, end: 23 },
    ]);
    const anchor = '<a href="https://shop.example.com">my shop</a>';
    const [d] = coldPitch(anchor, 'comment');
    expect(quoted(anchor, d.spans)).toEqual(['my shop']);
    expect(d.details).toContain('"my shop" +2.5');
  });

  it('counts spans in UTF-16 units around emoji', () => {
    const text = '🔥🔥 Check out my page 👉 https://example.com/me 🔥';
    const [d] = coldPitch(text, 'reply');
    expect(d.spans).toEqual([{ start: 5, end: 22 }]);
    expect(quoted(text, d.spans)).toEqual(['Check out my page']);
  });

  it('takes its thresholds and boosters from the options', () => {
    const strict = { rules: { 'cold-pitch': { options: { threshold: 20 } } } };
    expect(coldPitch(PITCH, 'reply', 'x', strict)).toEqual([]);
    const noBare = { rules: { 'cold-pitch': { options: { bareWeight: 0 } } } };
    expect(coldPitch('https://myshop.example.com', 'reply', 'x', noBare)).toEqual([]);
    const postsToo = { rules: { 'cold-pitch': { options: { postPhraseWeight: 4 } } } };
    expect(coldPitch('Check out my site', 'post', 'x', postsToo)).toHaveLength(1);
    const asError = { rules: { 'cold-pitch': { severity: 'error' as const } } };
    expect(coldPitch(PITCH, 'reply', 'x', asError)[0].severity).toBe('error');
  });

  it('uses the person\'s own phrases and allowed phrases', () => {
    const own = { phrases: { custom: [{ list: 'cold-pitch' as const, phrase: 'my etsy', weight: 4 }] } };
    expect(quoted('Have a look: my etsy', coldPitch('Have a look: my etsy', 'reply', 'x', own)[0].spans)).toEqual(['my etsy']);
    const allowed = { phrases: { allowed: ['check out my site'] } };
    expect(coldPitch('Check out my site', 'reply', 'x', allowed)).toEqual([]);
  });

  it('stays bounded on a huge repetitive comment: one finding, at most 50 spans', () => {
    const text = 'Check out my channel and subscribe! '.repeat(5_000);
    const found = coldPitch(text, 'comment');
    expect(found).toHaveLength(1);
    expect(found[0].spans.length).toBeLessThanOrEqual(50);
    expect(found[0].evidence!.length).toBeLessThan(400);
  });
});
