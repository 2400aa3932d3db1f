import { describe, expect, it } from 'vitest';
import { settingsSchema, type Kind, type Platform } from '../../../src/lint';
import { testRule } from './rule-tester';

const WALL = 'The post ends in a wall of 3 hashtags that outweighs its own words: say in words what it is about, then keep the hashtags that matter.';

testRule('hashtag-stuffing', {
  valid: [
    { text: 'Coffee time #coffee #morning', platform: 'x' },
    { text: 'New menu is out, come and try it this weekend! #food #pizza #italian', platform: 'facebook' },
    { text: 'Shipped today, with thanks to the whole team for months of work. #a #b #c #d #e', platform: 'linkedin' },
    // Not hashtags: numbers, "C#", HTML entities, link fragments, keycap emoji.
    { text: 'We are #1 #2 #3 in C# and F# &#39;quoted&#39; see example.com/#top or https://x.com/a#b #️⃣', platform: 'x' },
    { text: '', platform: 'x' },
    // No wall: the words outweigh the hashtags, fewer than three, or the hashtags are not at the end.
    { text: 'A great team day at the office, thanks everyone for coming!\n#team #office #thanks', platform: 'linkedin' },
    { text: 'Sunset\n#sunset #beach', platform: 'linkedin' },
    { text: '#sunset #beach #nature at the lake tonight', platform: 'linkedin' },
    { name: 'the wall turned off', text: 'Sunset\n#sunset #beach #nature', platform: 'facebook', options: { wall: false } },
  ],
  invalid: [
    {
      name: '7 hashtags on LinkedIn, spans on the ones beyond 5',
      text: 'Our team shipped the new release today. #engineering #release #teamwork #product #saas #startup #growth',
      platform: 'linkedin',
      expect: [
        {
          severity: 'warning',
          message: '7 hashtags; LinkedIn posts do best with at most 5: keep the 5 that describe the post.',
          spans: [
            { start: 87, end: 95 },
            { start: 96, end: 103 },
          ],
        },
      ],
    },
    ...(
      [
        ['Coffee time #coffee #morning #latte', 'x', 'post', '3 hashtags; X posts do best with at most 2: keep the 2 that describe the post.', ['#latte']],
        ['Agreed #a #b #c', 'x', 'reply', '3 hashtags; X replies do best with at most 2: keep the 2 that describe the post.', ['#c']],
        ['New menu! #food #pizza #italian #dinner', 'facebook', 'post', '4 hashtags; Facebook posts do best with at most 3: keep the 3 that describe the post.', ['#dinner']],
        ['Congrats! #a #b #c #d #e #f', 'linkedin', 'comment', '6 hashtags; LinkedIn comments do best with at most 5: keep the 5 that describe the post.', ['#f']],
        ['#café #日本 #Москва in one trip', 'x', 'post', '3 hashtags; X posts do best with at most 2: keep the 2 that describe the post.', ['#Москва']],
        ['Our team shipped the new release today. #engineering #release #teamwork #product #saas #startup #growth', 'linkedin', 'post', /^7 hashtags/, ['#startup', '#growth']],
      ] as [string, Platform, Kind, string | RegExp, string[]][]
    ).map(([text, platform, kind, message, spans]) => ({ text, platform, kind, expect: [{ message, spans }] })),
    { name: 'hashtags glued to emoji and punctuation', text: '🎉#launch,#party.(#fun)', platform: 'x', expect: [{ spans: ['#fun'] }] },
    { text: 'Hello #world', platform: 'x', options: { max: { x: 0 } }, expect: [{ message: '1 hashtag; X posts do best with none: remove them.' }] },
    { text: 'Hello #big #world', platform: 'x', options: { max: { x: 1 } }, expect: [{ message: '2 hashtags; X posts do best with at most 1: keep the one that describes the post.' }] },
    { name: 'a wall at the end that outweighs the words', text: 'Sunset 🌅\n#sunset #beach #nature', platform: 'facebook', expect: [{ message: WALL, spans: ['#sunset', '#beach', '#nature'] }] },
    {
      name: 'a wall on LinkedIn below the count limit, separators between',
      text: 'Proud!\n#leadership · #growth · #mindset · #success',
      platform: 'linkedin',
      expect: [{ spans: ['#leadership', '#growth', '#mindset', '#success'] }],
    },
  ],
});

describe('hashtag-stuffing', () => {
  it('keeps the other platforms at their defaults when one limit is set', () => {
    expect(settingsSchema.parse({ rules: { 'hashtag-stuffing': { options: { max: { x: 4 } } } } }).rules['hashtag-stuffing'].options).toEqual({
      max: { x: 4, facebook: 3, linkedin: 5 },
      wall: true,
      wallMinHashtags: 3,
    });
  });
});
