/** An in-memory CliIO for running `main` in-process: stdin as a string, files as a map, output collected. */
import type { CliIO } from '../../../src/cli/main';

export interface FakeIO extends CliIO {
  /** Everything written to stdout / stderr so far. */
  out: string;
  err: string;
}

export interface FakeIOOptions {
  /** Piped standard input; undefined means stdin is a terminal. */
  stdin?: string;
  /** Readable files by path: text, or bytes (a zip). */
  files?: Record<string, string | Uint8Array>;
  /** Paths that exist but cannot be read (`EACCES`). */
  unreadable?: string[];
  stdoutIsTTY?: boolean;
  env?: Record<string, string | undefined>;
  /** The clock, epoch ms. */
  now?: number;
}

/** 2026-11-24T09:00:00Z, a Tuesday: the default clock of the CLI tests. */
export const TEST_NOW = Date.UTC(2026, 10, 24, 9, 0, 0);

export function fakeIO(options: FakeIOOptions = {}): FakeIO {
  const files = options.files ?? {};
  const unreadable = new Set(options.unreadable ?? []);
  const io: FakeIO = {
    out: '',
    err: '',
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    readStdin: async () => options.stdin ?? '',
    stdinIsTTY: options.stdin === undefined,
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    env: options.env ?? {},
    readFile: async (path) => {
      const content = read(path);
      return typeof content === 'string' ? content : new TextDecoder().decode(content);
    },
    readBytes: async (path) => {
      const content = read(path);
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    exists: async (path) => path in files || unreadable.has(path),
    now: () => options.now ?? TEST_NOW,
  };
  return io;

  function read(path: string): string | Uint8Array {
    if (unreadable.has(path)) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
    if (path in files) return files[path];
    throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
  }
}

/** Parses JSON Lines output. */
export function jsonLines(text: string): unknown[] {
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
}
