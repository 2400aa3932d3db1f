/**
 * Where the text comes from. The rule for a positional argument: if it names something that exists,
 * it is a FILE; if it looks like a path (one word with a "/" or a file extension) but does not exist,
 * it is an error, so a typo is not linted as a post; anything else is the text itself. `--text`
 * always means text, `-` means standard input.
 */
import type { CliOptions } from './args';
import { stripBom } from './config';
import { CliError, readInputFile, type CliIO } from './io';

/** A named piece of input: the name heads stylish output and prefixes messages. */
export interface Source {
  name: string;
  content: string;
}

/** Names used when the input has no file name. */
export const TEXT_NAME = '<text>';
export const STDIN_NAME = '<stdin>';

/** One word, no URL, with a path separator or a short file extension: `drafts/a.txt`, `post.md`. */
export function looksLikePath(arg: string): boolean {
  if (/\s/.test(arg) || arg.includes('://')) return false;
  return /[/\\]/.test(arg) || /\.[a-z][a-z0-9]{0,4}$/i.test(arg);
}

/**
 * The draft to lint in single mode, with a file's BOM and final line break removed (editors add
 * them; they are not part of the post and would count against length limits).
 */
export async function readDraft(io: CliIO, options: CliOptions): Promise<Source> {
  if (options.text !== undefined) {
    if (options.positionals.length) throw new CliError(`--text and a FILE or text argument cannot be combined (got "${options.positionals[0]}")`);
    return { name: TEXT_NAME, content: options.text };
  }
  const [arg, ...extra] = options.positionals;
  if (extra.length) throw new CliError(`too many arguments: ${[arg, ...extra].map((a) => JSON.stringify(a)).join(' ')} (quote the text: postlint "BUY NOW")`);
  if (arg === undefined || arg === '-') return trimFile(await readStdinOrFail(io, arg === '-', 'give the text, a FILE, or pipe it in'));
  if (await io.exists(arg)) return trimFile({ name: arg, content: await readInputFile(io, arg) });
  if (looksLikePath(arg)) throw new CliError(`cannot read ${arg}: no such file (to lint these words as a post: postlint --text ${JSON.stringify(arg)})`);
  return { name: TEXT_NAME, content: arg };
}

/** The input of batch and calendar modes: a FILE, `-`, or piped standard input. */
export async function readSource(io: CliIO, options: CliOptions, what: string): Promise<Source> {
  if (options.text !== undefined) throw new CliError(`--text cannot be used with ${what}`);
  const [arg, ...extra] = options.positionals;
  if (extra.length) throw new CliError(`too many arguments: ${extra.map((a) => JSON.stringify(a)).join(' ')} (${what} reads one FILE)`);
  if (arg === undefined || arg === '-') return readStdinOrFail(io, arg === '-', `give ${what} a FILE or pipe it in`);
  return { name: arg, content: stripBom(await readInputFile(io, arg)) };
}

async function readStdinOrFail(io: CliIO, explicit: boolean, hint: string): Promise<Source> {
  // A terminal on stdin means nothing was piped: waiting for typed input would look like a hang.
  if (io.stdinIsTTY && !explicit) throw new CliError(`nothing to lint: ${hint} (see postlint --help)`);
  try {
    return { name: STDIN_NAME, content: stripBom(await io.readStdin()) };
  } catch (error) {
    throw new CliError(`cannot read standard input: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function trimFile(source: Source): Source {
  return { ...source, content: stripBom(source.content).replace(/\r?\n$/, '') };
}
