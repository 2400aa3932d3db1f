import { describe, expect, it } from 'vitest';
import { lintRule, testRule } from './rule-tester';

const LINK_ADVICE = 'say what the reader will find there and why it matters.';
const TAG_ADVICE = 'say something the reader can use, enjoy or answer.';
const spansAt = (pairs: [number, number][]) => pairs.map(([start, end]) => ({ start, end }));
const MENU = 'Our new spring menu is here: https://example.com/menu';

testRule('empty-post', {
  defaults: { platform: 'x', kind: 'post' },
  valid: [
    { name: 'an empty draft (nothing typed yet)', text: '' },
    { name: 'whitespace only', text: '  \n ' },
    { name: 'punctuation only', text: '!!!' },
    { name: 'a short statement', text: 'Closed today.' },
    { name: 'a link that is introduced', text: MENU },
    { name: 'a call to action with content', text: 'Click here to see how we restored a 1950s armchair, step by step.' },
    { name: 'words with hashtags', text: 'Sunrise over the harbour this morning #tbt' },
    // Replies and comments: only a bare link is empty.
    ...['Thanks!', '👍', 'Great point, here is the study: https://example.com/study', 'Check out our website.'].map((text) => ({ text, kind: 'reply' as const })),
    { text: 'Fresh bread: https://example.com', options: { minWords: 2 } },
  ],
  invalid: [
    {
      name: 'a link with only a generic call to action, with spans on both',
      text: 'Check out our website: https://example.com',
      expect: [
        {
          severity: 'warning',
          message: `Only a link and "Check out our website": ${LINK_ADVICE}`,
          spans: spansAt([[0, 21], [23, 42]]),
          suggestion: 'Write one or two sentences on what is behind the link and who it helps; the link can follow.',
        },
      ],
    },
    ...(
      [
        ['https://example.com', `Only a link: ${LINK_ADVICE}`, [[0, 19]]],
        ['mybakery.pl/sale', `Only a link: ${LINK_ADVICE}`, [[0, 16]]],
        ['New blog post: https://example.com/blog/1', `Only a link and "New blog post": ${LINK_ADVICE}`, [[0, 13], [15, 41]]],
        ['Check out our website.', `Only "Check out our website": ${LINK_ADVICE}`, [[0, 21]]],
        ['Click here', `Only "Click here": ${LINK_ADVICE}`, [[0, 10]]],
        ['Link in bio 👆', `Only "Link in bio": ${LINK_ADVICE}`, [[0, 11]]],
        ['👉 New video: https://youtu.be/x 🎬🔥', `Only a link and "New video": ${LINK_ADVICE}`, [[3, 12], [14, 32]]],
        ['www.example.com/menu 👉', `Only a link: ${LINK_ADVICE}`, [[0, 20]]],
        ['Wow https://example.com/a', `Only a link and "Wow": ${LINK_ADVICE}`, [[4, 25]]],
        ['#tbt #bakery 🎉', `Only hashtags and emoji: ${TAG_ADVICE}`, [[0, 4], [5, 12]]],
        ['@anna @ben', `Only mentions: ${TAG_ADVICE}`, [[0, 5], [6, 10]]],
        ['🎉🎉', `Only emoji: ${TAG_ADVICE}`, []],
      ] as [string, string, [number, number][]][]
    ).map(([text, message, spans]) => ({ text, expect: [{ severity: 'warning' as const, message, spans: spansAt(spans) }] })),
    { text: 'https://example.com', kind: 'reply', expect: [{ message: `Only a link: ${LINK_ADVICE}` }] },
    { text: '@bob https://example.com', kind: 'comment', expect: [{ spans: [{ start: 5, end: 24 }] }] },
    { text: MENU, options: { minWords: 4 }, expect: [{ message: `Only a link and "Our new spring menu is here": ${LINK_ADVICE}` }] },
    { text: 'Fresh bread: https://example.com', expect: [{ message: `Only a link and "Fresh bread": ${LINK_ADVICE}` }] },
  ],
});

describe('empty-post', () => {
  it('stays bounded on a 1 MB wall of hashtags', { timeout: 60_000 }, () => {
    const text = '#tag @user 🎉 '.repeat(80_000);
    const [d] = lintRule('empty-post', { text, platform: 'x' });
    expect(d.message).toBe(`Only hashtags, mentions and emoji: ${TAG_ADVICE}`);
    expect(d.spans).toHaveLength(20);
  });
});
