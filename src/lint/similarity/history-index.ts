/**
 * Near-duplicate search over the history: the Dice coefficient on character bigrams, with exactly
 * the scores of string-similarity's `compareTwoStrings` on normalised texts (`normalise.ts`), found
 * through an inverted index (`postings.ts`, `prefix-filter.ts`) so a draft only meets the few posts
 * that can reach the threshold.
 */
import { isoTimeMs } from '../time';
import { PLATFORMS, type HistoryPost, type Platform } from '../types';
import { countDraft, diceScore, EPS } from './dice';
import { lowerBound } from './lower-bound';
import { normalizeForSimilarity } from './normalise';
import { buildPostings, type Postings } from './postings';
import { candidates, newScratch, type Found, type SearchScratch } from './prefix-filter';

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

const GROUPS = PLATFORMS.length + 1; // the last group holds platforms the index does not know
const groupOf = (platform: string) => {
  const g = (PLATFORMS as readonly string[]).indexOf(platform);
  return g < 0 ? PLATFORMS.length : g;
};

/**
 * The near-duplicate index of a fixed list of posts: built once, then `search` per keystroke.
 * `HistoryIndex` (`growing-index.ts`) wraps it to take more posts.
 * Posts are numbered by platform, then time, so a platform and time window is one slice of every
 * posting list.
 */
export class StaticHistoryIndex {
  /** Publication times by history position, epoch ms (NaN when unparsable). */
  readonly times: Float64Array;
  // Internally post i is history post orig[i]; ids run by platform group, then time (unparsable first).
  private readonly orig: Int32Array;
  private readonly groupStart = new Int32Array(GROUPS + 1);
  private readonly p: Postings;
  private readonly scratch: SearchScratch;
  private _byTime?: Int32Array;

  constructor(readonly posts: readonly HistoryPost[]) {
    const n = posts.length;
    this.times = Float64Array.from(posts, (p) => isoTimeMs(p.publishedAt));
    const group = posts.map((p) => groupOf(p.platform));
    const time = (i: number) => (Number.isNaN(this.times[i]) ? -Infinity : this.times[i]);
    this.orig = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => group[a] - group[b] || time(a) - time(b) || a - b);
    for (const g of group) this.groupStart[g + 1]++;
    for (let g = 0; g < GROUPS; g++) this.groupStart[g + 1] += this.groupStart[g];
    this.p = buildPostings(Array.from(this.orig, (i) => normalizeForSimilarity(posts[i].text)));
    this.scratch = newScratch(n, this.p.listStart.length - 1);
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
    let found: Found[];
    if (draft.length < 2 && t > 0) {
      // compareTwoStrings: a 0- or 1-character string scores 1 against itself, 0 against the rest.
      const inRange = (i: number) => ranges.some(([from, to]) => i >= from && i < to);
      found = (this.p.shortPosts.get(draft) ?? []).filter((i) => inRange(i) && accept(i)).map((index) => ({ index, score: 1 }));
    } else {
      const nA = draft.length - 1;
      // Dice ≥ t needs the post's size within [nA·t/(2−t), nA·(2−t)/t]: a huge draft meets no post
      // at all and costs only its normalisation.
      const lo = t > 0 ? Math.max(1, Math.floor(((nA * t) / (2 - t)) * (1 - EPS))) : 0;
      const hi = t > 0 ? Math.ceil(((nA * (2 - t)) / t) * (1 + EPS)) : Infinity;
      if (lo > this.p.maxSize) return [];
      const grams = countDraft(this.p, this.scratch.draftCount, draft);
      try {
        found = t > 0 ? candidates(this.p, this.scratch, draft, grams, t, lo, hi, ranges, accept) : this.scoreAll(draft, ranges, accept);
      } finally {
        for (const g of grams) this.scratch.draftCount[g] = 0;
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
    const probe = 8 * this.p.maxSize + 1024;
    if (text.length <= probe) return false;
    const space = /\s/g;
    space.lastIndex = probe;
    const cut = space.exec(text)?.index;
    return cut !== undefined && (normalizeForSimilarity(text.slice(0, cut)).length - 1) * t > this.p.maxSize * (2 - t) * (1 + EPS);
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

  private scoreAll(draft: string, ranges: [number, number][], accept: (i: number) => boolean) {
    const found: Found[] = [];
    for (const [from, to] of ranges) for (let i = from; i < to; i++) if (accept(i)) found.push({ index: i, score: diceScore(this.p, this.scratch.draftCount, draft, i) });
    return found;
  }
}
