/**
 * The text the near-duplicate search compares: what two copies of one promotion still share once
 * links, figures, case, punctuation and emoji are set aside.
 */

// Links are dropped: two copies of one promotion often differ only in a shortlink or a tracking
// parameter, and a 23-character random path would swamp the bigrams of a short post.
const URL_RE = /(?:https?:\/\/|www\.)\S+/gu;

/**
 * The text the similarity is measured on: NFKC (fullwidth and styled letters become plain), lower
 * case, links dropped, every number (digits with inner `.` or `,`) replaced by `0` so "20% OFF"
 * equals "25% OFF" and "$19.99" equals "$24", and everything but letters, marks and digits removed:
 * punctuation, symbols, emoji and whitespace (which compareTwoStrings strips anyway), so "TODAY!!!"
 * equals "today". The same as replacing each match of `\p{N}+(?:[.,]\p{N}+)*` by `0`, then each
 * of `[^\p{L}\p{M}\p{N}]+` by nothing (global, Unicode regexes), but a hand-written scan: those
 * regexes cost ~10 µs a post, most of the index build at 10,000 posts. Linear in the text.
 */
export function normalizeForSimilarity(text: string): string {
  const s = text.normalize('NFKC').toLowerCase().replace(URL_RE, ' ');
  // One buffer for the posts of a history; a huge draft gets its own, not kept afterwards.
  const out = s.length <= SCRATCH_MAX ? scratch : new Uint16Array(s.length);
  let n = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    // Plain lower-case letters are most of any text: copied without the general classification.
    if (c >= 97 && c <= 122) {
      out[n++] = c;
      i++;
      continue;
    }
    const k = charKind(s, i);
    const end = i + (k >> 2);
    if ((k & 3) === LETTER) {
      while (i < end) out[n++] = s.charCodeAt(i++);
    } else if ((k & 3) === DIGIT) {
      out[n++] = 48; // '0'
      i = end;
      for (;;) {
        const next = i < s.length ? charKind(s, i) : DROP;
        if ((next & 3) === DIGIT) i += next >> 2;
        else if ((s[i] === '.' || s[i] === ',') && i + 1 < s.length && (charKind(s, i + 1) & 3) === DIGIT) i += 1;
        else break;
      }
    } else i = end;
  }
  // Exact: the output holds no lone surrogate (those are dropped) and the BOM is kept as data.
  return utf16.decode(out.subarray(0, n));
}

const DROP = 0;
const LETTER = 1; // letters and marks
const DIGIT = 2;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const NUMBER = /^\p{N}$/u;
const classify = (ch: string) => (LETTER_OR_MARK.test(ch) ? LETTER : NUMBER.test(ch) ? DIGIT : DROP);
// Kinds of BMP code units, filled on first sight (0 = not yet known, else kind + 1); ASCII up front.
const bmpKinds = new Uint8Array(65536);
for (let c = 0; c < 128; c++) bmpKinds[c] = (c >= 97 && c <= 122 ? LETTER : c >= 48 && c <= 57 ? DIGIT : DROP) + 1;
const SCRATCH_MAX = 1 << 16;
const scratch = new Uint16Array(SCRATCH_MAX);
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** The kind of the character at i (low 2 bits) and its width in code units (the rest). */
function charKind(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    // A lone surrogate is no letter: dropped, as the /u regexes would.
    return d >= 0xdc00 && d <= 0xdfff ? classify(s.slice(i, i + 2)) | 8 : DROP | 4;
  }
  let kind = bmpKinds[c];
  if (kind === 0) kind = bmpKinds[c] = classify(s[i]) + 1;
  return (kind - 1) | 4;
}

