import { describe, expect, it } from 'vitest';
import type { Kind, Platform } from '../../../src/lint';
import { lintRule, testRule } from './rule-tester';

const PITCH = 'Hi, I see you enjoy this product. Please check out my site full of similar products!';
const PITCH_SPANS = [
  { start: 4, end: 19 }, // I see you enjoy
  { start: 34, end: 40 }, // Please
  { start: 41, end: 58 }, // check out my site
  { start: 67, end: 83 }, // similar products
];
const trade = (quote: string) => `"${quote}" trades follows instead of earning them: post or reply with something worth following.`;

testRule('cold-pitch', {
  defaults: { platform: 'x' },
  valid: [
    // The own feed is not cold (ad-tone judges ads).
    { text: PITCH, kind: 'post' },
    { text: 'Check out my site', kind: 'post' },
    ...(
      [
        ['Thanks, I will check it out!', 'reply'],
        ['I will check out your channel, thanks!', 'reply'],
        ['Please DM us your order number and we will sort it out.', 'reply'],
        // A business answering its own customer is no pitch.
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
      ] as [string, Kind][]
    ).map(([text, kind]) => ({ text, kind })),
    // Its options, own and allowed phrases.
    { text: PITCH, kind: 'reply', options: { threshold: 20 } },
    { text: 'https://myshop.example.com', kind: 'reply', options: { bareWeight: 0 } },
    { text: 'Check out my site', kind: 'reply', settings: { phrases: { allowed: ['check out my site'] } } },
  ],
  invalid: [
    {
      name: 'the classic cold message in a reply on X, quoting the pitch',
      text: PITCH,
      kind: 'reply',
      expect: [
        {
          severity: 'warning',
          message: '"check out my site" in a reply to a stranger reads as a cold pitch: answer their point first, and leave the link out unless they ask.',
          spans: PITCH_SPANS,
          evidence: /^Reads as selling: /,
          // 11 from the pitch phrases, 1.5 from the promotion score ("check out my" is a call to action).
          details: /^pitch score 12.5 \(flagged from 4\): "I see you enjoy" \+2, "Please" \+1, "check out my" \+4/,
          suggestion: /./,
        },
      ],
    },
    ...(['facebook', 'linkedin', 'x'] as Platform[]).map((platform) => ({
      text: PITCH,
      kind: 'comment' as const,
      platform,
      expect: [{ message: /^"check out my site" in a comment to a stranger reads as a cold pitch: /, spans: PITCH_SPANS }],
    })),
    // Follow trades, in any kind.
    ...(
      [
        ['sub4sub anyone?', 'post', ['sub4sub']],
        ['Follow for follow 🙌 #f4f', 'post', ['Follow for follow', 'f4f']],
        ['I follow back everyone, promise', 'reply', ['I follow back']],
      ] as [string, Kind, string[]][]
    ).map(([text, kind, spans]) => ({ text, kind, expect: [{ spans, message: trade(spans[0]) }] })),
    ...(
      [
        ['Hey guys, please subscribe to my channel!!!', 'comment', ['Hey guys', 'please subscribe to my channel']],
        ['DM me for a collab 🤝', 'comment', ['DM me for a collab']],
        ['We can help you grow your followers fast.', 'reply', ['We can help you grow your followers']],
        // The writer's business offered to the person replied to.
        ['Great post! Our team specialises in exactly this, can I send you details?', 'reply', ['Great post', 'Our team', 'specialises in', 'send you details']],
        ['Sorry you are in pain. We have emergency appointments today! Call us on 020 7946 0123.', 'reply', ['We have emergency appointments', 'Call us', '020 7946 0123']],
        ['Is your salon still using a paper diary? Our booking app fixes no-shows. 30-day free trial', 'comment', ['still using', 'Our booking', 'free trial']],
        ['Love your content! I make beats, check my soundcloud', 'reply', ['Love your content', 'I make beats', 'check my soundcloud']],
        ['Like this comment so I get noticed', 'comment', ['Like this comment']],
        ['Visit my page', 'reply', ['Visit my page']],
        ['Check out the docs: https://docs.example.com/setup', 'reply', ['Check out']],
        // A bare domain on any TLD is a link for this rule as for every other.
        ['Nice! mybakery.ru', 'reply', ['mybakery.ru']],
        ['Nice! mybakery.dev', 'reply', ['mybakery.dev']],
        ['Hi.Check out and share our songs.', 'comment', ['Check out', 'share our']],
      ] as [string, Kind, string[]][]
    ).map(([text, kind, spans]) => ({ text, kind, expect: [{ spans }] })),
    {
      name: 'a link dropped with nothing else, the link highlighted',
      text: 'https://myshop.example.com',
      kind: 'reply',
      expect: [{ spans: [{ start: 0, end: 26 }], message: /^"https:\/\/myshop\.example\.com" in a reply to a stranger reads as a cold pitch/ }],
    },
    { name: 'HTML tags are not words', text: '<p>Check out <b>my shop</b></p>', kind: 'comment', expect: [{ spans: [{ start: 3, end: 12 }, { start: 16, end: 23 }] }] },
    { name: 'a link inside a tag still counts', text: '<a href="https://shop.example.com">my shop</a>', kind: 'comment', expect: [{ spans: ['my shop'], details: /"my shop" \+2\.5/ }] },
    { name: 'UTF-16 spans around emoji', text: '🔥🔥 Check out my page 👉 https://example.com/me 🔥', kind: 'reply', expect: [{ spans: [{ start: 5, end: 22 }] }] },
    { text: 'Check out my site', kind: 'post', options: { postPhraseWeight: 4 }, expect: [{}] },
    { name: 'severity from the settings', text: PITCH, kind: 'reply', settings: { rules: { 'cold-pitch': { severity: 'error' } } }, expect: [{ severity: 'error' }] },
    {
      name: "the person's own phrase",
      text: 'Have a look: my etsy',
      kind: 'reply',
      settings: { phrases: { custom: [{ list: 'cold-pitch', phrase: 'my etsy', weight: 4 }] } },
      expect: [{ spans: ['my etsy'] }],
    },
  ],
});

describe('cold-pitch', () => {
  it('stays bounded on a huge repetitive comment: one finding, at most 50 spans', () => {
    const found = lintRule('cold-pitch', { text: 'Check out my channel and subscribe! '.repeat(5_000), kind: 'comment' });
    expect(found).toHaveLength(1);
    expect(found[0].spans.length).toBeLessThanOrEqual(50);
    expect(found[0].details!.length).toBeLessThan(400);
  });
});
