/**
 * Facebook's exports write UTF-8 text as if each byte were a Latin-1 character ("CafÃ©" for
 * "Café", "ð\u009f\u0098\u0080" for 😀). This turns such text back into what was written.
 */

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Re-reads a string's characters as bytes and decodes them as UTF-8, when that is what happened to
 * it: every character fits in a byte, some are above ASCII, and the bytes are valid UTF-8. Anything
 * else (plain ASCII, real Latin-1 such as a lone "é", text that already has characters beyond
 * U+00FF) comes back unchanged, so repairing twice is harmless.
 */
export function repairMojibake(text: string): string {
  let aboveAscii = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return text;
    if (code >= 0x80) aboveAscii = true;
  }
  if (!aboveAscii) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return text;
  }
}
