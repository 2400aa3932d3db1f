/**
 * Everything the command line touches outside itself, passed in so `main` can be tested in-process
 * with strings instead of a terminal, files and a clock.
 */
import { readFile, stat } from 'node:fs/promises';

/** The world as the CLI sees it. */
export interface CliIO {
  /** Writes to standard output as is (no newline added). */
  stdout(text: string): void;
  /** Writes to standard error as is. */
  stderr(text: string): void;
  /** All of standard input, as UTF-8. Only called when input is expected there. */
  readStdin(): Promise<string>;
  /** True when nobody piped anything in (stdin is a terminal). */
  stdinIsTTY: boolean;
  /** True when output goes to a terminal: the only case where stylish output is coloured. */
  stdoutIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** A file's text as UTF-8; rejects with a Node-style error (`code: 'ENOENT'` …). */
  readFile(path: string): Promise<string>;
  /** A file's bytes (data exports may be zips); rejects like `readFile`. */
  readBytes(path: string): Promise<Uint8Array>;
  /** Whether something exists at `path`, used to tell a FILE argument from a text. */
  exists(path: string): Promise<boolean>;
  /** The current time in epoch milliseconds, read once per run (the lint core never reads it). */
  now(): number;
}

/** The real process: stdio, the file system and the clock. */
export function nodeIO(): CliIO {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      return Buffer.concat(chunks).toString('utf8');
    },
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    readFile: (path) => readFile(path, 'utf8'),
    readBytes: async (path) => new Uint8Array(await readFile(path)),
    exists: async (path) => {
      try {
        await stat(path);
        return true;
      } catch {
        return false;
      }
    },
    now: () => Date.now(),
  };
}

/** A failure the user can fix (bad usage, unreadable or invalid input): message and exit code 2. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** "no such file" rather than Node's "ENOENT: no such file or directory, open 'x'". */
export function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** Reads a file or throws a CliError that names it. */
export async function readInputFile(io: CliIO, path: string): Promise<string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${describeReadError(error)}`);
  }
}
