/**
 * Shared shape and helpers of the structural signals: evidence that no single phrase carries, found
 * by looking at where words stand (a verb opening a sentence, a number before "seats left").
 */
import type { PhraseEntry, PhraseHit } from '../phrases/match';
import type { Token } from '../text/tokenize';

/** Which family a structural signal belongs to; the promotion score pairs them like phrase lists. */
export type SignalFamily = 'call' | 'offer' | 'scarcity' | 'self-praise' | 'buyer' | 'pitch';

/** One piece of structural evidence, on the words that carry it. */
export interface StructuralSignal {
  family: SignalFamily;
  /** Plain words for the person ("asks the reader to book"). */
  label: string;
  weight: number;
  start: number;
  end: number;
  text: string;
}

/** Characters between two words that end a clause: punctuation, a line break, a bullet, an emoji. */
const BREAK = /[.!?:;\n•·|()[\]—–>]|\p{Extended_Pictographic}/u;

/** Words that may stand between a clause start and its verb ("So just book…", "Please call…"). */
const SOFTENERS = new Set(['lets', 'just', 'simply', 'so', 'please', 'pls', 'then', 'and', 'or', 'now', 'go', 'come', 'ahead', 'today', 'quickly', 'easily']);

/** True when token `i` opens a clause: first word, after a break, or after a softener that does. */
export function opensClause(text: string, tokens: readonly Token[], i: number, softeners = 2): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1];
  if (prev.norm === '!' || prev.norm === '?' || BREAK.test(text.slice(prev.end, tokens[i].start))) return true;
  return softeners > 0 && SOFTENERS.has(prev.norm) && opensClause(text, tokens, i - 1, softeners - 1);
}

/** True when a clause break lies between tokens `a` and `b` (a < b). */
export function breakBetween(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) {
    if (tokens[k - 1].norm === '!' || tokens[k - 1].norm === '?' || BREAK.test(text.slice(tokens[k - 1].end, tokens[k].start))) return true;
  }
  return false;
}

/** Index of the token that starts at `start` (tokens sorted), or -1. Binary search. */
export function tokenAt(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start === start) return mid;
    if (tokens[mid].start < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Index of the token that ends at `end`, or -1. */
export function tokenEndingAt(tokens: readonly Token[], end: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end === end) return mid;
    if (tokens[mid].end < end) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A single-word lookup built from a data list: exact words and `prefix*` entries. */
export class WordClass {
  private readonly exact = new Map<string, PhraseEntry>();
  private readonly prefixes: [string, PhraseEntry][] = [];

  constructor(entries: readonly PhraseEntry[]) {
    for (const e of entries) {
      const word = e.phrase.toLowerCase().replace(/['’]/g, '');
      if (word.endsWith('*')) this.prefixes.push([word.slice(0, -1), e]);
      else this.exact.set(word, e);
    }
  }

  /** The entry a normalised word belongs to, if any. */
  get(norm: string): PhraseEntry | undefined {
    const hit = this.exact.get(norm);
    if (hit) return hit;
    for (const [prefix, e] of this.prefixes) if (norm.startsWith(prefix)) return e;
    return undefined;
  }
}

/** Builds a signal from a phrase hit or a token range. */
export function signalOf(text: string, family: SignalFamily, label: string, weight: number, start: number, end: number): StructuralSignal {
  return { family, label, weight, start, end, text: text.slice(start, end) };
}

/** Hits of one list, in text order. */
export const hitsIn = (hits: readonly PhraseHit[], list: string) => hits.filter((h) => h.list === list);
