/**
 * The inverted bigram index of a list of normalised texts. Each text is a multiset of bigrams
 * (pairs of UTF-16 code units, as in string-similarity's `compareTwoStrings`). All bigrams share
 * one global order, rarest first, and each text's occurrences are ranked in that order, which is
 * what the prefix filter (`prefix-filter.ts`) walks.
 */

/** Posting lists and rows of texts 0..n−1 (typed arrays: 10,000 posts build in milliseconds). */
export interface Postings {
  readonly norms: readonly string[];
  /** Bigram occurrences per text: normalised length − 1, or 0. */
  readonly sizes: Int32Array;
  readonly maxSize: number;
  // Rows: text i's distinct bigrams with their counts, at [rowStart[i], rowStart[i+1]).
  readonly rowStart: Int32Array;
  readonly rowGram: Int32Array;
  readonly rowCount: Int32Array;
  // Posting lists: bigram g's texts by ascending number, with the count and the rank of g in the text.
  readonly listStart: Int32Array;
  readonly listPost: Int32Array;
  readonly listCount: Int32Array;
  readonly listRank: Int32Array;
  /** Position of each bigram in the global order (rarest first). */
  readonly order: Int32Array;
  // Bigram ids: a table for ASCII pairs (most of any normalised text), a map for the rest.
  readonly asciiIds: Int32Array;
  readonly otherIds: Map<number, number>;
  /** Texts under 2 characters, by text: they only ever equal themselves. */
  readonly shortPosts: Map<string, number[]>;
}

/** The id of the bigram (a, b), or −1 when no text holds it. */
export function gramId(p: Postings, a: number, b: number): number {
  return (a | b) < 128 ? p.asciiIds[(a << 7) | b] : (p.otherIds.get(a * 65536 + b) ?? -1);
}

/** Builds the index of `norms`. Linear in their total length, plus sorting the vocabulary. */
export function buildPostings(norms: readonly string[]): Postings {
  const n = norms.length;
  const sizes = Int32Array.from(norms, (s) => Math.max(0, s.length - 1));
  const maxSize = sizes.reduce((a, b) => Math.max(a, b), 0);
  const asciiIds = new Int32Array(128 * 128).fill(-1);
  const otherIds = new Map<number, number>();
  const shortPosts = new Map<string, number[]>();
  const { vocab, rowStart, grams, counts } = countBigrams(norms, sizes, asciiIds, otherIds, shortPosts);
  const w = rowStart[n];

  // Posting lists, filled in text order; the global order is by document frequency, then id.
  const listStart = new Int32Array(vocab + 1);
  for (let k = 0; k < w; k++) listStart[grams[k] + 1]++;
  const byOrder = Int32Array.from({ length: vocab }, (_, g) => g).sort((a, b) => listStart[a + 1] - listStart[b + 1] || a - b);
  const order = new Int32Array(vocab);
  for (let o = 0; o < vocab; o++) order[byOrder[o]] = o;
  for (let g = 0; g < vocab; g++) listStart[g + 1] += listStart[g];
  const cursor = listStart.slice(0, vocab);
  const listPost = new Int32Array(w);
  const listCount = new Int32Array(w);
  for (let i = 0; i < n; i++) {
    for (let k = rowStart[i]; k < rowStart[i + 1]; k++) {
      const at = cursor[grams[k]]++;
      listPost[at] = i;
      listCount[at] = counts[k];
    }
  }

  // Each bigram's rank within its text, from walking the lists in global order: far cheaper than
  // sorting 10,000 rows one by one.
  const listRank = new Int32Array(w);
  const rank = new Int32Array(n);
  for (const g of byOrder) {
    for (let k = listStart[g]; k < listStart[g + 1]; k++) {
      listRank[k] = rank[listPost[k]];
      rank[listPost[k]] += listCount[k];
    }
  }
  return { norms, sizes, maxSize, rowStart, rowGram: grams, rowCount: counts, listStart, listPost, listCount, listRank, order, asciiIds, otherIds, shortPosts };
}

/** Assigns bigram ids and counts each text's distinct bigrams (rows in first-seen order). */
function countBigrams(norms: readonly string[], sizes: Int32Array, ascii: Int32Array, otherIds: Map<number, number>, shortPosts: Map<string, number[]>) {
  const n = norms.length;
  const rowStart = new Int32Array(n + 1);
  const total = sizes.reduce((a, b) => a + b, 0);
  const grams = new Int32Array(total);
  const counts = new Int32Array(total);
  let perGram = new Int32Array(1024);
  let vocab = 0;
  let w = 0;
  for (let i = 0; i < n; i++) {
    const s = norms[i];
    rowStart[i] = w;
    if (s.length < 2) {
      const same = shortPosts.get(s);
      if (same) same.push(i);
      else shortPosts.set(s, [i]);
    }
    const first = w;
    for (let j = 0, a = s.charCodeAt(0); j + 1 < s.length; j++) {
      const b = s.charCodeAt(j + 1);
      let g = (a | b) < 128 ? ascii[(a << 7) | b] : (otherIds.get(a * 65536 + b) ?? -1);
      if (g < 0) {
        g = vocab++;
        if ((a | b) < 128) ascii[(a << 7) | b] = g;
        else otherIds.set(a * 65536 + b, g);
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

function grow(a: Int32Array<ArrayBuffer>, index: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(index + 1, a.length * 2));
  b.set(a);
  return b;
}
