import { describe, expect, it } from 'vitest';
import { lint, RULES, settingsSchema, type Diagnostic, type Kind } from '../../../src/lint';

const RULE = 'audience-value';
const BROADCAST = 'Nothing here is for the reader: add a tip, a story or a question they would want to answer.';
const ANNOUNCEMENT = 'An announcement about you, with nothing in it for the reader: say what it changes for them.';
const NOTHING = 'This says nothing the reader can use or answer yet: add a tip, a story or a question.';
const OFFER = 'Only an offer, nothing for the reader: add a tip, a story or a question they would want to answer.';

function run(text: string, options: Record<string, unknown> = {}, kind: Kind = 'post'): Diagnostic[] {
  const settings = settingsSchema.parse({
    rules: Object.fromEntries(RULES.map((r) => [r.id, r.id === RULE ? { options } : { enabled: false }])),
  });
  return lint({ text, platform: 'linkedin', kind }, { now: 0, history: [] }, settings);
}

describe('audience-value', () => {
  it('flags a one-way "we / our" broadcast as info, for the whole post', () => {
    expect(
      run('Our company has opened our new office. We look forward to serving our clients from our new home with our whole team.'),
    ).toEqual([
      {
        ruleId: RULE,
        severity: 'info',
        message: BROADCAST,
        spans: [],
        details: '6 of 22 words are "we", "our" or "us"; none is "you".',
        suggestion: 'Turn one sentence toward the reader: what does this change for them, or what would you like to hear from them?',
      },
    ]);
  });

  it.each([
    ["We're thrilled to share that we've been shortlisted for the county business awards. Our team worked so hard for this and we're so proud of us all.", ANNOUNCEMENT],
    ['Excited to share that I have started a new position as Senior Partner!', ANNOUNCEMENT],
    ['New week, new goals.', NOTHING],
    ['Friday feeling 🎉 #motivation', NOTHING],
    ['FLASH SALE 40% OFF today only, shop now', OFFER],
    ['20% OFF your entire purchase TODAY', OFFER],
  ])('flags: %s', (text, message) => {
    expect(run(text).map((d) => [d.severity, d.message])).toEqual([['info', message]]);
  });

  it.each([
    ['talks to the reader', 'We are proud of our new office and our team, and we think you will like our new meeting room.'],
    ['asks a question', 'We opened our new office and our team loves it. We wonder what our neighbours think of it?'],
    ['teaches something', 'We learned a lot this year: our team, our clients and our office taught us patience.'],
    ['a promotion with a tip', 'Tip: store our bread in a paper bag, not plastic. All loaves 20% off today only!'],
    ['too few words to judge', 'We love our team and our office.'],
    ['few "we" in many words', 'The new office is on the corner of Mill Street, next to the library, with big windows and a kitchen where we will bake every morning from six.'],
    ['the US is not "us"', 'The US office of our partner opened today near the harbour, with a big launch party planned for later in the spring season.'],
    ['a notice the reader needs', 'Our phone lines are down due to a fault. Please email us.'],
    ['a short notice with a time', 'Closing at 3pm today.'],
    ['a short closure notice', 'Closed today, sorry!'],
    ['an announcement that turns to the reader', 'We are excited to announce our new branch, so you can now collect orders closer to home.'],
    ['a team photo', 'Meet our team! From left: Anna, Ben and Carla, who bake our bread every morning.'],
  ])('leaves alone: %s', (_why, text) => {
    expect(run(text)).toEqual([]);
  });

  it('only looks at top-level posts: replies and comments are conversation already', () => {
    const text = 'We are proud to announce that our company has opened our new office. We look forward to serving our clients from our new home.';
    expect(run(text, {}, 'reply')).toEqual([]);
    expect(run(text, {}, 'comment')).toEqual([]);
  });

  it('takes its limits from the options', () => {
    expect(run('FLASH SALE 40% OFF today only, shop now', { flagPromotions: false })).toEqual([]);
    expect(run('We love our team and our office.', { minWords: 5, minSelfReferences: 3 }).map((d) => d.message)).toEqual([BROADCAST]);
    const broadcast = 'Our company has opened our new office. We look forward to serving our clients from our new home with our whole team.';
    expect(run(broadcast, { minSelfReferences: 8 })).toEqual([]);
  });
});
