/**
 * X's weighted length (twitter-text v3 `parseTweet().weightedLength`): the text is normalised to
 * NFC; a link counts 23; an emoji (including ZWJ sequences, skin tones, flags, keycaps) counts 2;
 * any other code point counts 1 in the Latin ranges below and 2 elsewhere (CJK, emoji, Arabic…).
 *
 * Deliberate divergence: twitter-text 3.1 recognises emoji with the twemoji list of Emoji 11
 * (2018), so it counts newer sequences ("🧑‍💻", "❤️‍🔥", "🫶🏽") by their parts; here every emoji
 * sequence counts 2, as X's own counter does today. See the differential test for the table.
 */
import type { Span } from '../types';
import { nfcOffsetInOriginal } from './nfc-map';
import { findLinksAsX } from './links';

/** How much X counts a link, whatever its length. */
export const X_URL_WEIGHT = 23;
/** How much X counts one emoji sequence. */
export const X_EMOJI_WEIGHT = 2;

/** The weight of one code point outside links and emoji. */
export function xCodePointWeight(cp: number): 1 | 2 {
  return cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247) ? 1 : 2;
}

// One emoji sequence: keycap, flag (regional indicator pair), tag flag (England…), or pictographs
// with an optional skin tone or variation selector, joined by ZWJ.
// X's emoji list lets U+FE0F follow the pictographs shown as text by default and most of the BMP;
// after "💯" or "✨" it is a character of its own.
const PICTO = String.raw`(?:\p{Emoji_Modifier_Base}\p{Emoji_Modifier}|[\u23e9-\u23ec\u23f0\u23f3\u267e\u26ce\u2705\u2728\u274c\u274e\u2753-\u2755\u2795-\u2797\u27b0\u27bf]|(?=[^\0-\uFFFF])\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F?)`;
const EMOJI_RE = new RegExp(
  String.raw`[#*0-9]\uFE0F?\u20E3|\p{Regional_Indicator}{2}|\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}|` +
    `${PICTO}(?:\\u200D${PICTO})*`,
  'uy',
);

/**
 * Whether an emoji sequence of two or more code points may start at `cp` followed by `next`: the
 * second code point of every such sequence is one of these. Keeps the emoji pattern off plain text.
 */
const mayStartSequence = (cp: number, next: number) =>
  (cp >= 0xa9 || cp === 0x23 || cp === 0x2a || (cp >= 0x30 && cp <= 0x39)) &&
  (next === 0xfe0f || next === 0x200d || next === 0x20e3 || (next >= 0x1f3fb && next <= 0x1f3ff) ||
    (next >= 0x1f1e6 && next <= 0x1f1ff) || (next >= 0xe0020 && next <= 0xe007f));

/** The result of measuring a text the way X does. */
export interface WeightedLength {
  /** The length X shows against its 280 limit. */
  length: number;
  /**
   * The UTF-16 offset in the original text of the first character that takes the count past
   * `limit`, or undefined when the text fits. Inside a run that NFC changed, it points at the
   * start of that run.
   */
  overAt(limit: number): number | undefined;
}

/**
 * Walks the normalised text unit by unit as twitter-text does: a link starting at the current
 * offset, else an emoji sequence, else one code point. Returns the total and the offset of the
 * unit that first takes the running total past `limit` (-1 when none does); given a finite
 * `limit`, it stops there and the total is only the part walked.
 */
function walk(text: string, urls: readonly Span[], limit = Infinity): { length: number; overStart: number } {
  let length = 0;
  let overStart = -1;
  let next = 0;
  for (let i = 0; i < text.length; ) {
    const start = i;
    while (next < urls.length && urls[next].start < i) next++;
    if (next < urls.length && urls[next].start === i) {
      length += X_URL_WEIGHT;
      i = urls[next].end;
    } else {
      const cp = text.codePointAt(i)!;
      const size = cp > 0xffff ? 2 : 1;
      EMOJI_RE.lastIndex = i;
      const emoji = mayStartSequence(cp, text.codePointAt(i + size) ?? 0) ? EMOJI_RE.exec(text) : null;
      // A lone pictograph weighs what its code point weighs: "©" without U+FE0F is 1, as on X.
      if (emoji && emoji[0].length > size) {
        length += X_EMOJI_WEIGHT;
        i += emoji[0].length;
      } else {
        length += xCodePointWeight(cp);
        i += size;
      }
    }
    if (overStart < 0 && length > limit) {
      overStart = start;
      // Only the crossing point was asked for: the rest of the text cannot move it.
      if (Number.isFinite(limit)) break;
    }
  }
  return { length, overStart };
}

/** Measures `text` as X does. Pure; linear in the length of the text. */
export function weightedLength(text: string): WeightedLength {
  const nfc = text.normalize('NFC');
  const urls = findLinksAsX(nfc);
  const { length } = walk(nfc, urls);
  return {
    length,
    overAt(limit) {
      if (length <= limit) return undefined;
      const start = walk(nfc, urls, limit).overStart;
      return nfc === text ? start : nfcOffsetInOriginal(text, start);
    },
  };
}

/** What `weightedLengthUpTo` measured: `complete` false when it stopped far past the limit. */
export interface CappedWeightedLength extends WeightedLength {
  /** Whether `length` counts the whole text; when false it counts a prefix ending at white space. */
  complete: boolean;
}

/** The first prefix measured, in UTF-16 units; each next one is four times longer. */
const FIRST_PIECE = 4096;

/** `text` cut near `end`: before the last white space of its second half, or at `end` off a surrogate pair. */
function prefixNear(text: string, end: number): string {
  if (end >= text.length) return text;
  for (let k = end; k > end >> 1; k--) if (/\s/.test(text[k])) return text.slice(0, k);
  return text.slice(0, /[\ud800-\udbff]/.test(text[end - 1]) ? end - 1 : end);
}

/**
 * Measures `text` as X does, but stops once the count is far past `limit` (more than twice it):
 * prefixes four times longer each time, so a pasted megabyte costs about what its first few
 * thousand characters cost, and a text that fits is always counted whole. Links and emoji never
 * hold white space, so a prefix ending at white space weighs exactly its part of the whole and its
 * length is a true lower bound; `overAt(limit)` is the same as on the whole text.
 */
export function weightedLengthUpTo(text: string, limit: number): CappedWeightedLength {
  for (let piece = Math.max(FIRST_PIECE, 4 * limit); ; piece *= 4) {
    const part = prefixNear(text, piece);
    const measured = weightedLength(part);
    const complete = part.length === text.length;
    if (complete || measured.length > 2 * limit) return { length: measured.length, complete, overAt: (at) => measured.overAt(at) };
  }
}
