/** A short, stable fingerprint of a text for ids of posts that have no id of their own. */

/**
 * FNV-1a (32 bit) over the UTF-16 code units, as 8 hex digits. Not cryptographic: it only has to
 * tell apart two posts published in the same second, and give the same answer on every import.
 */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
