import { testRule } from './rule-tester';

const BROADCAST = 'Nothing here is for the reader: add a tip, a story or a question they would want to answer.';
const OFFER = 'Only an offer, nothing for the reader: add a tip, a story or a question they would want to answer.';
const ANNOUNCEMENT = 'We are proud to announce that our company has opened our new office. We look forward to serving our clients from our new home.';
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
    { text: SHORTLISTED, options: { minSelfReferences: 6 } },
  ],
  invalid: [
    {
      name: 'a one-way "we / our" broadcast, as info, for the whole post',
      text: ANNOUNCEMENT,
      expect: [
        {
          severity: 'info',
          message: BROADCAST,
          spans: [],
          evidence: '6 of 24 words are "we", "our" or "us"; none is "you".',
          suggestion: 'Turn one sentence toward the reader: what does this change for them, or what would you like to hear from them?',
        },
      ],
    },
    { text: SHORTLISTED, expect: [{ severity: 'info', message: BROADCAST }] },
    { text: 'FLASH SALE 40% OFF today only, shop now', expect: [{ severity: 'info', message: OFFER }] },
    { text: '20% OFF your entire purchase TODAY', expect: [{ severity: 'info', message: OFFER }] },
    { text: 'We love our team and our office.', options: { minWords: 5, minSelfReferences: 3 }, expect: [{ message: BROADCAST }] },
  ],
});
