/**
 * The one link finder of the lint core: every rule that asks "is this a link?" asks here. Links
 * are found the way X does (twitter-text v3's `extractUrlsWithIndices`), so a link counts 23 in
 * the weighted length exactly when X would shorten it, and "mybakery.pl/sale" or "Nice!
 * mybakery.dev" is a link for every rule alike. E-mail addresses and "Hi.Check" are not links.
 *
 * X matches a domain of any script first and, without `http(s)://`, then keeps only the ASCII
 * domains inside it; that two-step match decides, in text without spaces (Japanese, Chinese),
 * whether "詳しくはexample.com" is a link. A match X refuses still consumes its text.
 */
import type { Span } from '../types';
import { nextDomain, type DomainMatch } from './bare-domains';
import { asciiDomains } from './ascii-domains';
import { asciiLabelLength } from './punycode';
import { PROTOCOL_DOMAIN, QUERY, TAIL } from './url-patterns';

const PROTOCOL_RE = new RegExp(
  `(?<![A-Za-z0-9@\\uff20$#\\uff03\\ufffe\\ufeff\\uffff])https?:\\/\\/(${PROTOCOL_DOMAIN})${TAIL}`,
  'gi',
);
const TCO_RE = new RegExp(`^https?:\\/\\/t\\.co\\/([a-z0-9]+)(?:${QUERY})?`, 'i');
const TAIL_RE = new RegExp(TAIL, 'iy');

/** twitter-text drops URLs longer than this (protocol included). */
const MAX_URL_LENGTH = 4096;

/**
 * Whether X refuses a domain: a label over 63 characters once converted to ASCII, or a domain
 * starting "xn--" without an ASCII domain in it (twitter-text's IDNA check).
 */
function refusedDomain(domain: string): boolean {
  if (domain.startsWith('xn--') && asciiDomains(domain).length === 0) return true;
  // More than 126 UTF-16 units are more than 63 code points: too long whatever the encoding.
  const ascii = !/[^\0-\x7f]/.test(domain);
  return domain.split('.').some((label) => label.length > (ascii ? 63 : 126) || (!ascii && asciiLabelLength(label) > 63));
}

/** The next `http(s)://` link X's pattern matches at or after `floor`, or null. */
function nextProtocolMatch(text: string, floor: number): RegExpExecArray | null {
  PROTOCOL_RE.lastIndex = floor;
  let m = PROTOCOL_RE.exec(text);
  // X consumes the character before the link, so it must not belong to the previous match.
  while (m && m.index > 0 && m.index - 1 < floor) {
    PROTOCOL_RE.lastIndex = m.index + 1;
    m = PROTOCOL_RE.exec(text);
  }
  return m;
}

/** The link of a protocol match, or none when X refuses it. */
function protocolUrl(m: RegExpExecArray): Span[] {
  let url = m[0];
  if (url.length > MAX_URL_LENGTH || refusedDomain(m[1])) return [];
  // X keeps only the slug (and query) of a t.co link; what follows is plain text.
  const tco = TCO_RE.exec(url);
  if (tco) {
    if (tco[1].length > 40) return [];
    url = tco[0];
  }
  return [{ start: m.index, end: m.index + url.length }];
}

/** The links of a domain without protocol: its ASCII domains, the last one with the path. */
function bareUrls(text: string, d: DomainMatch, end: number, path: string | undefined): Span[] {
  const domain = text.slice(d.start, d.end);
  if (/[-_./]/.test(text[d.before] ?? '') || refusedDomain(domain)) return [];
  if (end - d.start + 'https://'.length > MAX_URL_LENGTH) return [];
  const found: Span[] = [];
  // Mostly the whole domain is plain ASCII, and so its own ASCII part.
  if (/^[a-z0-9.-]*$/i.test(domain)) found.push({ start: d.start, end: d.end });
  else for (const a of asciiDomains(domain)) found.push({ start: d.start + a.start, end: d.start + a.end });
  // Without a path X keeps only the domain, even when a port or query follows.
  if (path && found.length) found[found.length - 1].end = end;
  return found;
}

/**
 * Generic TLDs that are everyday words which start a sentence: "time.you there?", "Nice.how is
 * it?" are two sentences with a space missing, not addresses, though X links them.
 */
const SENTENCE_WORDS = new Set(
  'how you now one here today new next so off like open save best free win buy call read help meet day date'.split(' '),
);
/** TLDs a business writes capitalised ("MyBakery.Com"); any other "Capitalised" TLD starts a sentence ("reply.Be frank"). */
const CAPITALISED_OK = new Set(['com', 'net', 'org', 'io', 'co']);

/**
 * Whether a bare domain reads as two sentences with the space missing: no path, and a TLD that is
 * an everyday word or capitalised like the first word of a sentence ("news.Today", "Hi.Check").
 */
function joinsSentences(text: string, link: Span): boolean {
  const url = text.slice(link.start, link.end);
  if (/[/:?#]/.test(url)) return false;
  const tld = url.slice(url.lastIndexOf('.') + 1);
  const lower = tld.toLowerCase();
  return SENTENCE_WORDS.has(lower) || (/^\p{Lu}\p{Ll}+$/u.test(tld) && !CAPITALISED_OK.has(lower));
}

type Found = { asX: readonly Span[]; forRules: readonly Span[] };
// The last two texts' links: lint reads the analysed part and, for X's length, the whole draft.
const recent: { text: string; found: Found }[] = [];

/** Both views of the links of a text, from one scan. */
function scan(text: string): Found {
  const hit = recent.find((r) => r.text === text);
  if (hit) return hit.found;
  const spans: Span[] = [];
  const bareOnes = new Set<Span>();
  let floor = 0;
  let protocol = text.includes('.') ? nextProtocolMatch(text, 0) : null;
  let bare = text.includes('.') ? nextDomain(text, 0) : null;
  while (protocol || bare) {
    // X tries every position in turn, a protocol before a bare domain.
    const protocolAt = protocol ? protocol.index - 1 : Infinity;
    if (protocol && (!bare || protocolAt <= bare.before)) {
      spans.push(...protocolUrl(protocol));
      floor = protocol.index + protocol[0].length;
    } else if (bare) {
      TAIL_RE.lastIndex = bare.end;
      const tail = TAIL_RE.exec(text)!;
      floor = bare.end + tail[0].length;
      for (const s of bareUrls(text, bare, floor, tail[1])) {
        spans.push(s);
        bareOnes.add(s);
      }
    }
    if (protocol && protocol.index - 1 < floor) protocol = nextProtocolMatch(text, floor);
    if (bare && bare.before < floor) bare = nextDomain(text, floor);
  }
  const forRules = bareOnes.size ? spans.filter((s) => !bareOnes.has(s) || !joinsSentences(text, s)) : spans;
  const found = { asX: spans, forRules };
  recent.unshift({ text, found });
  recent.length = Math.min(recent.length, 2);
  return found;
}

/**
 * Every link X would shorten to a t.co link (and so count as 23), as UTF-16 spans, in order:
 * `http(s)://` links and bare domains ("example.com/shop") as X finds them, without trailing
 * punctuation. For X's weighted length; rules ask `findLinks`. Linear in the length of the text.
 */
export function findLinksAsX(text: string): readonly Span[] {
  return scan(text).asX;
}

/**
 * The links of a text as every rule reads them: X's links, except a bare domain that is two
 * sentences with the space missing ("time.you there?", "Big news.Today"). Linear in the text.
 */
export function findLinks(text: string): readonly Span[] {
  return scan(text).forRules;
}
