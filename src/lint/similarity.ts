/**
 * Near-duplicate search over the history: the Dice coefficient on character bigrams, with exactly
 * the scores of string-similarity's `compareTwoStrings` on normalised texts, found through an
 * inverted index (bigram → posts) so a draft only meets the few posts that can reach the threshold.
 */
import { PLATFORMS, type HistoryPost, type Platform } from './types';

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

/** One earlier post that is at least as similar as asked. */
export interface SimilarityMatch {
  post: HistoryPost;
  /** Its position in the history array. */
  index: number;
  /** `compareTwoStrings` of the normalised texts, 0..1. */
  score: number;
}

export interface SearchOptions {
  /** Minimum score, 0..1. */
  threshold: number;
  /** Only posts on this platform. Cheaper than a filter: the index is grouped by platform. */
  platform?: Platform;
  /** Only posts published after this time (epoch ms). Cheaper than a filter: groups are sorted by time. */
  after?: number;
  /** Only posts published at or before this time (epoch ms). */
  until?: number;
  /** Keeps only the posts it accepts (kind …); called at most once per post and search. */
  filter?: (post: HistoryPost, index: number) => boolean;
  limit?: number;
}

// Slack for float rounding: the filters may let a hopeless post through, never drop one that passes.
const EPS = 1e-9;

/** Smallest bigram overlap o with which `2·o/(nA+nB)` can reach t. */
const minOverlap = (t: number, nA: number, nB: number) => Math.max(1, Math.ceil((t * (nA + nB)) / 2 - EPS * (nA + nB + 1)));

const GROUPS = PLATFORMS.length + 1; // the last group holds platforms the index does not know
const groupOf = (platform: string) => {
  const g = (PLATFORMS as readonly string[]).indexOf(platform);
  return g < 0 ? PLATFORMS.length : g;
};

/**
 * The near-duplicate index of a history: build once per history array, then `search` per keystroke.
 *
 * Each post is a multiset of bigrams (pairs of UTF-16 code units, as in `compareTwoStrings`). All
 * bigrams share one global order, rarest first; a post's occurrences are ranked in that order. Two
 * texts with overlap ≥ α share a bigram within the first n − α + 1 occurrences of each (the prefix
 * filter), so a search walks only the draft's rarest bigrams and admits only posts holding one of
 * them among their own rarest. Posts are numbered by platform, then time, so a platform and time
 * window is one slice of every posting list.
 */
export class HistoryIndex {
  /** Publication times by history position, epoch ms (NaN when unparsable). */
  readonly times: Float64Array;
  // Internally post i is history post orig[i]; ids run by platform group, then time (unparsable first).
  private readonly orig: Int32Array;
  private readonly groupStart = new Int32Array(GROUPS + 1);
  private readonly norms: string[];
  /** Bigram occurrences per post: normalised length − 1, or 0. */
  private readonly sizes: Int32Array;
  private readonly maxSize: number;
  // Rows: post i's distinct bigrams with their counts, at [rowStart[i], rowStart[i+1]).
  private readonly rowStart: Int32Array;
  private readonly rowGram: Int32Array;
  private readonly rowCount: Int32Array;
  // Posting lists: bigram g's posts by ascending id, with the count and the rank of g in the post.
  private readonly listStart: Int32Array;
  private readonly listPost: Int32Array;
  private readonly listCount: Int32Array;
  private readonly listRank: Int32Array;
  /** Position of each bigram in the global order (rarest first). */
  private readonly order: Int32Array;
  // Bigram ids: a table for ASCII pairs (most of any normalised text), a map for the rest.
  private readonly asciiIds = new Int32Array(128 * 128).fill(-1);
  private readonly otherIds = new Map<number, number>();
  /** Posts whose normalised text has under 2 characters: they only ever equal themselves. */
  private readonly shortPosts = new Map<string, number[]>();
  // Scratch reused by every search (single-threaded), so a keystroke allocates almost nothing.
  private readonly draftCount: Int32Array;
  private readonly mark: Int32Array;
  private readonly partial: Int32Array;
  private readonly seenUpTo: Int32Array;
  private epoch = 0;
  private _byTime?: Int32Array;

  constructor(readonly posts: readonly HistoryPost[]) {
    const n = posts.length;
    this.times = Float64Array.from(posts, (p) => Date.parse(p.publishedAt));
    const group = posts.map((p) => groupOf(p.platform));
    const time = (i: number) => (Number.isNaN(this.times[i]) ? -Infinity : this.times[i]);
    this.orig = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => group[a] - group[b] || time(a) - time(b) || a - b);
    for (const g of group) this.groupStart[g + 1]++;
    for (let g = 0; g < GROUPS; g++) this.groupStart[g + 1] += this.groupStart[g];
    this.norms = Array.from(this.orig, (i) => normalizeForSimilarity(posts[i].text));
    this.sizes = Int32Array.from(this.norms, (s) => Math.max(0, s.length - 1));
    this.maxSize = this.sizes.reduce((a, b) => Math.max(a, b), 0);
    const { vocab, rowStart, grams, counts } = this.countBigrams();
    this.rowStart = rowStart;
    const w = rowStart[n];

    // Posting lists, filled in id order; the global order is by document frequency, then id.
    this.listStart = new Int32Array(vocab + 1);
    for (let k = 0; k < w; k++) this.listStart[grams[k] + 1]++;
    const byOrder = Int32Array.from({ length: vocab }, (_, g) => g).sort((a, b) => this.listStart[a + 1] - this.listStart[b + 1] || a - b);
    this.order = new Int32Array(vocab);
    for (let o = 0; o < vocab; o++) this.order[byOrder[o]] = o;
    for (let g = 0; g < vocab; g++) this.listStart[g + 1] += this.listStart[g];
    const cursor = this.listStart.slice(0, vocab);
    this.listPost = new Int32Array(w);
    this.listCount = new Int32Array(w);
    for (let i = 0; i < n; i++) {
      for (let k = rowStart[i]; k < rowStart[i + 1]; k++) {
        const at = cursor[grams[k]]++;
        this.listPost[at] = i;
        this.listCount[at] = counts[k];
      }
    }

    // Each bigram's rank within its post, from walking the lists in global order: far cheaper than
    // sorting 10,000 rows one by one.
    this.rowGram = grams;
    this.rowCount = counts;
    this.listRank = new Int32Array(w);
    const rank = new Int32Array(n);
    for (const g of byOrder) {
      for (let k = this.listStart[g]; k < this.listStart[g + 1]; k++) {
        this.listRank[k] = rank[this.listPost[k]];
        rank[this.listPost[k]] += this.listCount[k];
      }
    }
    this.draftCount = new Int32Array(vocab);
    this.mark = new Int32Array(n);
    this.partial = new Int32Array(n);
    this.seenUpTo = new Int32Array(n);
  }

  /**
   * The posts whose `compareTwoStrings(normalize(text), normalize(post))` is at least `threshold`,
   * best first, newer first among equal scores. A threshold of 0 or less matches every post (a
   * linear scan); one above 1 matches none.
   */
  search(text: string, options: SearchOptions): SimilarityMatch[] {
    const { threshold: t, filter, limit = Infinity } = options;
    if (!(t <= 1) || (t > 0 && this.tooLong(text, t))) return [];
    const draft = normalizeForSimilarity(text);
    const ranges = this.ranges(options);
    const accept = (i: number) => !filter || filter(this.posts[this.orig[i]], this.orig[i]);
    let found: { index: number; score: number }[];
    if (draft.length < 2 && t > 0) {
      // compareTwoStrings: a 0- or 1-character string scores 1 against itself, 0 against the rest.
      const inRange = (i: number) => ranges.some(([from, to]) => i >= from && i < to);
      found = (this.shortPosts.get(draft) ?? []).filter((i) => inRange(i) && accept(i)).map((index) => ({ index, score: 1 }));
    } else {
      const nA = draft.length - 1;
      // Dice ≥ t needs the post's size within [nA·t/(2−t), nA·(2−t)/t]: a huge draft meets no post
      // at all and costs only its normalisation.
      const lo = t > 0 ? Math.max(1, Math.floor(((nA * t) / (2 - t)) * (1 - EPS))) : 0;
      const hi = t > 0 ? Math.ceil(((nA * (2 - t)) / t) * (1 + EPS)) : Infinity;
      if (lo > this.maxSize) return [];
      const grams = this.countDraft(draft);
      try {
        found = t > 0 ? this.candidates(draft, grams, t, lo, hi, ranges, accept) : this.scoreAll(draft, ranges, accept);
      } finally {
        for (const g of grams) this.draftCount[g] = 0;
      }
    }
    const matches = found.map(({ index, score }) => ({ post: this.posts[this.orig[index]], index: this.orig[index], score }));
    const time = (i: number) => (Number.isNaN(this.times[i]) ? -Infinity : this.times[i]);
    matches.sort((a, b) => b.score - a.score || time(b.index) - time(a.index) || b.index - a.index);
    return matches.slice(0, limit);
  }

  /**
   * True when even a prefix of the text normalises to more bigrams than any post could match
   * (size > maxSize·(2−t)/t), so a 1 MB draft is dismissed after a few kilobytes. The prefix ends
   * before a whitespace character: no link, number or NFKC sequence spans that point, so its
   * normalised form is a prefix of the whole text's.
   */
  private tooLong(text: string, t: number): boolean {
    const probe = 8 * this.maxSize + 1024;
    if (text.length <= probe) return false;
    const space = /\s/g;
    space.lastIndex = probe;
    const cut = space.exec(text)?.index;
    return cut !== undefined && (normalizeForSimilarity(text.slice(0, cut)).length - 1) * t > this.maxSize * (2 - t) * (1 + EPS);
  }

  /** History positions of the posts published in (after, until], oldest first; unparsable dates never are. */
  publishedWithin(after: number, until: number): number[] {
    const times = this.times;
    const byTime = (this._byTime ??= Int32Array.from({ length: this.posts.length }, (_, i) => i)
      .filter((i) => !Number.isNaN(times[i]))
      .sort((a, b) => times[a] - times[b] || a - b));
    const first = lowerBound(byTime.length, (k) => times[byTime[k]] > after);
    const end = lowerBound(byTime.length, (k) => times[byTime[k]] > until);
    return Array.from(byTime.subarray(first, Math.max(first, end)));
  }

  /** The id ranges [from, to) of the posts on the platform(s) asked for, within the time window. */
  private ranges({ platform, after, until }: SearchOptions): [number, number][] {
    if (Number.isNaN(after) || Number.isNaN(until)) return []; // as the comparisons would: nothing
    const groups = platform === undefined ? [...Array(GROUPS).keys()] : [groupOf(platform)];
    const at = (i: number) => this.times[this.orig[i]];
    return groups.map((g) => {
      const start = this.groupStart[g];
      const end = this.groupStart[g + 1];
      // Unparsable times sort first in their group and fall outside any window, even a half-open one.
      const windowed = after !== undefined || until !== undefined;
      const from = start + (windowed ? lowerBound(end - start, (k) => at(start + k) > (after ?? -Infinity)) : 0);
      const to = until === undefined ? end : start + lowerBound(end - start, (k) => at(start + k) > until);
      return [from, Math.max(from, to)];
    });
  }

  /** Assigns bigram ids and counts each post's distinct bigrams (rows in first-seen order). */
  private countBigrams() {
    const n = this.norms.length;
    const rowStart = new Int32Array(n + 1);
    const total = this.sizes.reduce((a, b) => a + b, 0);
    const grams = new Int32Array(total);
    const counts = new Int32Array(total);
    const ascii = this.asciiIds;
    let perGram = new Int32Array(1024);
    let vocab = 0;
    let w = 0;
    for (let i = 0; i < n; i++) {
      const s = this.norms[i];
      rowStart[i] = w;
      if (s.length < 2) {
        const same = this.shortPosts.get(s);
        if (same) same.push(i);
        else this.shortPosts.set(s, [i]);
      }
      const first = w;
      for (let j = 0, a = s.charCodeAt(0); j + 1 < s.length; j++) {
        const b = s.charCodeAt(j + 1);
        let g = (a | b) < 128 ? ascii[(a << 7) | b] : (this.otherIds.get(a * 65536 + b) ?? -1);
        if (g < 0) {
          g = vocab++;
          if ((a | b) < 128) ascii[(a << 7) | b] = g;
          else this.otherIds.set(a * 65536 + b, g);
          if (g >= perGram.length) perGram = grow(perGram, g);
        }
        if (perGram[g]++ === 0) grams[w++] = g;
        a = b;
      }
      for (let k = first; k < w; k++) {
        counts[k] = perGram[grams[k]];
        perGram[grams[k]] = 0;
      }
    }
    rowStart[n] = w;
    return { vocab, rowStart, grams: grams.subarray(0, w), counts: counts.subarray(0, w) }; // views: no copy
  }

  private gramId(a: number, b: number): number {
    return (a | b) < 128 ? this.asciiIds[(a << 7) | b] : (this.otherIds.get(a * 65536 + b) ?? -1);
  }

  /** Counts the draft's bigrams that the index knows into `draftCount`; returns them in global order. */
  private countDraft(draft: string): number[] {
    const grams: number[] = [];
    for (let j = 0; j + 1 < draft.length; j++) {
      const g = this.gramId(draft.charCodeAt(j), draft.charCodeAt(j + 1));
      if (g >= 0 && this.draftCount[g]++ === 0) grams.push(g);
    }
    return grams.sort((a, b) => this.order[a] - this.order[b]);
  }

  /** compareTwoStrings(draft, post i) from the bigram counts: the same integers, the same formula. */
  private score(draft: string, i: number): number {
    const nA = draft.length - 1;
    const nB = this.sizes[i];
    if (nA < 1 || nB === 0) return draft === this.norms[i] ? 1 : 0;
    let o = 0;
    for (let k = this.rowStart[i]; k < this.rowStart[i + 1]; k++) o += Math.min(this.rowCount[k], this.draftCount[this.rowGram[k]]);
    return (2 * o) / (nA + nB);
  }

  /**
   * Walks the draft's bigrams in global order while they are within its prefix for the smallest
   * post size allowed. A post is admitted at its first shared bigram if that bigram lies within
   * both prefixes for this pair of sizes and the occurrences left on both sides can still make up
   * the overlap (positional filter); later shared bigrams add to its partial overlap. Admitted posts
   * are then pruned by partial + what is left on both sides, and the rest scored exactly.
   */
  private candidates(draft: string, grams: number[], t: number, lo: number, hi: number, ranges: [number, number][], accept: (i: number) => boolean) {
    const { sizes, listStart, listPost, listCount, listRank, mark, partial, seenUpTo, draftCount } = this;
    const nA = draft.length - 1;
    let left = 0;
    for (const g of grams) left += draftCount[g];
    let rankA = nA - left; // bigrams unknown to the index rank first: no post holds them
    const prefixA = nA - minOverlap(t, nA, lo) + 1;
    const epoch = ++this.epoch;
    const admitted: number[] = [];
    for (const g of grams) {
      if (rankA >= prefixA) break;
      const cA = draftCount[g];
      const start = listStart[g];
      const n = listStart[g + 1] - start;
      for (const [from, to] of ranges) {
        const end = start + lowerBound(n, (j) => listPost[start + j] >= to);
        for (let k = start + lowerBound(n, (j) => listPost[start + j] >= from); k < end; k++) {
          const i = listPost[k];
          if (mark[i] === -epoch) continue;
          const cB = listCount[k];
          const rankB = listRank[k];
          if (mark[i] === epoch) {
            partial[i] += Math.min(cA, cB);
            seenUpTo[i] = rankB + cB;
            continue;
          }
          const nB = sizes[i];
          const need = minOverlap(t, nA, nB);
          // Out of the length range or either prefix, or too little left: no later bigram can admit it either.
          const ok =
            nB >= lo && nB <= hi && rankA <= nA - need && rankB <= nB - need && Math.min(cA, cB) + Math.min(nA - rankA - cA, nB - rankB - cB) >= need && accept(i);
          mark[i] = ok ? epoch : -epoch;
          if (ok) {
            partial[i] = Math.min(cA, cB);
            seenUpTo[i] = rankB + cB;
            admitted.push(i);
          }
        }
      }
      rankA += cA;
      left -= cA;
    }
    const found: { index: number; score: number }[] = [];
    for (const i of admitted) {
      const nB = sizes[i];
      if (partial[i] + Math.min(left, nB - seenUpTo[i]) < minOverlap(t, nA, nB)) continue;
      const score = this.score(draft, i);
      if (score >= t) found.push({ index: i, score });
    }
    return found;
  }

  private scoreAll(draft: string, ranges: [number, number][], accept: (i: number) => boolean) {
    const found: { index: number; score: number }[] = [];
    for (const [from, to] of ranges) for (let i = from; i < to; i++) if (accept(i)) found.push({ index: i, score: this.score(draft, i) });
    return found;
  }
}

/** The first k in [0, n) with pred(k) true, for a pred that is false then true. */
function lowerBound(n: number, pred: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function grow(a: Int32Array<ArrayBuffer>, index: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(index + 1, a.length * 2));
  b.set(a);
  return b;
}
