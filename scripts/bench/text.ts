/**
 * Speed of the text toolkit on inputs that once made a regex backtrack: an "xn--" domain with a
 * long label (quadratic before: 16 K chars 1.4 s, 64 K 21 s), and a 1 MB draft linted on X, where
 * the weighted length runs the link finder over the whole text.
 *
 *   npx tsx scripts/bench/text.ts            (or through `npm run bench`)
 */
import { lint } from '../../src/lint';
import { findLinks } from '../../src/lint/text/links';

export interface TextBenchCase {
  what: string;
  chars: number;
  ms: number;
}

const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)];

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Each case three times (a fresh string each time, so no cache helps), the median kept. */
export function runTextBench(): TextBenchCase[] {
  const out: TextBenchCase[] = [];
  for (const n of [16_000, 64_000]) {
    const label = 'a'.repeat(n);
    const ms = median([0, 1, 2].map((i) => time(() => findLinks(`${i} xn--${label}ж.com`))));
    out.push({ what: '"xn--" domain, long label, link finder', chars: n + 10, ms });
  }
  const unit = 'Visit shop.example.com/sale! 40% off xn--bcher-kva.example 日本.com #deal @shop ';
  const draft = unit.repeat(Math.ceil(1_000_000 / unit.length));
  const ms = median([0, 1, 2].map((i) => time(() => lint({ text: `${i}${draft}`, platform: 'x', kind: 'post' }, { now: 0, history: [] }))));
  out.push({ what: '1 MB draft with links, whole lint on X', chars: draft.length + 1, ms });
  return out;
}

/** The figures as lines. */
export function formatTextBench(cases: readonly TextBenchCase[]): string {
  return ['Text toolkit on adversarial inputs (median of 3, wall-clock ms)', ...cases.map((c) => `  ${c.what} (${c.chars.toLocaleString('en')} chars): ${c.ms.toFixed(1)} ms`)].join('\n');
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  console.log(formatTextBench(runTextBench()));
}
