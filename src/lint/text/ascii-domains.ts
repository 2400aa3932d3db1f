/**
 * The ASCII domains inside a domain of any script, as X reads a link without `http(s)://`: the
 * matches of `ASCII_DOMAIN` (global, case-insensitive), found in linear time. The pattern itself
 * backtracks over every start position of a long label: "xn--" and 16,000 letters before a
 * Cyrillic letter took 2.4 s.
 *
 * How the pattern matches, which this follows: from its start, ASCII label characters up to a full
 * stop, the last of them no "-"; then as many whole labels as possible (ASCII label characters,
 * first and last no "-", each ended by a full stop), giving labels back one at a time until a TLD
 * starts right after them. The labels are cut at the full stops once, so each start is settled by
 * table look-ups.
 */
import type { Span } from '../types';
import { ASCII_LABEL_CHAR, tldLength } from './url-patterns';

// Whether a UTF-16 unit is an ASCII label character: 0 unknown, 1 no, 2 yes (filled on first sight).
const labelChars = new Uint8Array(65536);
const isLabelChar = (c: number) => (labelChars[c] ||= ASCII_LABEL_CHAR.test(String.fromCharCode(c)) ? 2 : 1) === 2;
const isInner = (c: number) => c !== 0x2d && isLabelChar(c);

/** The ASCII domains in `domain`, in order, as `domain.matchAll(new RegExp(ASCII_DOMAIN, 'gi'))` gives them. */
export function asciiDomains(domain: string): Span[] {
  // Segments between full stops: where each starts and ends, where its last non-label character is.
  const starts = [0];
  const ends: number[] = [];
  const lastForeign = [-1];
  for (let k = 0; k < domain.length; k++) {
    const c = domain.charCodeAt(k);
    if (c === 0x2e) {
      ends.push(k);
      starts.push(k + 1);
      lastForeign.push(-1);
    } else if (!isLabelChar(c)) lastForeign[lastForeign.length - 1] = k;
  }
  ends.push(domain.length);
  const m = starts.length;
  // A whole label: not empty, all label characters, no "-" at either end, a full stop after it.
  const whole = (j: number) =>
    j < m - 1 && ends[j] > starts[j] && lastForeign[j] < 0 && isInner(domain.charCodeAt(starts[j])) && isInner(domain.charCodeAt(ends[j] - 1));
  // chainEnd[j]: the first segment from j on that is no whole label; tldAt[j]: the last segment at
  // or before j where a TLD starts (-1: none).
  const chainEnd = new Int32Array(m + 1).fill(m);
  for (let j = m - 1; j >= 0; j--) chainEnd[j] = whole(j) ? chainEnd[j + 1] : j;
  // A TLD follows a full stop: the first segment never holds one.
  const tld = starts.map((s, j) => (j > 0 ? tldLength(domain, s) : 0));
  const tldAt = new Int32Array(m);
  for (let j = 0; j < m; j++) tldAt[j] = tld[j] > 0 ? j : j > 0 ? tldAt[j - 1] : -1;

  const found: Span[] = [];
  let from = 0;
  for (let i = 0; i < m - 1; i++) {
    // The earliest start in segment i from which label characters run up to its full stop.
    const start = Math.max(from, starts[i], lastForeign[i] + 1);
    if (start >= ends[i] || !isInner(domain.charCodeAt(ends[i] - 1))) continue;
    // The TLD comes after the most whole labels that still leave one right after them.
    const last = Math.min(chainEnd[i + 1], m - 1);
    const j = tldAt[last];
    if (j < i + 1) continue;
    const end = starts[j] + tld[j];
    found.push({ start, end });
    from = end;
    // Go on in the segment where this match ended: a later start may lie in it.
    i = j - 1;
  }
  return found;
}
