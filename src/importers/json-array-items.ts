/**
 * Finds the items of a top-level JSON array without parsing the whole array at once. Platform
 * exports are one huge array; parsing item by item lets an import yield between items (a single
 * JSON.parse of 50 MB blocks a page for a second) and keep every item before a point where the file
 * was cut off or damaged.
 */

/** Where one item's text is: `text.slice(start, end)` is the item (possibly not valid JSON). */
export interface ItemSpan {
  start: number;
  end: number;
}

/** How the array ended: `closed` at its `]`, or the text ran out first (a cut-off file). */
export interface ArrayEnd {
  closed: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** Index just after the string that opens at `quote`, or -1 when the text ends inside it. */
function endOfString(text: string, quote: number): number {
  let at = quote + 1;
  for (;;) {
    const next = text.indexOf('"', at);
    if (next === -1) return -1;
    let backslashes = 0;
    while (text.charCodeAt(next - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return next + 1;
    at = next + 1;
  }
}

/**
 * Yields the span of each item of the array whose `[` is at `open`, in order, by tracking strings
 * and nesting only. An item left unfinished when the text ends is yielded too (its JSON will not
 * parse), then the generator returns `{ closed: false }`. An empty slot (`[1,,2]`) is yielded as an
 * empty span so item numbers stay those a person counts; a trailing comma adds no item.
 */
export function* jsonArrayItems(text: string, open: number): Generator<ItemSpan, ArrayEnd> {
  let depth = 0;
  let start = -1;
  let i = open + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      if (start === -1) start = i;
      const after = endOfString(text, i);
      if (after === -1) break;
      i = after;
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (start === -1) start = i;
      depth++;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      if (depth === 0) {
        if (start !== -1) yield { start, end: i };
        return { closed: true };
      }
      depth--;
    } else if (code === COMMA && depth === 0) {
      yield { start: start === -1 ? i : start, end: i };
      start = -1;
    } else if (start === -1 && !isWhitespace(code)) {
      start = i;
    }
    i++;
  }
  if (start !== -1) yield { start, end: text.length };
  return { closed: false };
}
