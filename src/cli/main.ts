/**
 * The `postlint` command line. `main` takes the arguments and an injected world (`CliIO`) and
 * returns the exit code, so it is tested in-process; `run` wires it to the real process.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import packageJson from '../../package.json';
import { lint } from '../lint/lint';
import type { Settings } from '../lint/settings';
import type { HistoryPost } from '../lint/types';
import { parseArgs, type CliOptions, type Format } from './args';
import { runBatch } from './batch';
import { runCalendar } from './calendar';
import { loadConfig } from './config';
import { formatJson, formatJsonl } from './format/json';
import { formatStylish } from './format/stylish';
import { helpText } from './help';
import { parseHistory } from './history';
import { runImport } from './import-command';
import { readDraft, readSource } from './input';
import { CliError, nodeIO, readInputFile, type CliIO } from './io';
import { exitCodeOf, type Report } from './report';
import { runSummaryCommand } from './summary-command';
import { assumedUtcNotice, assumedUtcWarning, parseTime, TIME_HINT } from './time';
import { cliMessage } from './format/terminal-safe';

export type { CliIO } from './io';

/**
 * Runs one command line. Never throws: bad usage and unreadable or invalid input are reported on
 * stderr with exit code 2, as is an unexpected failure (without a stack trace unless
 * POSTLINT_DEBUG is set).
 *
 * @returns 0 no errors, 1 error-severity diagnostics, 2 bad usage or input.
 */
export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    return await execute(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      for (const line of error.message.split('\n')) io.stderr(cliMessage(line));
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(cliMessage(`internal error: ${detail}`));
    if (io.env.POSTLINT_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return 2;
  }
}

async function execute(argv: string[], io: CliIO): Promise<number> {
  // A command with flags of its own: it parses the rest of the line itself.
  if (argv[0] === 'summary') return runSummaryCommand(argv.slice(1), io);
  const parsed = parseArgs(argv);
  if (!parsed.ok) throw new CliError(`${parsed.error} (see postlint --help)`);
  const options = parsed.options;
  if (options.help) {
    io.stdout(helpText());
    return 0;
  }
  if (options.version) {
    io.stdout(`${packageJson.version}\n`);
    return 0;
  }
  if (options.command === 'import') return runImport(io, options.positionals);
  if (options.command === 'calendar' && options.batch) throw new CliError('calendar and --jsonl cannot be combined (see postlint --help)');

  const now = options.now === undefined ? io.now() : parseNow(io, options.now);
  const settings = await loadConfig(io, options.config);
  const history = await loadHistory(io, options.history);
  let report: Report;
  if (options.command === 'calendar') {
    report = runCalendar(io, await readSource(io, options, 'calendar'), { settings, history, kind: options.kind });
  } else if (options.batch) {
    report = runBatch(io, await readSource(io, options, '--jsonl'), { settings, history, now, platform: options.platform, kind: options.kind });
  } else {
    report = await lintDraft(io, options, { settings, history, now });
  }

  const format: Format = options.format ?? (options.batch ? 'jsonl' : 'stylish');
  io.stdout(render(report, format, io));
  return exitCodeOf(report);
}

function parseNow(io: CliIO, text: string): number {
  const now = parseTime(text);
  if (now === null) throw new CliError(`--now: "${text}" is not a date (${TIME_HINT})`);
  const warning = assumedUtcWarning('--now', text);
  if (warning) io.stderr(cliMessage(warning));
  return now;
}

async function loadHistory(io: CliIO, path: string | undefined): Promise<HistoryPost[]> {
  if (path === undefined) return [];
  const { posts, problems, warnings } = parseHistory(await readInputFile(io, path), path);
  for (const problem of problems) io.stderr(cliMessage(`${problem} (line skipped)`));
  const notice = assumedUtcNotice(warnings);
  if (notice) io.stderr(cliMessage(notice));
  return posts;
}

async function lintDraft(
  io: CliIO,
  options: CliOptions,
  context: { settings: Settings; history: HistoryPost[]; now: number },
): Promise<Report> {
  const source = await readDraft(io, options);
  const diagnostics = lint(
    { text: source.content, platform: options.platform, kind: options.kind },
    { now: context.now, history: context.history },
    context.settings,
  );
  return { outcomes: [{ heading: source.name, text: source.content, diagnostics }], records: diagnostics, unit: 'draft' };
}

function render(report: Report, format: Format, io: CliIO): string {
  if (format === 'json') return formatJson(report);
  if (format === 'jsonl') return formatJsonl(report);
  // no-color.org: NO_COLOR set to anything but the empty string turns colour off.
  return formatStylish(report, { color: io.stdoutIsTTY && !io.env.NO_COLOR });
}

/** Runs the CLI on this process's arguments and stdio and sets the exit code (bin/postlint.js). */
export async function run(argv: string[] = process.argv.slice(2)): Promise<void> {
  // `postlint ... | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  // exitCode rather than process.exit(): lets a large stdout drain into a pipe before exiting.
  process.exitCode = await main(argv, nodeIO());
}

/** True when node started this module itself: `tsx src/cli/main.ts` or `node dist/cli.js`. */
function isEntryModule(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isEntryModule()) void run();
