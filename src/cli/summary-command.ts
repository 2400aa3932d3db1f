/**
 * `postlint summary --history FILE [--week YYYY-MM-DD] [--tz ZONE] [--format text|json]`: the
 * weekly summary of a history file, as a short report or as the summary page's JSON.
 */
import { isTimeZone } from '../lint/settings';
import { isCalendarDate, resolveTimeZone, startOfLocalDay, summarizeWeek, weekStartFor } from '../summary/index';
import { loadConfig } from './config';
import { formatSummaryText } from './format/summary-text';
import { CliError, readInputFile, type CliIO } from './io';
import { parseSummaryHistory } from './summary-history';
import { parseTime, TIME_HINT } from './time';
import { cliMessage } from './format/terminal-safe';

interface SummaryArgs {
  history?: string;
  week?: string;
  tz?: string;
  format: 'text' | 'json';
  now?: string;
  config?: string;
}

const FLAGS: Record<string, keyof Omit<SummaryArgs, 'format'> | 'format'> = {
  '--history': 'history',
  '--week': 'week',
  '--tz': 'tz',
  '--format': 'format',
  '-f': 'format',
  '--now': 'now',
  '--config': 'config',
  '-c': 'config',
};

function parseSummaryArgs(argv: readonly string[]): SummaryArgs {
  const args: SummaryArgs = { format: 'text' };
  for (let i = 0; i < argv.length; i++) {
    const eq = argv[i].startsWith('--') ? argv[i].indexOf('=') : -1;
    const name = eq === -1 ? argv[i] : argv[i].slice(0, eq);
    const flag = FLAGS[name];
    if (!flag) throw new CliError(`summary: unknown argument ${name} (see postlint --help)`);
    const value = eq === -1 ? argv[++i] : argv[i].slice(eq + 1);
    if (value === undefined) throw new CliError(`summary: ${name} needs a value`);
    if (flag === 'format') {
      if (value !== 'text' && value !== 'json') throw new CliError(`summary: --format: expected text or json (got "${value}")`);
      args.format = value;
    } else args[flag] = value;
  }
  return args;
}

/** Runs `postlint summary` (`argv` without the command word); returns the exit code. */
export async function runSummaryCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseSummaryArgs(argv);
  if (args.history === undefined) throw new CliError('summary needs --history FILE (one published post a line, as for linting)');
  if (args.tz !== undefined && !isTimeZone(args.tz)) throw new CliError(`summary: --tz: "${args.tz}" is not a time zone (use an IANA name such as Europe/Berlin)`);
  let now = io.now();
  if (args.now !== undefined) {
    const parsed = parseTime(args.now);
    if (parsed === null) throw new CliError(`--now: "${args.now}" is not a date (${TIME_HINT})`);
    now = parsed;
  }
  const settings = await loadConfig(io, args.config);
  const timeZone = resolveTimeZone(args.tz ?? settings.week.timeZone);
  let weekStart = weekStartFor(now, settings.week.firstDay, timeZone);
  if (args.week !== undefined) {
    if (!isCalendarDate(args.week)) throw new CliError(`summary: --week: "${args.week}" is not a date (use YYYY-MM-DD)`);
    // Any day of the week names that week: the first day need not be known by heart.
    weekStart = weekStartFor(startOfLocalDay(args.week, timeZone), settings.week.firstDay, timeZone);
  }
  const { posts, problems } = parseSummaryHistory(await readInputFile(io, args.history), args.history);
  for (const problem of problems) io.stderr(cliMessage(`${problem} (line skipped)`));
  const summary = summarizeWeek(posts, settings, weekStart, timeZone, { now });
  io.stdout(args.format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : formatSummaryText(summary));
  return 0;
}
