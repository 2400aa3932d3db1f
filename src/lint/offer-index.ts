/**
 * Offer fingerprints of a history, built once per history array: each post's fingerprint and, per
 * offer key (a discount, code, price or mechanic), the posts that carry it, so a draft meets only
 * the earlier posts that share a term of its offer — a few, not the whole window.
 */
import { offerFingerprint, type OfferFingerprint } from './offer-fingerprint';
import { isoTimeMs } from './time';
import type { HistoryPost } from './types';

const cache = new WeakMap<readonly HistoryPost[], OfferIndex>();

/** The keys an offer can be looked up by. */
export function offerKeys(f: OfferFingerprint): string[] {
  return [...[...f.discounts].map((k) => `d:${k}`), ...[...f.codes].map((k) => `c:${k}`), ...[...f.prices].map((k) => `p:${k}`), ...[...f.mechanics].map((k) => `m:${k}`), ...[...f.lots].map((k) => `l:${k}`)];
}

export class OfferIndex {
  /** Fingerprints by history position, made on first use. */
  private readonly prints: (OfferFingerprint | undefined)[];
  /** Per key, the posts that carry it, sorted by publication time. */
  private readonly byKey = new Map<string, number[]>();
  private readonly times: Float64Array;

  constructor(private readonly posts: readonly HistoryPost[]) {
    this.prints = new Array(posts.length);
    this.times = Float64Array.from(posts, (p) => isoTimeMs(p.publishedAt));
    for (let i = 0; i < posts.length; i++) {
      if ((posts[i].kind ?? 'post') !== 'post') continue;
      const f = this.fingerprint(i);
      for (const k of offerKeys(f)) {
        const list = this.byKey.get(k);
        if (list) list.push(i);
        else this.byKey.set(k, [i]);
      }
    }
    // Unreadable dates (NaN) sort first and are never in a window.
    const time = (i: number) => (Number.isNaN(this.times[i]) ? -Infinity : this.times[i]);
    for (const list of this.byKey.values()) list.sort((a, b) => time(a) - time(b) || a - b);
  }

  /** The fingerprint of history post `i`. */
  fingerprint(i: number): OfferFingerprint {
    return (this.prints[i] ??= offerFingerprint(this.posts[i].text));
  }

  /**
   * History positions published in (after, until] that share at least one offer key with `f`,
   * without repeats. Each key's list is cut to the window by binary search, so a common term
   * ("20%") in a long history costs only the posts of the window.
   */
  candidates(f: OfferFingerprint, after: number, until: number): number[] {
    const out = new Set<number>();
    for (const k of offerKeys(f)) {
      const list = this.byKey.get(k);
      if (!list) continue;
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.times[list[mid]] > after) hi = mid;
        else lo = mid + 1;
      }
      for (let j = lo; j < list.length && this.times[list[j]] <= until; j++) out.add(list[j]);
    }
    return [...out];
  }
}

/** The offer index of a history array, built once and reused while the array is the same. */
export function offerIndexFor(history: readonly HistoryPost[]): OfferIndex {
  let index = cache.get(history);
  if (!index) cache.set(history, (index = new OfferIndex(history)));
  return index;
}
