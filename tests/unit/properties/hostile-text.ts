/**
 * Adversarial strings for the property tests: what pasted text, a crafted draft or a damaged export
 * may hold. Shared by the lint, settings and importer properties.
 */
import fc from 'fast-check';

/** Pieces attackers and odd keyboards produce. */
export const HOSTILE_PIECES = [
  '<img src=x onerror=alert(1)>', '<script>window.__pwned=1</script>', '<a href="javascript:alert(1)">x</a>', '"><svg onload=alert(1)>',
  '&lt;b&gt;', '&#x3C;', '{{constructor.constructor("alert(1)")()}}', '${alert(1)}', '__proto__', 'constructor',
  '\ud800', '\udfff', '\udbff\udbff', 'a\udc00b', '👩‍👩‍👧‍👦', '🧑🏽‍💻', '🏳️‍🌈', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '🇺🇸🇬🇧', '1️⃣', '\u200d\u200d', '\ufe0f',
  'مرحبا بالعالم', 'שלום עולם', '\u202eevil\u202c', '\u2066x\u2069', '\u200f', 'e\u0301\u0302\u0303\u0304', 'Z̤̈́͑a̴̠͝l̷̙̈g̵͈̀o̸',
  '\u0000', '\u0007', '\u001b[2J', '\u001b]0;x\u0007', '\r', '\r\n', '\u2028', '\u0085', '\t', '\ufeff', '\uffff', '\ufffe',
  'xn--', 'xn--aaaaaaaaaaaaaaaaaaaa', 'a.a.a.a.a', 'https://x.co/(!)(!)', 'mybakery.com/sale?x=1', '@user', '#tag', 'FLASH SALE 50% OFF!!!',
  '日本語のテキスト', '한국어', 'ﬃ', 'İ', 'ẞ', '𝐁𝐎𝐋𝐃', ' ', '  ', '.', ',', '"', "'", '\\',
];

/** A string assembled from hostile pieces and arbitrary Unicode, up to a few hundred characters. */
export const hostileString = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 30 }).map((p) => p.join('')),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** A megabyte of one hostile piece (or a mix), for the few cases that test size. */
export function megabyteOf(piece: string): string {
  return piece.repeat(Math.ceil((1 << 20) / piece.length)).slice(0, 1 << 20);
}

/** Whether `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
