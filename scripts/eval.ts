/**
 * Detection quality on labelled texts.
 *
 *   npm run eval                      the brand set (tests/fixtures/brand) and every public corpus in ../shared/data
 *   npm run eval -- FILE.jsonl...     only these public corpora ({id, label, text, platform?} a line)
 *   options: --split tune|check (dev|test are the old names)  --json  --misses N
 *
 * The brand set is split by hand into a tuning and a checking half; a public corpus is split by a
 * hash of the row id. Tune on `tune`, report `check`: texts the tuning never saw. A rule "fires"
 * when it reports at warning level or above (audience-value and empty-post: at any level).
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOLDOUT_POSTS_FILE, readBrandPosts, readHoldout, readRepeatPairs } from '../tests/fixtures/brand/records';
import { parseEvalArgs, USAGE, type EvalArgs } from './eval/args';
import { measureBrandSet, type BrandReport } from './eval/brand-set';
import { formatBrandReport } from './eval/print-brand';
import { formatCorpus, measureCorpus, type CorpusMeasure } from './eval/public-corpora';

/** The shared corpora sit beside the worktree; a fresh clone has none, and that is fine. */
const SHARED_DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));

function measureCorpora(files: readonly string[], args: EvalArgs): Record<string, Record<string, CorpusMeasure>> {
  const report: Record<string, Record<string, CorpusMeasure>> = {};
  for (const file of files) {
    try {
      report[basename(file)] = measureCorpus(file, args.split, args.misses);
    } catch (e) {
      throw new Error(`cannot read ${file}: ${(e as Error).message}`);
    }
  }
  return report;
}

function printCorpora(report: Record<string, Record<string, CorpusMeasure>>): void {
  for (const [name, rules] of Object.entries(report)) console.log(formatCorpus(name, rules));
}

/** Everything: the brand set, then the public corpora when the folder is there. */
function runDefault(args: EvalArgs): void {
  // The holdout rows are measured beside the halves; `--split` (and so `--misses` there) leaves them out.
  const holdout = existsSync(HOLDOUT_POSTS_FILE) ? readHoldout() : { posts: [], pairs: [] };
  const brand: BrandReport = measureBrandSet([...readBrandPosts(), ...holdout.posts], [...readRepeatPairs(), ...holdout.pairs], args.split, args.misses);
  const found = existsSync(SHARED_DATA);
  const files = found ? readdirSync(SHARED_DATA).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(SHARED_DATA, f)) : [];
  const corpora = measureCorpora(files, args);
  if (args.json) {
    console.log(JSON.stringify({ brand, corpora }));
    return;
  }
  console.log(formatBrandReport(brand));
  console.log('');
  if (!found) console.log('public corpora: ../shared/data not found, skipped (only the brand set was measured)');
  else {
    console.log(`public corpora (../shared/data${args.split ? `, ${args.split} half by id hash` : ''}):`);
    printCorpora(corpora);
  }
}

function main(argv: string[]): number {
  const args = parseEvalArgs(argv);
  if ('error' in args) {
    console.error(`eval: ${args.error}\n${USAGE}`);
    return 2;
  }
  try {
    if (args.files.length === 0) {
      runDefault(args);
      return 0;
    }
    const report = measureCorpora(args.files, args);
    if (args.json) console.log(JSON.stringify(report));
    else printCorpora(report);
    return 0;
  } catch (e) {
    console.error(`eval: ${(e as Error).message}`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
