/** Ways to take an offer up without a link: phone numbers, e-mail addresses and text-to short codes. */
import type { Token } from '../text/tokenize';
import type { Span } from '../types';
import { NEGLIGIBLE, type PromotionSignal } from './signal';

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Phone numbers: 7 to 13 digits in groups joined by single spaces, dashes, dots or parentheses
 * ("0800 123 4567", "(555) 123-4567", "+44 20 7946 0018"). Dates, decimals, thousands ("1.000.000"),
 * counts and year ranges are not phones. A character scan, linear in the text.
 */
export function phoneSignals(text: string, links: readonly Span[]): PromotionSignal[] {
  const out: PromotionSignal[] = [];
  let repeat = 0;
  for (let i = 0, link = 0; i < text.length; ) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const groups: string[] = [];
    const seps = new Set<string>();
    let j = i;
    let groupStart = i;
    while (j < text.length) {
      if (isDigit(text.charCodeAt(j))) {
        j++;
        continue;
      }
      // one separator, or ") " after an area code, then more digits
      let k = j + 1;
      if (text[j] === ')' && text[k] === ' ') k++;
      if (!' -.()'.includes(text[j]) || k >= text.length || !isDigit(text.charCodeAt(k))) break;
      if (groups.length <= MAX_GROUPS) groups.push(text.slice(groupStart, j)); // longer runs are no phone anyway
      seps.add(text[j]);
      groupStart = j = k;
    }
    if (groups.length <= MAX_GROUPS) groups.push(text.slice(groupStart, j));
    let start = i;
    if (start > 0 && (text[start - 1] === '+' || text[start - 1] === '(')) start--;
    const glued = start > 0 && /[\p{L}\p{N}_]/u.test(text[start - 1]);
    i = j;
    if (glued || !looksLikePhone(groups, seps, text[start])) continue;
    while (link < links.length && links[link].end <= start) link++;
    if (link < links.length && links[link].start < j) continue;
    const weight = 2 * 0.5 ** repeat++;
    if (weight >= NEGLIGIBLE) out.push({ kind: 'phone', label: 'a phone number', weight, start, end: j, text: text.slice(start, j) });
  }
  return out;
}

const MAX_GROUPS = 5;
const isYear = (g: string) => g.length === 4 && (g.startsWith('19') || g.startsWith('20'));

function looksLikePhone(groups: readonly string[], seps: ReadonlySet<string>, first: string): boolean {
  const digits = groups.reduce((n, g) => n + g.length, 0);
  if (digits < 7 || digits > 13 || groups.length > MAX_GROUPS) return false;
  if (groups.length === 1) {
    // Without separators only a number that dials like one: a leading 0 or +, or ten digits and
    // more that are not a round count ("1000000000 views").
    const g = groups[0];
    return first === '+' || g.startsWith('0') || (g.length >= 10 && !/0{5}$/.test(g));
  }
  const rest = groups.slice(1);
  if (rest.some((g) => g.length < 2)) return false; // "1 2 3 4 5 6 7" is a list
  if (seps.has('.') && groups.length === 2) return false; // a decimal
  if (groups[0].length <= 3 && rest.every((g) => g.length === 3) && !seps.has('-')) return false; // "1.000.000"
  const [a, b, c] = groups.map((g) => g.length);
  if (groups.length === 3 && ((a === 4 && b <= 2 && c <= 2) || (a <= 2 && b <= 2 && c === 4))) return false; // a date
  return !groups.every(isYear); // "2015 2016", "2008-2010"
}

const TEXTING_VERBS = new Set(['text', 'txt', 'sms', 'send', 'reply', 'msg']);

/** Short codes of SMS marketing: "text JOIN to 55555", "reply WIN to 80086". Span from the verb. */
export function shortCodeSignals(text: string, tokens: readonly Token[]): PromotionSignal[] {
  const out: PromotionSignal[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isNumber || t.end - t.start < 4 || t.end - t.start > 6 || !/^\d+$/.test(t.norm)) continue;
    // "to 80086", "to no: 80086"
    const to = tokens[i - 1].norm === 'to' || (tokens[i - 2].norm === 'to' && (tokens[i - 1].norm === 'no' || tokens[i - 1].norm === 'number'));
    if (!to) continue;
    let verb = -1;
    for (let k = i - 2; k >= Math.max(0, i - 6) && verb < 0; k--) if (TEXTING_VERBS.has(tokens[k].norm)) verb = k;
    if (verb < 0) continue;
    const weight = 3 * 0.5 ** out.length;
    if (weight < NEGLIGIBLE) break;
    const start = tokens[verb].start;
    out.push({ kind: 'phone', label: 'a short number to text', weight, start, end: t.end, text: text.slice(start, t.end) });
  }
  return out;
}

/** Longest local part and domain of an address looked at: keeps the scan linear on any paste. */
const LOCAL_MAX = 64;
const DOMAIN_MAX = 255;
const isLocalChar = (c: string) => /[\p{L}\p{N}._%+-]/u.test(c);
const isDomainChar = (c: string) => /[\p{L}\p{N}.-]/u.test(c);
/** An address is worth little alone (shops' notices give one too); it is a way to take an offer up. */
const EMAIL = 0.5;

/** E-mail addresses ("bookings@luigis.example.co.uk"): each "@" grown a bounded way to either side. */
export function emailSignals(text: string): PromotionSignal[] {
  const out: PromotionSignal[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < LOCAL_MAX && isLocalChar(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && end - at < DOMAIN_MAX && isDomainChar(text[end])) end++;
    while (end > at + 1 && text[end - 1] === '.') end--;
    const domain = text.slice(at + 1, end);
    const top = domain.slice(domain.lastIndexOf('.') + 1);
    if (start === at || !domain.includes('.') || domain.startsWith('.') || domain.includes('..') || !/^\p{L}{2,}$/u.test(top)) continue;
    const weight = EMAIL * 0.5 ** out.length;
    if (weight < NEGLIGIBLE) break;
    out.push({ kind: 'email', label: 'an e-mail address to write to', weight, start, end, text: text.slice(start, end) });
    at = end - 1;
  }
  return out;
}
