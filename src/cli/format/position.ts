/** UTF-16 offsets (what spans hold) to 1-based line and column, like ESLint and editors count them. */

/** A lookup from offset to position for one text; builds the line index once (1 MB texts). */
export function positionFinder(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) lineStarts.push(m.index + m[0].length);
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
  };
}
