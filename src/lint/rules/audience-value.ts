import { z } from 'zod';
import { isPromotional } from '../promotion';
import { defineRule } from '../rule';
import { readerGain } from '../signals/reader-gain';

/** Words that talk about the business itself (as written: "we're", not "were"). */
const SELF = new Set(['we', 'our', 'ours', 'us', 'ourselves', "we're", "we've", "we'll", "we'd"]);
/** Words that talk to the reader. */
const READER = new Set(['you', 'your', 'yours', 'yourself', 'youre', 'youll', 'youve', 'youd', 'yall']);

/**
 * `audience-value`: a post that offers the reader nothing — an offer without a reason to care, or
 * a broadcast about "we" and "our" that never turns to "you", asks nothing and teaches nothing.
 * Only top-level posts (replies are conversation already); `info` by default, since a plain
 * announcement now and then is fine.
 */
export const audienceValue = defineRule({
  id: 'audience-value',
  name: 'Nothing for the reader',
  description: 'Flags posts that give the reader nothing: pure offers, or one-way "we/our" broadcasts with no tip, story or question.',
  why: 'People follow a business for something useful, interesting or fun. A stream of offers and announcements about yourself gives them no reason to stay.',
  defaultSeverity: 'info',
  options: z.object({
    /** Broadcasts with fewer words are left alone (too short to judge; empty-post covers bare links). */
    minWords: z.number().int().min(1).max(1000).default(8),
    /** A broadcast needs at least this many "we/our/us"… */
    minSelfReferences: z.number().int().min(1).max(100).default(4),
    /** …and at least this share of all words. */
    minSelfShare: z.number().min(0).max(1).default(0.12),
    /** Also flag promotional posts (see ad-tone) that carry no value marker. */
    flagPromotions: z.boolean().default(true),
  }),
  check({ draft, analysis, options }) {
    if (draft.kind !== 'post') return [];
    // Any tip, explanation, story or question gives the reader something.
    if (analysis.hitsOf('value').some((h) => h.entry.weight > 0) || analysis.tokens.some((t) => t.norm === '?')) return [];
    const gain = readerGain(draft.text, analysis.tokens);
    if (gain.useful) return [];
    if (options.flagPromotions && isPromotional(analysis.promotion)) {
      return [
        {
          message: 'Only an offer, nothing for the reader: add a tip, a story or a question they would want to answer.',
          suggestion: 'Say what the reader gets out of it beyond the price: how to use it, who it helped, why you made it.',
        },
      ];
    }
    const words = analysis.tokens.filter((t) => /\p{L}/u.test(t.norm));
    const reader = words.some((t) => READER.has(t.norm));
    if (gain.announcement && !reader) {
      return [
        {
          message: 'An announcement about you, with nothing in it for the reader: say what it changes for them.',
          spans: [gain.announcement],
          suggestion: 'Add what the news means for the reader (a better service, a new place to find you) or a question they would answer.',
        },
      ];
    }
    if (gain.contentFree) {
      return [
        {
          message: 'This says nothing the reader can use or answer yet: add a tip, a story or a question.',
          suggestion: 'Tell the story behind the moment, share something you learned, or ask your followers something.',
        },
      ];
    }
    if (words.length < options.minWords) return [];
    const self = words.filter((t) => {
      const raw = draft.text.slice(t.start, t.end);
      return raw !== 'US' && SELF.has(raw.toLowerCase().replace('’', "'"));
    }).length;
    if (reader || self < options.minSelfReferences || self < words.length * options.minSelfShare) return [];
    return [
      {
        message: 'Nothing here is for the reader: add a tip, a story or a question they would want to answer.',
        details: `${self} of ${words.length} words are "we", "our" or "us"; none is "you".`,
        suggestion: 'Turn one sentence toward the reader: what does this change for them, or what would you like to hear from them?',
      },
    ];
  },
});
