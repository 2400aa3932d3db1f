import { testRule } from './rule-tester';

const BROADCAST = 'Nothing here is for the reader: add a tip, a story or a question they would want to answer.';
const OFFER = 'Only an offer, nothing for the reader: add a tip, a story or a question they would want to answer.';
const ANNOUNCEMENT = 'We are proud to announce that our company has opened our new office. We look forward to serving our clients from our new home.';
const BROADCAST_POST = 'Our company has opened our new office. We look forward to serving our clients from our new home with our whole team.';
const ANNOUNCES = 'An announcement about you, with nothing in it for the reader: say what it changes for them.';
const NOTHING = 'This says nothing the reader can use or answer yet: add a tip, a story or a question.';
const SHORTLISTED = "We're thrilled to share that we've been shortlisted for the county business awards. Our team worked so hard for this and we're so proud of us all.";

testRule('audience-value', {
  defaults: { platform: 'linkedin', kind: 'post' },
  valid: [
    { name: 'talks to the reader', text: 'We are proud of our new office and our team, and we think you will like our new meeting room.' },
    { name: 'asks a question', text: 'We opened our new office and our team loves it. We wonder what our neighbours think of it?' },
    { name: 'teaches something', text: 'We learned a lot this year: our team, our clients and our office taught us patience.' },
    { name: 'a promotion with a tip', text: 'Tip: store our bread in a paper bag, not plastic. All loaves 20% off today only!' },
    { name: 'too few words to judge', text: 'We love our team and our office.' },
    { name: 'few "we" in many words', text: 'The new office is on the corner of Mill Street, next to the library, with big windows and a kitchen where we will bake every morning from six.' },
    { name: 'the US is not "us"', text: 'The US office of our partner opened today near the harbour, with a big launch party planned for later in the spring season.' },
    { name: 'a team photo', text: 'Meet our team! From left: Anna, Ben and Carla, who bake our bread every morning.' },
    // Only top-level posts: replies and comments are conversation already.
    { text: ANNOUNCEMENT, kind: 'reply' },
    { text: ANNOUNCEMENT, kind: 'comment' },
    // Its options.
    { text: 'FLASH SALE 40% OFF today only, shop now', options: { flagPromotions: false } },
    { text: BROADCAST_POST, options: { minSelfReferences: 8 } },
    { name: 'a notice the reader needs', text: 'Our phone lines are down due to a fault. Please email us.' },
    { name: 'a short notice with a time', text: 'Closing at 3pm today.' },
    { name: 'a short closure notice', text: 'Closed today, sorry!' },
    { name: 'an announcement that turns to the reader', text: 'We are excited to announce our new branch, so you can now collect orders closer to home.' },
  ],
  invalid: [
    {
      name: 'a one-way "we / our" broadcast, as info, for the whole post',
      text: BROADCAST_POST,
      expect: [
        {
          severity: 'info',
          message: BROADCAST,
          spans: [],
          details: '6 of 22 words are "we", "our" or "us"; none is "you".',
          suggestion: 'Turn one sentence toward the reader: what does this change for them, or what would you like to hear from them?',
        },
      ],
    },
    { name: 'an announcement about the writer, on its opener', text: ANNOUNCEMENT, expect: [{ severity: 'info', message: ANNOUNCES, spans: [{ start: 7, end: 24 }] }] },
    { text: SHORTLISTED, expect: [{ severity: 'info', message: ANNOUNCES }] },
    { text: 'Excited to share that I have started a new position as Senior Partner!', expect: [{ message: ANNOUNCES }] },
    { name: 'a post that says nothing', text: 'New week, new goals.', expect: [{ severity: 'info', message: NOTHING, spans: [] }] },
    { text: 'Friday feeling 🎉 #motivation', expect: [{ message: NOTHING }] },
    { text: 'FLASH SALE 40% OFF today only, shop now', expect: [{ severity: 'info', message: OFFER }] },
    { text: '20% OFF your entire purchase TODAY', expect: [{ severity: 'info', message: OFFER }] },
    { text: 'We love our team and our office.', options: { minWords: 5, minSelfReferences: 3 }, expect: [{ message: BROADCAST }] },
  ],
});
