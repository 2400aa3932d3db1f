import { describe, expect, it } from 'vitest';
import { KINDS, lint, settingsSchema, type Kind, type SettingsInput } from '../../../src/lint';

function bait(text: string, kind: Kind = 'post', settings: SettingsInput = {}) {
  return lint({ text, platform: 'facebook', kind }, { now: 0, history: [] }, settingsSchema.parse(settings)).filter(
    (d) => d.ruleId === 'engagement-bait',
  );
}

const quoted = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('engagement-bait', () => {
  it('flags "like, share and tag 3 friends", quoting the heaviest ask', () => {
    const [d, ...rest] = bait('Like, share and tag 3 friends!');
    expect(rest).toEqual([]);
    expect(d.severity).toBe('warning');
    expect(d.message).toBe('"tag 3 friends" asks for engagement the platforms demote: ask a real question instead.');
    expect(d.spans).toEqual([
      { start: 0, end: 11 }, // Like, share
      { start: 16, end: 29 }, // tag 3 friends
    ]);
    expect(d.evidence).toBe('score 7 (threshold 3): "Like, share" +3, "tag 3 friends" +4');
  });

  it.each<[string, string[]]>([
    ['Comment YES if you agree', ['Comment YES if you agree']],
    ['Share if you love your mom ❤️', ['Share if you']],
    ['Tag someone who needs to hear this', ['Tag someone who']],
    ['Like if you remember this!', ['Like if you remember']],
    ['RT to win a free coffee', ['RT to win']],
    ['Follow + RT + tag 2 friends to enter', ['Follow + RT', 'tag 2 friends to enter']],
    ['Type AMEN if you believe', ['Type AMEN if']],
    ['Please like and share', ['like and share']],
    ['Double tap if you agree', ['Double tap if you agree']],
    ["Don't scroll without typing amen", ["Don't scroll without typing"]],
    ['1 like = 1 prayer', ['1 like = 1']],
  ])('flags %j with spans on the bait', (text, words) => {
    const [d] = bait(text);
    expect(d).toBeDefined();
    expect(quoted(text, d.spans)).toEqual(words);
  });

  it('flags a reaction poll, with the emoji options as spans (UTF-16 offsets)', () => {
    const text = 'Vote with a reaction: ❤️ for A, 😂 for B';
    const [d] = bait(text);
    expect(d.spans).toEqual([
      { start: 0, end: 20 },
      { start: 22, end: 30 },
      { start: 32, end: 40 },
    ]);
    expect(quoted(text, d.spans)).toEqual(['Vote with a reaction', '❤️ for A', '😂 for B']);
    const poll = '❤️ for A, 😂 for B';
    expect(bait(poll)[0].message).toBe('"❤️ for A, 😂 for B" asks for engagement the platforms demote: ask a real question instead.');
  });

  it.each([
    'What do you think?',
    'Which one would you pick and why?',
    // An open invitation to tell a story is conversation, not a mechanical action to game reach.
    'Share your experience in the comments',
    'Tag us in your photos!',
    'Yes or no?',
    'It looks like if we wait, prices drop.',
    "I'd share if I could",
    'I like this post a lot',
    'Thanks 🙏 for the support',
    'Copy and paste the command into your terminal',
    '',
  ])('does not flag %j', (text) => {
    expect(bait(text)).toEqual([]);
  });

  it.each(KINDS)('applies to every kind (%s)', (kind) => {
    expect(bait('Tag a friend who needs coffee', kind)).toHaveLength(1);
  });

  it('reads through HTML and emoji', () => {
    const text = '<p>Like if you agree 👍</p>';
    expect(bait(text)[0].spans).toEqual([{ start: 3, end: 20 }]);
  });

  it('takes its threshold and poll weight from the options', () => {
    expect(bait('Like if you agree', 'post', { rules: { 'engagement-bait': { options: { threshold: 10 } } } })).toEqual([]);
    expect(bait('❤️ for A, 😂 for B', 'post', { rules: { 'engagement-bait': { options: { reactionVoteWeight: 0 } } } })).toEqual([]);
  });

  it('stays bounded on a huge draft: one finding, at most 50 spans', () => {
    const found = bait('Like and share, tag 3 friends! '.repeat(5_000));
    expect(found).toHaveLength(1);
    expect(found[0].spans.length).toBeLessThanOrEqual(50);
  });
});
