import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/lint';
import { lintRule, testRule } from './rule-tester';

const DEMOTE = 'asks for engagement the platforms demote: ask a real question instead.';

testRule('engagement-bait', {
  defaults: { platform: 'facebook', kind: 'post' },
  valid: [
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
    // Its options.
    { text: 'Like if you agree', options: { threshold: 10 } },
    { text: '❤️ for A, 😂 for B', options: { reactionVoteWeight: 0 } },
  ],
  invalid: [
    {
      name: '"like, share and tag 3 friends", quoting the heaviest ask',
      text: 'Like, share and tag 3 friends!',
      expect: [
        {
          severity: 'warning',
          message: `"tag 3 friends" ${DEMOTE}`,
          spans: [
            { start: 0, end: 11 }, // Like, share
            { start: 16, end: 29 }, // tag 3 friends
          ],
          evidence: 'What it does: begs for likes or shares; asks people to tag friends.',
          details: 'score 7 (threshold 3): "Like, share" +3, "tag 3 friends" +4',
        },
      ],
    },
    ...(
      [
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
      ] as const
    ).map(([text, spans]) => ({ text, expect: [{ spans }] })),
    {
      name: 'a reaction poll, the emoji options as spans (UTF-16 offsets)',
      text: 'Vote with a reaction: ❤️ for A, 😂 for B',
      expect: [{ spans: [{ start: 0, end: 20 }, { start: 22, end: 30 }, { start: 32, end: 40 }] }],
    },
    { text: 'Vote with a reaction: ❤️ for A, 😂 for B', name: 'the poll (words)', expect: [{ spans: ['Vote with a reaction', '❤️ for A', '😂 for B'] }] },
    { text: '❤️ for A, 😂 for B', expect: [{ message: `"❤️ for A, 😂 for B" ${DEMOTE}` }] },
    ...KINDS.map((kind) => ({ text: 'Tag a friend who needs coffee', kind, expect: [{}] })),
    { name: 'through HTML and emoji', text: '<p>Like if you agree 👍</p>', expect: [{ spans: [{ start: 3, end: 20 }] }] },
  ],
});

describe('engagement-bait', () => {
  it('stays bounded on a huge draft: one finding, at most 50 spans', () => {
    const found = lintRule('engagement-bait', { text: 'Like and share, tag 3 friends! '.repeat(5_000), platform: 'facebook' });
    expect(found).toHaveLength(1);
    expect(found[0].spans.length).toBeLessThanOrEqual(50);
  });
});
