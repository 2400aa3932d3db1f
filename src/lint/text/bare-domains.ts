/**
 * Finds the next domain without protocol the way X's pattern does, but in linear time.
 *
 * X's pattern (twitter-text v3) consumes one character that may precede a link (not a letter,
 * digit, "@", "$" or "#"; or nothing at the very start of the text), then matches a domain of any
 * script: labels of domain characters with inner "-" (and "_" except in the name label) separated
 * by full stops, as many as possible, ending in a known TLD. It takes the first place where this
 * works. Done with a regular expression, that backtracks quadratically on a long run of text
 * without spaces (a Chinese paragraph, "a.a.a.…"); here each run around a full stop is split into
 * labels once and the longest chain is found from the right.
 */
import { isDomainCode, tldLength } from './url-patterns';

/** A domain as X's pattern matches it. */
export interface DomainMatch {
  /** Index of the character consumed before the domain; -1 at the very start of the text. */
  before: number;
  start: number;
  end: number;
}

const isDomainChar = (c: string) => isDomainCode(c.charCodeAt(0));
const inRun = (c: string) => c === '.' || c === '-' || c === '_' || isDomainChar(c);
const isEdge = (c: string) => c === '-' || c === '_';
// Characters that may not precede a link: ASCII letters and digits, "@", "$", "#" (and their
// full-width forms), invalid characters.
const badBefore = (c: string) => /[A-Za-z0-9@$#]/.test(c) || /[\uff20\uff03\ufffe\ufeff\uffff]/.test(c);

/** The first domain X would match at or after `floor` (where its previous match ended), or null. */
export function nextDomain(text: string, floor: number): DomainMatch | null {
  for (let dot = text.indexOf('.', floor); dot >= 0; ) {
    let a = dot;
    while (a > floor && inRun(text[a - 1])) a--;
    let b = dot + 1;
    while (b < text.length && inRun(text[b])) b++;
    const match = matchInRun(text, a, b, floor);
    if (match) return match;
    dot = text.indexOf('.', b);
  }
  return null;
}

/** The first domain inside the run `[a, b)` of domain characters, "-", "_" and full stops. */
function matchInRun(text: string, a: number, b: number, floor: number): DomainMatch | null {
  // Labels: where each starts and ends, where its last "_" is, and the length of a TLD at its start.
  const starts: number[] = [a];
  const ends: number[] = [];
  const lastUnderscore: number[] = [-1];
  for (let k = a; k < b; k++) {
    if (text[k] === '.') {
      ends.push(k);
      starts.push(k + 1);
      lastUnderscore.push(-1);
    } else if (text[k] === '_') lastUnderscore[lastUnderscore.length - 1] = k;
  }
  ends.push(b);
  const n = starts.length;
  const tld = starts.map((s, j) => (j > 0 ? tldLength(text, s) : 0));
  const valid = (j: number) => ends[j] > starts[j] && !isEdge(text[starts[j]]) && !isEdge(text[ends[j] - 1]);
  // farthest[j]: the label holding the TLD when the domain starts in label j and runs on through
  // at least one more label (-1: none). The name label before the TLD may not hold "_".
  const farthest: number[] = new Array(n).fill(-1);
  for (let j = n - 3; j >= 0; j--) {
    if (valid(j + 1)) farthest[j] = Math.max(tld[j + 2] && lastUnderscore[j + 1] < 0 ? j + 2 : -1, farthest[j + 1]);
  }
  // The label holding the TLD for a domain starting at p inside label j (-1: none from there).
  const lastFrom = (p: number, j: number) =>
    isEdge(text[ends[j] - 1]) ? -1 : farthest[j] >= 0 ? farthest[j] : j + 1 < n && tld[j + 1] && lastUnderscore[j] < p ? j + 1 : -1;
  let j = 0;
  for (let i = Math.max(floor, a - 1); i < b; i++) {
    // X tries the character at i as the one before the domain, then (at 0 only) no character.
    const p = i + 1;
    if (i === 0 && isDomainChar(text[0]) && (badBefore(text[0]) || !isDomainChar(text[1] ?? '.') || lastFrom(1, 0) < 0)) {
      const last = lastFrom(0, 0);
      if (last >= 0) return { before: -1, start: 0, end: starts[last] + tld[last] };
    }
    if (p < b && !badBefore(text[i]) && isDomainChar(text[p])) {
      while (j + 1 < n && starts[j + 1] <= p) j++;
      const last = lastFrom(p, j);
      if (last >= 0) return { before: i, start: p, end: starts[last] + tld[last] };
      // Nothing can start in this label (unless past its last "_"): go on at the next one.
      if (lastUnderscore[j] < p) i = ends[j] - 1;
    }
  }
  return null;
}
