/** Command-line options of `npm run eval`. */

/** Which half to measure: the brand set's own names, and the older names for the public corpora. */
export type EvalSplit = 'tune' | 'check';

export interface EvalArgs {
  json: boolean;
  /** How many of the worst misses and false alarms to print per rule (0: none). */
  misses: number;
  split?: EvalSplit;
  /** Public-corpus files named on the command line; none means the brand set and ../shared/data. */
  files: string[];
}

// `dev` and `test` were the public corpora's names for the halves before the brand set existed.
const SPLIT_NAMES: Record<string, EvalSplit> = { tune: 'tune', check: 'check', dev: 'tune', test: 'check' };

export const USAGE =
  'usage: npm run eval -- [FILE.jsonl...] [--split tune|check] [--json] [--misses N]\n' +
  '  no FILE: the brand set (tests/fixtures/brand) and the public corpora in ../shared/data';

/** The options, or a message saying what is wrong with them. */
export function parseEvalArgs(argv: readonly string[]): EvalArgs | { error: string } {
  const args: EvalArgs = { json: false, misses: 0, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--misses') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0) return { error: '--misses takes a whole number' };
      args.misses = n;
    } else if (a === '--split') {
      const split = SPLIT_NAMES[argv[++i] ?? ''];
      if (!split) return { error: '--split takes tune or check (dev and test still work for the public corpora)' };
      args.split = split;
    } else if (a.startsWith('--')) return { error: `unknown option ${a}` };
    else args.files.push(a);
  }
  return args;
}
