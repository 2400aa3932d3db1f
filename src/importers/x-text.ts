/**
 * Turns a tweet as X's archive stores it back into what the person wrote: t.co links expanded,
 * media links (pictures the person attached, not words they typed) removed, HTML entities decoded.
 */

/** The link and media entities of a tweet, as far as the text needs them. */
export interface TweetEntities {
  urls?: ReadonlyArray<{ url: string; expanded_url?: string | null }>;
  media?: ReadonlyArray<{ url: string }>;
}

const T_CO = /https?:\/\/t\.co\/[A-Za-z0-9]+/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the entities X writes (`&amp;`, `&lt;`, `&gt;`) and numeric ones; others stay as typed. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name];
    const code = decimal ? Number(decimal) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The tweet's text with each t.co link replaced by where it points (as the entities say), media
 * links dropped, entities decoded. Only the text between links is entity-decoded: an expanded URL
 * is kept byte for byte.
 */
export function tweetText(raw: string, entities: TweetEntities | undefined): string {
  const expanded = new Map<string, string>();
  for (const link of entities?.urls ?? []) if (link.expanded_url) expanded.set(link.url, link.expanded_url);
  const media = new Set((entities?.media ?? []).map((m) => m.url));
  let out = '';
  let last = 0;
  for (const match of raw.matchAll(T_CO)) {
    out += decodeHtmlEntities(raw.slice(last, match.index));
    const link = match[0];
    if (!media.has(link)) out += expanded.get(link) ?? link;
    last = match.index + link.length;
  }
  out += decodeHtmlEntities(raw.slice(last));
  // A dropped media link leaves the space before it behind.
  return media.size > 0 ? out.trim() : out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const CREATED_AT = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/;

/**
 * Parses X's `created_at` ("Wed Oct 10 20:19:24 +0000 2018") into ISO 8601 UTC, without relying
 * on `Date.parse` accepting that shape (engines differ). Also takes an ISO 8601 time with an offset.
 *
 * @returns null when the text is neither.
 */
export function parseTweetTime(createdAt: string): string | null {
  const m = CREATED_AT.exec(createdAt);
  if (m) {
    const month = MONTHS.indexOf(m[1]);
    if (month === -1) return null;
    const offsetMinutes = (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8]));
    const ms = Date.UTC(Number(m[9]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])) - offsetMinutes * 60_000;
    return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(createdAt)) {
    const ms = Date.parse(createdAt);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  return null;
}
