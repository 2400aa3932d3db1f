/**
 * The prefix filter of the near-duplicate search (as in AllPairs / PPJoin): two texts whose
 * bigram overlap can reach the threshold share a bigram among the first few of each in the global
 * order, so a search walks only the draft's rarest bigrams and admits only the posts that hold one
 * of them among their own rarest.
 */
import { diceScore, minOverlap } from './dice';
import { lowerBound } from './lower-bound';
import type { Postings } from './postings';

/** A post (by internal number) and its score. */
export interface Found {
  index: number;
  score: number;
}

/** Per-index scratch reused by every search (single-threaded), so a keystroke allocates almost nothing. */
export interface SearchScratch {
  draftCount: Int32Array;
  mark: Int32Array;
  partial: Int32Array;
  seenUpTo: Int32Array;
  epoch: number;
}

/** Scratch for an index of `posts` texts and `vocab` bigrams. */
export function newScratch(posts: number, vocab: number): SearchScratch {
  return { draftCount: new Int32Array(vocab), mark: new Int32Array(posts), partial: new Int32Array(posts), seenUpTo: new Int32Array(posts), epoch: 0 };
}

/**
 * Walks the draft's bigrams in global order while they are within its prefix for the smallest
 * post size allowed. A post is admitted at its first shared bigram if that bigram lies within
 * both prefixes for this pair of sizes and the occurrences left on both sides can still make up
 * the overlap (positional filter); later shared bigrams add to its partial overlap. Admitted posts
 * are then pruned by partial + what is left on both sides, and the rest scored exactly.
 */
export function candidates(p: Postings, scratch: SearchScratch, draft: string, grams: number[], t: number, lo: number, hi: number, ranges: [number, number][], accept: (i: number) => boolean): Found[] {
  const { sizes, listStart, listPost, listCount, listRank } = p;
  const { mark, partial, seenUpTo, draftCount } = scratch;
  const nA = draft.length - 1;
  let left = 0;
  for (const g of grams) left += draftCount[g];
  let rankA = nA - left; // bigrams unknown to the index rank first: no post holds them
  const prefixA = nA - minOverlap(t, nA, lo) + 1;
  const epoch = ++scratch.epoch;
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
  const found: Found[] = [];
  for (const i of admitted) {
    const nB = sizes[i];
    if (partial[i] + Math.min(left, nB - seenUpTo[i]) < minOverlap(t, nA, nB)) continue;
    const score = diceScore(p, draftCount, draft, i);
    if (score >= t) found.push({ index: i, score });
  }
  return found;
}
