/**
 * A small RFC 4180 CSV parser: quoted fields, `""` escapes, line breaks inside quotes, CRLF, LF or
 * lone CR line ends, a leading byte-order mark. Pure, so the calendar command and the LinkedIn
 * `Shares.csv` import can share it.
 *
 * Lenient where real exports are sloppy (ragged rows are returned as they are; text after a closing
 * quote is kept), strict only where the rest of the file could not be trusted: an unterminated
 * quoted field.
 */

/** One record, with the 1-based line it starts on (records may span lines). */
export interface CsvRow {
  fields: string[];
  line: number;
}

/** A quoted field that never closes; `line` is where it opened. */
export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

/** Line breaks in a piece of text, counting CRLF once. */
function countLineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/**
 * Parses CSV text into rows. A final line break does not start an empty row; a blank line in the
 * middle is a row with one empty field (callers decide whether to skip it). Fields keep their
 * whitespace; line breaks inside quoted fields are kept as written.
 *
 * @throws CsvError when a quoted field is not closed before the end of the text.
 */
export function parseCsv(input: string, delimiter = ','): CsvRow[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  // Only a quote at the very start of a field opens a quoted field (RFC 4180, and what Excel does).
  let atFieldStart = true;
  // Whether the current row has any content yet, so a trailing line break adds no empty row.
  let rowStarted = false;
  let i = 0;

  while (i < text.length) {
    const c = text[i];
    if (c === '"' && atFieldStart) {
      i = readQuoted(i + 1);
      atFieldStart = false;
      rowStarted = true;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
      atFieldStart = true;
      rowStarted = true;
      i++;
    } else if (c === '\n' || c === '\r') {
      fields.push(field);
      rows.push({ fields, line: rowLine });
      fields = [];
      field = '';
      atFieldStart = true;
      rowStarted = false;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      rowLine = ++line;
    } else {
      field += c;
      atFieldStart = false;
      rowStarted = true;
      i++;
    }
  }
  if (rowStarted) {
    fields.push(field);
    rows.push({ fields, line: rowLine });
  }
  return rows;

  /** Appends the quoted field's content to `field`; returns the index after its closing quote. */
  function readQuoted(from: number): number {
    const openedOn = line;
    let at = from;
    for (;;) {
      const quote = text.indexOf('"', at);
      if (quote === -1) throw new CsvError(`unterminated quoted field (opened on line ${openedOn})`, openedOn);
      const chunk = text.slice(at, quote);
      field += chunk;
      line += countLineBreaks(chunk);
      if (text[quote + 1] !== '"') return quote + 1;
      field += '"';
      at = quote + 2;
    }
  }
}
