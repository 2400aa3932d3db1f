/**
 * How every rule quotes the draft in a message: on one line, and shortened with an ellipsis
 * without ever cutting a character in half. Lengths count graphemes (what a reader sees as one
 * character, via `Intl.Segmenter`), so "𝐁𝐔𝐘 𝐍𝐎𝐖", an emoji with a skin tone or a flag stays whole.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Units of text looked at per grapheme asked for: a quote never needs the rest of a 1 MB draft. */
const UNITS_PER_GRAPHEME = 16;

export interface QuoteOptions {
  /** Cut at the last space of the first `max` graphemes (when it lies past the middle) and drop the punctuation before it. */
  atWord?: boolean;
}

/** The first graphemes of `text`, at most `count`, and whether more followed. */
function headOf(text: string, count: number): { head: string[]; more: boolean } {
  const head: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    if (head.length === count) return { head, more: true };
    head.push(segment);
  }
  return { head, more: false };
}

/**
 * `text` on one line (runs of whitespace become one space), at most `max` graphemes: a longer text
 * is cut and ends in "…", which counts as one of the `max`.
 */
export function shorten(text: string, max: number, options: QuoteOptions = {}): string {
  const budget = max * UNITS_PER_GRAPHEME;
  const clipped = text.length > budget;
  const line = (clipped ? text.slice(0, budget) : text).replace(/\s+/g, ' ');
  const { head, more } = headOf(options.atWord ? line.trim() : line, max);
  // A slice that ran out inside a long grapheme leaves a piece of it last: drop that piece.
  if (!more && !clipped) return head.join('');
  if (!more) head.pop();
  if (options.atWord) {
    const joined = head.join('');
    const space = joined.lastIndexOf(' ');
    return `${withoutTrailingPunctuation(space >= max / 2 ? joined.slice(0, space) : joined)}…`;
  }
  return `${head.slice(0, max - 1).join('')}…`;
}

/**
 * `text` without the spaces and punctuation it ends in. A loop from the end, not an anchored
 * pattern: that one tries from every punctuation mark of a long run, which is quadratic.
 */
export function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s,.;:!?-]/.test(text[end - 1])) end--;
  return text.slice(0, end);
}

/** `shorten` in double quotes, as messages quote the draft. */
export function quoted(text: string, max: number, options?: QuoteOptions): string {
  return `"${shorten(text, max, options)}"`;
}
