/**
 * The history index the rules ask (`HistoryIndex`): a built index of the posts it started with,
 * and `add` for posts that come later (the calendar adds each planned post once it is linted).
 * Added posts wait in a short tail that searches score one by one with the same Dice; when the
 * tail grows past `REBUILD_AT` the index is rebuilt over all posts. So every search gives exactly
 * what a fresh index of the same posts gives (same scores, order and positions), and adding 100
 * posts to a 10,000-post history costs no rebuild at all.
 */
import { isoTimeMs } from '../time';
import type { HistoryPost } from '../types';
import { diceOfTexts } from './dice';
import { StaticHistoryIndex, type SearchOptions, type SimilarityMatch } from './history-index';
import { normalizeForSimilarity } from './normalise';

/** Added posts scored one by one before the index is rebuilt over them. */
const REBUILD_AT = 256;

export class HistoryIndex {
  private readonly all: HistoryPost[];
  private built: StaticHistoryIndex;
  /** Positions (in `posts`) of the added posts not yet in `built`, with their normalised texts. */
  private tail: { index: number; norm: string }[] = [];
  private timesBuffer: Float64Array;

  constructor(posts: readonly HistoryPost[]) {
    this.all = [...posts];
    this.built = new StaticHistoryIndex(this.all.slice());
    this.timesBuffer = Float64Array.from(this.built.times);
  }

  /** Every post, in the order given and added; positions are what `index` and `times` refer to. */
  get posts(): readonly HistoryPost[] {
    return this.all;
  }

  /** Publication times by position, epoch ms (NaN when unparsable). */
  get times(): Float64Array {
    return this.timesBuffer.subarray(0, this.all.length);
  }

  /** Adds a post at the next position; later searches and windows see it. */
  add(post: HistoryPost): void {
    const index = this.all.length;
    this.all.push(post);
    if (index >= this.timesBuffer.length) {
      const grown = new Float64Array(Math.max(16, this.timesBuffer.length * 2));
      grown.set(this.timesBuffer);
      this.timesBuffer = grown;
    }
    this.timesBuffer[index] = isoTimeMs(post.publishedAt);
    this.tail.push({ index, norm: normalizeForSimilarity(post.text) });
    if (this.tail.length >= REBUILD_AT) {
      this.built = new StaticHistoryIndex(this.all.slice());
      this.tail = [];
    }
  }

  /** As `StaticHistoryIndex.search`, over every post including the added ones. */
  search(text: string, options: SearchOptions): SimilarityMatch[] {
    const { limit = Infinity, ...rest } = options;
    if (this.tail.length === 0) return this.built.search(text, options);
    const found = this.built.search(text, rest);
    const t = options.threshold;
    if (t <= 1) {
      const draft = normalizeForSimilarity(text);
      const windowed = options.after !== undefined || options.until !== undefined;
      for (const { index, norm } of this.tail) {
        const post = this.all[index];
        const time = this.timesBuffer[index];
        if (options.platform !== undefined && post.platform !== options.platform) continue;
        // Unparsable times fall outside any window, as in the built index.
        if (windowed && !(time > (options.after ?? -Infinity) && time <= (options.until ?? Infinity))) continue;
        if (options.filter && !options.filter(post, index)) continue;
        const score = diceOfTexts(draft, norm);
        if (score >= t || t <= 0) found.push({ post, index, score });
      }
    }
    const at = (i: number) => (Number.isNaN(this.timesBuffer[i]) ? -Infinity : this.timesBuffer[i]);
    found.sort((a, b) => b.score - a.score || at(b.index) - at(a.index) || b.index - a.index);
    return found.slice(0, limit);
  }

  /** Positions of the posts published in (after, until], oldest first; unparsable dates never are. */
  publishedWithin(after: number, until: number): number[] {
    const within = this.built.publishedWithin(after, until);
    if (this.tail.length === 0) return within;
    const times = this.timesBuffer;
    for (const { index } of this.tail) if (times[index] > after && times[index] <= until) within.push(index);
    return within.sort((a, b) => times[a] - times[b] || a - b);
  }
}
