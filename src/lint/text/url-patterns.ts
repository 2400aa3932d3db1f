/**
 * What X (twitter-text v3) accepts in a link, rebuilt compactly: TLDs, the characters of a
 * domain, a domain after `http(s)://`, and what may follow a domain (port, path, query).
 *
 * Deliberately smaller than twitter-text: every ASCII country-code TLD is known, but only ~190
 * common generic and 40 internationalised TLDs (twitter-text ships ~1,570 in 12 KB). Bare domains
 * on exotic TLDs ("hello.lighting") are not links here; the differential test lists these.
 */

/** ASCII ccTLDs as first letter + second letters ("ac de…" = ac, ad, ae…): 255 codes in 250 bytes. */
const CC_TLDS =
  'acdefgilmnoqrstuwxz babdefghijlmnoqrstvwyz cacdfghiklmnoruvwxyz dejkmoz eceghrstu fijkmor ' +
  'gabdefghilmnpqrstuwy hkmnrtu idelmnoqrst jemop keghimnprwyz labcikrstuvy macdefghklmnopqrstuvwxyz ' +
  'nacefgilopruz om paefghklmnrstwy qa reosuw sabcdeghijklmnorstuvxyz tcdfghjklmnoprtvwz uagkmsyz ' +
  'vaceginu wfs yet zamw';

/**
 * Generic TLDs people actually use, plus the English words that are gTLDs and turn a missing space
 * after a full stop into a link for X ("Big news.Today we…" is a link to news.today).
 */
const G_TLDS =
  'com net org edu gov mil int info biz name pro mobi asia app dev xyz top site online store shop ' +
  'blog news tech club live life world today cloud email link page space website art design agency ' +
  'studio media digital network company group global inc llc ltd new now next best love free sale ' +
  'deals buy win fun game run fit golf wine beer pizza cafe coffee food menu bar pub click book call ' +
  'watch you one how here help show video team work play read hot cool meet wiki tips guide gift ' +
  'style fashion beauty health care money bank cash tax law church school academy events party ' +
  'social chat vote men mom baby family house land farm garden green blue red pink black gold star ' +
  'photo photos pics movie mov zip film day date lol wow like cheap fast safe open save dog cat pet ' +
  'bike car travel city town energy eco fitness yoga dance market review rest recipes bet discount ' +
  'shoes hair support services solutions software host press report business cars community ' +
  'contact management marketing off partners photography place post sport training works bio';

/** Internationalised TLDs of the biggest non-Latin markets. */
const IDN_TLDS =
  'рф рус укр бел срб қаз бг мкд мон ею ελ ευ орг ком сайт онлайн 中国 中國 香港 台灣 台湾 公司 网络 ' +
  '在线 世界 商城 购物 游戏 时尚 手机 新闻 信息 健康 娱乐 みんな ストア セール コム 한국 ไทย';

const ASCII_TLDS = new Set([...G_TLDS.split(' '), ...CC_TLDS.split(' ').flatMap((g) => [...g.slice(1)].map((c) => g[0] + c))]);
const IDNS = IDN_TLDS.split(' ').sort((a, b) => b.length - a.length);

// The first characters of the IDN TLDs: most non-ASCII labels start with none of them.
const IDN_FIRSTS = new Set(IDNS.map((idn) => idn[0]));

/** Every TLD known here, longest first so an alternation never settles on a prefix of the real one. */
export const KNOWN_TLDS = [...ASCII_TLDS, ...IDNS].sort((a, b) => b.length - a.length);

const PUNYCODE = /xn--[-0-9a-z]+/iy;
const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
// What may not follow a TLD (twitter-text's lookahead): a letter, digit, "@", "+" or "-".
const endsTld = (c: number) => !(isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x40 || c === 0x2b || c === 0x2d);

/**
 * The length of the TLD starting at `pos` ("example.comx" has none: a TLD may not run on into a
 * letter, digit, "-", "@" or "+"), or 0. A lookup, not a 1,500-way alternation: it runs for
 * every label of every run of text around a full stop.
 */
export function tldLength(text: string, pos: number): number {
  const at = (k: number) => (k < text.length ? text.charCodeAt(k) : 0x20);
  if (at(pos) > 0x7f) {
    if (!IDN_FIRSTS.has(text[pos].toLowerCase())) return 0;
    for (const idn of IDNS) if (text.slice(pos, pos + idn.length).toLowerCase() === idn && endsTld(at(pos + idn.length))) return idn.length;
    return 0;
  }
  let k = pos;
  while (isLetter(at(k))) k++;
  if (k - pos === 2 && text.slice(pos, pos + 4).toLowerCase() === 'xn--') {
    // twitter-text checks nothing after a punycode TLD.
    PUNYCODE.lastIndex = pos;
    const puny = PUNYCODE.exec(text);
    if (puny) return puny[0].length;
  }
  return k - pos >= 2 && endsTld(at(k)) && ASCII_TLDS.has(text.slice(pos, k).toLowerCase()) ? k - pos : 0;
}

const NOT_DOMAIN_ASCII = new Set([..."!'#%&()*+,\\-./:;<=>?@[]^_{|}~$"].map((ch) => ch.charCodeAt(0)));

/**
 * Whether a UTF-16 code unit may appear in a domain label (besides inner "-" and "_"): anything
 * but ASCII punctuation, spaces, and invalid or directional characters. Same as `DOMAIN_CHAR`,
 * without a regular expression per character.
 */
export function isDomainCode(c: number): boolean {
  if (c < 0x80) return c > 0x20 ? !NOT_DOMAIN_ASCII.has(c) : c < 0x09 || (c > 0x0d && c !== 0x20);
  return !(
    c === 0x85 || c === 0xa0 || c === 0x1680 || c === 0x180e || c === 0x061c || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x200e || c === 0x200f || (c >= 0x2028 && c <= 0x202f) || c === 0x205f || (c >= 0x2066 && c <= 0x2069) ||
    c === 0x3000 || c === 0xfeff || c >= 0xfffe
  );
}

const TLD = `(?:(?:${KNOWN_TLDS.join('|')})(?![0-9a-z@+-])|xn--[-0-9a-z]+)`;

// Character classes of twitter-text: what may not appear in a domain (punctuation, spaces,
// invalid and directional characters), accented Latin letters, and Cyrillic.
const NOT_DOMAIN =
  "!'#%&()*+,\\\\\\-./:;<=>?@\\[\\]^_{|}~$\\t-\\r \\u0085\\u00a0\\u1680\\u180e\\u2000-\\u200a\\u2028\\u2029" +
  '\\u202f\\u205f\\u3000\\ufffe\\ufeff\\uffff\\u202a-\\u202e\\u061c\\u200e\\u200f\\u2066-\\u2069';
const LATIN =
  '\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff\\u0100-\\u024f\\u0253\\u0254\\u0256\\u0257\\u0259' +
  '\\u025b\\u0263\\u0268\\u026f\\u0272\\u0289\\u028b\\u02bb\\u0300-\\u036f\\u1e00-\\u1eff';
const CYRILLIC = '\\u0400-\\u04ff';

const D = `[^${NOT_DOMAIN}]`;
/** One character that may appear in a domain label, as a pattern (`isDomainCode` is the fast test). */
export const DOMAIN_CHAR = new RegExp(D);

const label = (inner: string) => `(?:(?:${D}(?:${inner}|${D})*)?${D}\\.)`;
/**
 * A domain after `http(s)://`: labels of any script, the last (the name) without "_". At most
 * 126 subdomains (a domain has at most 253 characters), so "a.a.a.…" cannot backtrack for ever.
 */
export const PROTOCOL_DOMAIN = `${label('[_-]')}{0,126}${label('-')}${TLD}`;

// Without a protocol X links only the ASCII (and accented Latin) domains inside the domain it
// matched, which is why their first label may start with "-".
const A = `[a-z0-9${LATIN}]`;
/** A character of an ASCII domain's label ("-" included), as `ASCII_DOMAIN` reads it (case-insensitive). */
// eslint-disable-next-line no-misleading-character-class -- combining marks are label characters one by one, as in X's own pattern
export const ASCII_LABEL_CHAR = new RegExp(`[-a-z0-9${LATIN}]`, 'i');
/**
 * An ASCII domain inside a domain without protocol. The reference pattern: `asciiDomains` finds
 * the same matches by hand, since this one backtracks quadratically on a long label.
 */
export const ASCII_DOMAIN = `[-a-z0-9${LATIN}]*${A}\\.(?:${A}(?:[-a-z0-9${LATIN}]*${A})?\\.)*${TLD}`;

const PATH_CHAR = `[a-z${CYRILLIC}0-9!*';:=+,.$/%#\\[\\]\\-\\u2013_~@|&${LATIN}]`;
const PARENS = `\\((?:${PATH_CHAR}+|(?:${PATH_CHAR}*\\(${PATH_CHAR}+\\)${PATH_CHAR}*))\\)`;
const PATH_END = `[+\\-a-z${CYRILLIC}0-9=_#/${LATIN}]`;
// As composed by twitter-text, a path piece is a run ending in an ending character, or one pair of
// parentheses on its own: "x.co/abc;(ab)" stops after "abc". The parentheses are tried first:
// the path ends where it would (the run that follows them reaches the same last ending
// character), but "(!)(!)(!)…" no longer rescans the rest of the path from every pair, which was
// quadratic (10 KB took 260 ms).
const PATH = `(?:${PARENS}|${PATH_CHAR}*(?:${PARENS}${PATH_CHAR}*)*${PATH_END}|@${PATH_CHAR}+/)`;
export const QUERY = `\\?[a-z0-9!?*'@();:&=+$/%#\\[\\]\\-_.,~|]*[a-z0-9\\-_&=#/]`;
/** What may follow a domain: a port, a path (captured; without trailing punctuation), a query. */
export const TAIL = `(?::[0-9]+)?(\\/${PATH}*)?(?:${QUERY})?`;
