import { describe, expect, it } from 'vitest';
import { lint, settingsSchema, type Kind, type Platform } from '../../../src/lint';

function stuffing(text: string, platform: Platform, kind: Kind = 'post', options: Record<string, unknown> = {}) {
  const settings = settingsSchema.parse({ rules: { 'hashtag-stuffing': { options } } });
  return lint({ text, platform, kind }, { now: 0, history: [] }, settings).filter((d) => d.ruleId === 'hashtag-stuffing');
}

const quoted = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('hashtag-stuffing', () => {
  it('flags 7 hashtags on LinkedIn, with spans on the ones beyond 5', () => {
    const text = 'Our team shipped the new release today. #engineering #release #teamwork #product #saas #startup #growth';
    const [d, ...rest] = stuffing(text, 'linkedin');
    expect(rest).toEqual([]);
    expect(d.severity).toBe('warning');
    expect(d.message).toBe('7 hashtags; LinkedIn posts do best with at most 5: keep the 5 that describe the post.');
    expect(d.spans).toEqual([
      { start: 87, end: 95 },
      { start: 96, end: 103 },
    ]);
    expect(quoted(text, d.spans)).toEqual(['#startup', '#growth']);
  });

  it.each<[string, Platform, Kind, string, string[]]>([
    ['Coffee time #coffee #morning #latte', 'x', 'post', '3 hashtags; X posts do best with at most 2: keep the 2 that describe the post.', ['#latte']],
    ['Agreed #a #b #c', 'x', 'reply', '3 hashtags; X replies do best with at most 2: keep the 2 that describe the post.', ['#c']],
    ['New menu! #food #pizza #italian #dinner', 'facebook', 'post', '4 hashtags; Facebook posts do best with at most 3: keep the 3 that describe the post.', ['#dinner']],
    ['Congrats! #a #b #c #d #e #f', 'linkedin', 'comment', '6 hashtags; LinkedIn comments do best with at most 5: keep the 5 that describe the post.', ['#f']],
    ['#café #日本 #Москва in one trip', 'x', 'post', '3 hashtags; X posts do best with at most 2: keep the 2 that describe the post.', ['#Москва']],
  ])('flags %j on %s (%s)', (text, platform, kind, message, words) => {
    const [d] = stuffing(text, platform, kind);
    expect(d.message).toBe(message);
    expect(quoted(text, d.spans)).toEqual(words);
  });

  it.each<[string, Platform]>([
    ['Coffee time #coffee #morning', 'x'],
    ['New menu is out, come and try it this weekend! #food #pizza #italian', 'facebook'],
    ['Shipped today, with thanks to the whole team for months of work. #a #b #c #d #e', 'linkedin'],
    // Not hashtags: numbers, "C#", HTML entities, link fragments, keycap emoji.
    ['We are #1 #2 #3 in C# and F# &#39;quoted&#39; see example.com/#top or https://x.com/a#b #️⃣', 'x'],
    ['', 'x'],
  ])('does not flag %j on %s', (text, platform) => {
    expect(stuffing(text, platform)).toEqual([]);
  });

  it('counts hashtags glued to emoji and punctuation', () => {
    const text = '🎉#launch,#party.(#fun)';
    expect(quoted(text, stuffing(text, 'x')[0].spans)).toEqual(['#fun']);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['Hello #world', { max: { x: 0 } }, '1 hashtag; X posts do best with none: remove them.'],
    ['Hello #big #world', { max: { x: 1 } }, '2 hashtags; X posts do best with at most 1: keep the one that describes the post.'],
  ])('follows its limits: %j with %j', (text, options, message) => {
    expect(stuffing(text, 'x', 'post', options)[0].message).toBe(message);
  });

  it('keeps the other platforms at their defaults when one limit is set', () => {
    expect(settingsSchema.parse({ rules: { 'hashtag-stuffing': { options: { max: { x: 4 } } } } }).rules['hashtag-stuffing'].options).toEqual({
      max: { x: 4, facebook: 3, linkedin: 5 },
      wall: true,
      wallMinHashtags: 3,
    });
  });

  describe('hashtag wall', () => {
    it('flags a block of hashtags at the end that outweighs the words', () => {
      const text = 'Sunset 🌅\n#sunset #beach #nature';
      const [d] = stuffing(text, 'facebook');
      expect(d.message).toBe(
        'The post ends in a wall of 3 hashtags that outweighs its own words: say in words what it is about, then keep the hashtags that matter.',
      );
      expect(quoted(text, d.spans)).toEqual(['#sunset', '#beach', '#nature']);
    });

    it('flags it on LinkedIn below the count limit, with separators between the hashtags', () => {
      const text = 'Proud!\n#leadership · #growth · #mindset · #success';
      expect(quoted(text, stuffing(text, 'linkedin')[0].spans)).toEqual(['#leadership', '#growth', '#mindset', '#success']);
    });

    it.each([
      // The words outweigh the hashtags.
      'A great team day at the office, thanks everyone for coming!\n#team #office #thanks',
      // Fewer than three hashtags.
      'Sunset\n#sunset #beach',
      // Hashtags inside the text are not a block at the end.
      '#sunset #beach #nature at the lake tonight',
    ])('does not flag %j', (text) => {
      expect(stuffing(text, 'linkedin')).toEqual([]);
    });

    it('can be turned off', () => {
      expect(stuffing('Sunset\n#sunset #beach #nature', 'facebook', 'post', { wall: false })).toEqual([]);
    });
  });
});
