/**
 * Offer fingerprints of a history, built once per history array: each post's fingerprint and, per
 * offer key (a discount, code, price or mechanic), the posts that carry it, so a draft meets only
 * the earlier posts that share a term of its offer — a few, not the whole window.
 */
import { offerFingerprint, type OfferFingerprint } from './offer-fingerprint';
import type { HistoryPost } from './types';

const cache = new WeakMap<readonly HistoryPost[], OfferIndex>();

/** The keys an offer can be looked up by. */
export function offerKeys(f: OfferFingerprint): string[] {
  return [...[...f.discounts].map((k) => `d:${k}`), ...[...f.codes].map((k) => `c:${k}`), ...[...f.prices].map((k) => `p:${k}`), ...[...f.mechanics].map((k) => `m:${k}`), ...[...f.lots].map((k) => `l:${k}`)];
}

export class OfferIndex {
  /** Fingerprints by history position, made on first use. */
  private readonly prints: (OfferFingerprint | undefined)[];
  private readonly byKey = new Map<string, number[]>();

  constructor(private readonly posts: readonly HistoryPost[]) {
    this.prints = new Array(posts.length);
    for (let i = 0; i < posts.length; i++) {
      if ((posts[i].kind ?? 'post') !== 'post') continue;
      const f = this.fingerprint(i);
      for (const k of offerKeys(f)) {
        const list = this.byKey.get(k);
        if (list) list.push(i);
        else this.byKey.set(k, [i]);
      }
    }
  }

  /** The fingerprint of history post `i`. */
  fingerprint(i: number): OfferFingerprint {
    return (this.prints[i] ??= offerFingerprint(this.posts[i].text));
  }

  /** History positions that share at least one offer key with `f`, ascending, without repeats. */
  candidates(f: OfferFingerprint): number[] {
    const out = new Set<number>();
    for (const k of offerKeys(f)) for (const i of this.byKey.get(k) ?? []) out.add(i);
    return [...out].sort((a, b) => a - b);
  }
}

/** The offer index of a history array, built once and reused while the array is the same. */
export function offerIndexFor(history: readonly HistoryPost[]): OfferIndex {
  let index = cache.get(history);
  if (!index) cache.set(history, (index = new OfferIndex(history)));
  return index;
}
