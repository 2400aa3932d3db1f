/**
 * The Dice coefficient of a draft and an indexed text from their bigram counts: exactly
 * string-similarity's `compareTwoStrings` on the normalised texts (the same integers, the same
 * formula), without building either text's bigram map again.
 */
import { gramId, type Postings } from './postings';

// Slack for float rounding: the filters may let a hopeless post through, never drop one that passes.
export const EPS = 1e-9;

/** Smallest bigram overlap o with which `2·o/(nA+nB)` can reach t. */
export const minOverlap = (t: number, nA: number, nB: number) => Math.max(1, Math.ceil((t * (nA + nB)) / 2 - EPS * (nA + nB + 1)));

/**
 * Counts the draft's bigrams that the index knows into `draftCount` (which the caller zeroes
 * again for the ids returned); returns those ids in global order, rarest first.
 */
export function countDraft(p: Postings, draftCount: Int32Array, draft: string): number[] {
  const grams: number[] = [];
  for (let j = 0; j + 1 < draft.length; j++) {
    const g = gramId(p, draft.charCodeAt(j), draft.charCodeAt(j + 1));
    if (g >= 0 && draftCount[g]++ === 0) grams.push(g);
  }
  return grams.sort((a, b) => p.order[a] - p.order[b]);
}

/** compareTwoStrings(draft, text i), with the draft's bigrams counted into `draftCount`. */
export function diceScore(p: Postings, draftCount: Int32Array, draft: string, i: number): number {
  const nA = draft.length - 1;
  const nB = p.sizes[i];
  if (nA < 1 || nB === 0) return draft === p.norms[i] ? 1 : 0;
  let o = 0;
  for (let k = p.rowStart[i]; k < p.rowStart[i + 1]; k++) o += Math.min(p.rowCount[k], draftCount[p.rowGram[k]]);
  return (2 * o) / (nA + nB);
}

/** compareTwoStrings of two normalised texts, counted directly (for the few posts outside an index). */
export function diceOfTexts(a: string, b: string): number {
  const nA = a.length - 1;
  const nB = b.length - 1;
  if (nA < 1 || nB < 1) return a === b ? 1 : 0;
  const counts = new Map<number, number>();
  for (let j = 0; j < nA; j++) {
    const g = a.charCodeAt(j) * 65536 + a.charCodeAt(j + 1);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let o = 0;
  for (let j = 0; j < nB; j++) {
    const g = b.charCodeAt(j) * 65536 + b.charCodeAt(j + 1);
    const c = counts.get(g) ?? 0;
    if (c > 0) {
      o++;
      counts.set(g, c - 1);
    }
  }
  return (2 * o) / (nA + nB);
}
