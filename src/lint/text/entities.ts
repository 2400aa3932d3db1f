/**
 * Hashtags, mentions, cashtags and links in a post: the parts that are not prose, so rules that
 * judge the wording (shouting) can skip them and hashtag-stuffing can count hashtags.
 */
import type { Span } from '../types';
import { findLinks } from './links';

// A hashtag as X reads one: "#" not glued to a word, "&" (HTML entities) or another "#", then
// letters, marks, digits, "_" and the joiners some scripts need, with at least one letter
// ("#1" is a number, not a hashtag).
// The joiners stand alone in the classes on purpose: they may sit inside a hashtag.
const HASHTAG_RE =
  // eslint-disable-next-line no-misleading-character-class
  /(?<![\p{L}\p{M}\p{N}_&#＃/])[#＃](?=[\p{N}_\u200c\u200d\u00b7\u30fb]*[\p{L}\p{M}])[\p{L}\p{M}\p{N}_\u200c\u200d\u00b7\u30fb]+/gu;
// "@name" (X handles; on Facebook and LinkedIn a mention is a link the editor makes).
const MENTION_RE = /(?<![\p{L}\p{N}_@＠])[@＠][A-Za-z0-9_]{1,50}/gu;
// "$TSLA", "$BRK.B".
const CASHTAG_RE = /(?<![\p{L}\p{N}_$])\$[A-Za-z]{1,6}(?:[._][A-Za-z]{1,2})?(?![\p{L}\p{N}])/gu;

/** Matches of `re` that overlap none of `except` (sorted by position). */
function matches(text: string, re: RegExp, except: readonly Span[]): Span[] {
  const spans: Span[] = [];
  let k = 0;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < except.length && except[k].end <= start) k++;
    if (k < except.length && except[k].start < end) continue;
    spans.push({ start, end });
  }
  return spans;
}

/** Hashtags ("#launch", "#café", "#日本"), not numbers ("#1") and not inside links, in text order. */
export function findHashtags(text: string): Span[] {
  if (!text.includes('#') && !text.includes('＃')) return [];
  return matches(text, HASHTAG_RE, findLinks(text));
}

/** Every hashtag, mention, cashtag and link, sorted by position. */
export function findEntities(text: string): Span[] {
  const urls = findLinks(text);
  return [
    ...urls,
    ...findHashtags(text),
    ...(/[@＠]/.test(text) ? matches(text, MENTION_RE, urls) : []),
    ...(text.includes('$') ? matches(text, CASHTAG_RE, urls) : []),
  ].sort((a, b) => a.start - b.start);
}
