/** Parses the command line into options. No side effects: main decides what to read. */
import { KINDS, PLATFORMS, type Kind, type Platform } from '../lint/types';

export const FORMATS = ['stylish', 'json', 'jsonl'] as const;
/** How results are printed. */
export type Format = (typeof FORMATS)[number];

/** What the user asked for. */
export interface CliOptions {
  command: 'lint' | 'calendar' | 'import';
  help: boolean;
  version: boolean;
  /** Batch mode: one JSON draft a line. */
  batch: boolean;
  platform: Platform;
  kind: Kind;
  /** `--text`: the draft as given, never taken for a file name. */
  text?: string;
  /** Positional arguments (after the `calendar` or `import` command word, if any). */
  positionals: string[];
  history?: string;
  now?: string;
  config?: string;
  /** Undefined when not given: each mode has its own default. */
  format?: Format;
}

/** The options, or what is wrong with the command line (without the "see --help" hint). */
export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string };

type ValueFlag = 'platform' | 'kind' | 'text' | 'history' | 'now' | 'config' | 'format';

const VALUE_FLAGS: Record<string, ValueFlag> = {
  '--platform': 'platform',
  '-p': 'platform',
  '--kind': 'kind',
  '-k': 'kind',
  '--text': 'text',
  '-t': 'text',
  '--history': 'history',
  '--now': 'now',
  '--config': 'config',
  '-c': 'config',
  '--format': 'format',
  '-f': 'format',
};

const CHOICES: Partial<Record<ValueFlag, readonly string[]>> = { platform: PLATFORMS, kind: KINDS, format: FORMATS };

/** Parses `argv` (without node and the script). `--flag value` and `--flag=value` both work. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = {
    command: 'lint',
    help: false,
    version: false,
    batch: false,
    platform: 'x',
    kind: 'post',
    positionals: [],
  };
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    // A lone "-" is standard input, and anything after "--" is a positional, e.g. "-20% today".
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      options.positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg === '-v' || arg === '--version') options.version = true;
    else if (arg === '--jsonl') options.batch = true;
    else {
      const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
      const name = eq === -1 ? arg : arg.slice(0, eq);
      const flag = VALUE_FLAGS[name];
      if (!flag) return { ok: false, error: `unknown option ${name}` + (looksLikeText(arg) ? ` (to lint text that starts with "-", use --text or put it after --)` : '') };
      let value: string | undefined;
      if (eq !== -1) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length) value = argv[++i];
      if (value === undefined) return { ok: false, error: `${name} needs a value` };
      const choices = CHOICES[flag];
      if (choices && !choices.includes(value)) {
        return { ok: false, error: `${name}: expected one of ${choices.join(', ')} (got "${value}")` };
      }
      (options as unknown as Record<ValueFlag, string>)[flag] = value;
    }
  }
  const command = options.positionals[0];
  if (command === 'calendar' || command === 'import') {
    options.command = command;
    options.positionals.shift();
  }
  return { ok: true, options };
}

/** "-20% off" or "--- new post ---" are more likely texts than options. */
function looksLikeText(arg: string): boolean {
  return /\s/.test(arg) || !/^--?[a-z]/i.test(arg);
}
