/**
 * `postlint calendar plan.csv`: lints a planned schedule. Each planned post is linted at its own
 * date, against the history plus the plan's posts before it, so the third LinkedIn post of a day or
 * the same promotion every Monday shows up before any of them goes out.
 */
import { parseCsv, CsvError, type CsvRow } from '../formats/csv';
import { lint } from '../lint/lint';
import { HistoryIndex } from '../lint/similarity';
import type { Settings } from '../lint/settings';
import { KINDS, PLATFORMS, type HistoryPost, type Kind, type Platform } from '../lint/types';
import type { Source } from './input';
import { CliError, type CliIO } from './io';
import type { Outcome, Report } from './report';
import { assumedUtcNotice, assumedUtcWarning, parseTime, TIME_HINT } from './time';
import { cliMessage } from './format/terminal-safe';

/** What the whole plan shares. */
export interface CalendarDefaults {
  settings: Settings;
  history: readonly HistoryPost[];
  kind: Kind;
}

interface PlannedPost {
  /** The line the row starts on, header = 1: `plan.csv:3` opens in an editor. */
  row: number;
  date: string;
  at: number;
  platform: Platform;
  kind: Kind;
  text: string;
}

type Columns = { date: number; platform: number; text: number; kind: number };

/** Lints every valid row; bad rows are reported (stderr and the output) and skipped. */
export function runCalendar(io: CliIO, source: Source, defaults: CalendarDefaults): Report {
  const [header, ...rows] = parseRows(source);
  const columns = findColumns(source.name, header);
  const results = new Map<number, Outcome & { record: unknown }>();
  const planned: PlannedPost[] = [];
  const assumed: string[] = [];

  for (const row of rows) {
    if (row.fields.every((f) => f.trim() === '')) continue;
    const post = readRow(row, columns, defaults.kind);
    if (typeof post === 'string') {
      const heading = `${source.name}:${row.line}`;
      io.stderr(cliMessage(`${heading}: ${post}`));
      results.set(row.line, { heading, error: post, record: { row: row.line, error: `row ${row.line}: ${post}` } });
    } else {
      const warning = assumedUtcWarning(`${source.name}:${row.line}: date`, post.date);
      if (warning) assumed.push(warning);
      planned.push(post);
    }
  }

  const notice = assumedUtcNotice(assumed);
  if (notice) io.stderr(cliMessage(notice));

  // Stable sort: posts at the same time count in file order.
  const byTime = [...planned].sort((a, b) => a.at - b.at);
  // One index for the whole plan: each planned post joins it once linted, for the rows after it.
  const index = new HistoryIndex(defaults.history);
  for (const post of byTime) {
    const heading = `${source.name}:${post.row} (${post.date}, ${post.platform})`;
    try {
      const context = { now: post.at, history: index.posts, historyIndex: index };
      const diagnostics = lint({ text: post.text, platform: post.platform, kind: post.kind }, context, defaults.settings);
      results.set(post.row, { heading, text: post.text, diagnostics, record: { row: post.row, date: post.date, platform: post.platform, diagnostics } });
    } catch (error) {
      // A rule bug on one odd row should not cost the user the rest of the plan.
      const message = `could not lint this row: ${error instanceof Error ? error.message : String(error)}`;
      io.stderr(cliMessage(`${source.name}:${post.row}: ${message}`));
      results.set(post.row, { heading, error: message, record: { row: post.row, error: `row ${post.row}: ${message}` } });
    }
    index.add({ text: post.text, platform: post.platform, kind: post.kind, publishedAt: new Date(post.at).toISOString() });
  }

  // Output in file order: that is how the person reads and edits the plan.
  const outcomes = [...results.entries()].sort(([a], [b]) => a - b).map(([, outcome]) => outcome);
  return { outcomes, records: outcomes.map((o) => o.record), unit: 'row' };
}

function parseRows(source: Source): CsvRow[] {
  try {
    const rows = parseCsv(source.content);
    if (rows.length === 0) throw new CliError(`${source.name}: empty plan (expected a header row: date,platform,text)`);
    return rows;
  } catch (error) {
    if (error instanceof CsvError) throw new CliError(`${source.name}:${error.line}: ${error.message}`);
    throw error;
  }
}

/** Column indexes by header name: any case and order, extra columns ignored, `kind` optional. */
function findColumns(name: string, header: CsvRow): Columns {
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const index = (column: string) => names.indexOf(column);
  const columns = { date: index('date'), platform: index('platform'), text: index('text'), kind: index('kind') };
  const missing = (['date', 'platform', 'text'] as const).filter((c) => columns[c] === -1);
  if (missing.length) {
    throw new CliError(
      `${name}: the header row needs the columns date, platform and text; missing ${missing.join(', ')} (found: ${header.fields.join(', ') || 'nothing'})`,
    );
  }
  return columns;
}

/** The planned post, or every problem of the row in one message. */
function readRow(row: CsvRow, columns: Columns, defaultKind: Kind): PlannedPost | string {
  const cell = (i: number) => (i === -1 ? '' : (row.fields[i] ?? '')).trim();
  const problems: string[] = [];
  const date = cell(columns.date);
  const at = parseTime(date);
  if (at === null) problems.push(date ? `date: "${date}" is not a date (${TIME_HINT})` : 'date: empty');
  const platform = cell(columns.platform).toLowerCase();
  if (!(PLATFORMS as readonly string[]).includes(platform)) {
    problems.push(platform ? `platform: "${platform}" is not one of ${PLATFORMS.join(', ')}` : 'platform: empty');
  }
  const kind = cell(columns.kind).toLowerCase() || defaultKind;
  if (!(KINDS as readonly string[]).includes(kind)) problems.push(`kind: "${kind}" is not one of ${KINDS.join(', ')}`);
  // The text keeps its own spacing and line breaks; only an all-blank text is an error.
  const text = columns.text < row.fields.length ? row.fields[columns.text] : '';
  if (text.trim() === '') problems.push('text: empty');
  if (problems.length || at === null) return problems.join('; ');
  return { row: row.line, date, at, platform: platform as Platform, kind: kind as Kind, text };
}
