/**
 * Text from drafts reaches the terminal in messages that quote the draft and in headings. A draft
 * may carry escape sequences (ESC ] 0; … sets the window title, ESC [ 2 J clears the screen) or
 * bidirectional overrides that make a line read differently from what it says. Such characters
 * are printed as visible escapes instead; JSON output is safe already (JSON.stringify escapes C0).
 */

// C0 controls but tab, DEL, C1 controls, and the bidi embedding/override/isolate marks.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every terminal control character shown as `\xNN` or `\u{NNNN}`. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/** A `postlint: …` line for stderr, its text escaped: messages quote file names, lines and values. */
export function cliMessage(message: string): string {
  return `postlint: ${terminalSafe(message)}\n`;
}
