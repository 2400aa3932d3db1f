/** Makes untrusted text (file names, export contents) safe to print on a terminal. */

// C0 and C1 controls, DEL, and the bidirectional overrides that can make a line read differently
// from what it holds (U+202A–U+202E, U+2066–U+2069).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Replaces control and bidi-override characters with visible `\u{…}` escapes (`\n` stays escaped too). */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.charCodeAt(0).toString(16).padStart(2, '0')}}`);
}
