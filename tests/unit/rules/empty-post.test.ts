import { describe, expect, it } from 'vitest';
import { lint, RULES, settingsSchema, type Diagnostic, type Kind } from '../../../src/lint';

const RULE = 'empty-post';
const LINK_ADVICE = 'say what the reader will find there and why it matters.';
const TAG_ADVICE = 'say something the reader can use, enjoy or answer.';

function run(text: string, kind: Kind = 'post', options: Record<string, unknown> = {}): Diagnostic[] {
  const settings = settingsSchema.parse({
    rules: Object.fromEntries(RULES.map((r) => [r.id, r.id === RULE ? { options } : { enabled: false }])),
  });
  return lint({ text, platform: 'x', kind }, { now: 0, history: [] }, settings);
}

describe('empty-post', () => {
  it('flags a link with only a generic call to action, with spans on both', () => {
    expect(run('Check out our website: https://example.com')).toEqual([
      {
        ruleId: RULE,
        severity: 'warning',
        message: `Only a link and "Check out our website": ${LINK_ADVICE}`,
        spans: [
          { start: 0, end: 21 },
          { start: 23, end: 42 },
        ],
        suggestion: 'Write one or two sentences on what is behind the link and who it helps; the link can follow.',
      },
    ]);
  });

  it.each([
    ['https://example.com', `Only a link: ${LINK_ADVICE}`, [[0, 19]]],
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
  ])('flags the post %j', (text, message, spans) => {
    const found = run(text);
    expect(found.map((d) => [d.severity, d.message])).toEqual([['warning', message]]);
    expect(found[0].spans.map((s) => [s.start, s.end])).toEqual(spans);
  });

  it.each([
    ['an empty draft (nothing typed yet)', ''],
    ['whitespace only', '  \n '],
    ['punctuation only', '!!!'],
    ['a short statement', 'Closed today.'],
    ['a link that is introduced', 'Our new spring menu is here: https://example.com/menu'],
    ['a call to action with content', 'Click here to see how we restored a 1950s armchair, step by step.'],
    ['words with hashtags', 'Sunrise over the harbour this morning #tbt'],
  ])('leaves alone %s', (_why, text) => {
    expect(run(text)).toEqual([]);
  });

  it('flags only bare links in replies and comments', () => {
    expect(run('https://example.com', 'reply').map((d) => d.message)).toEqual([`Only a link: ${LINK_ADVICE}`]);
    expect(run('@bob https://example.com', 'comment').map((d) => d.spans)).toEqual([[{ start: 5, end: 24 }]]);
    for (const text of ['Thanks!', '👍', 'Great point, here is the study: https://example.com/study', 'Check out our website.']) {
      expect(run(text, 'reply')).toEqual([]);
    }
  });

  it('takes the number of words that make a post from the options', () => {
    const text = 'Our new spring menu is here: https://example.com/menu';
    expect(run(text, 'post', { minWords: 4 }).map((d) => d.message)).toEqual([`Only a link and "Our new spring menu is here": ${LINK_ADVICE}`]);
    expect(run('Fresh bread: https://example.com').map((d) => d.message)).toEqual([`Only a link and "Fresh bread": ${LINK_ADVICE}`]);
    expect(run('Fresh bread: https://example.com', 'post', { minWords: 2 })).toEqual([]);
  });

  it('stays fast and bounded on a 1 MB wall of hashtags', { timeout: 60_000 }, () => {
    const text = '#tag @user 🎉 '.repeat(80_000);
    const [d] = run(text);
    expect(d.message).toBe(`Only hashtags, mentions and emoji: ${TAG_ADVICE}`);
    expect(d.spans).toHaveLength(20);
  });
});
