/**
 * Speed of the lint core: `lint()` per keystroke against synthetic histories of 0, 1,000 and 10,000
 * posts, the history index build, a 1 MB draft, and, in the same run, string-similarity's
 * `findBestMatch` over the same history and the write-good prose linter on the same drafts.
 *
 *   npx tsx scripts/bench/lint.ts            (or through `npm run bench`)
 */
import { availableParallelism, loadavg } from 'node:os';
import { findBestMatch } from 'string-similarity';
import { defaultSettings, lint, type Draft, type HistoryPost, type Platform } from '../../src/lint';
import { HistoryIndex, normalizeForSimilarity } from '../../src/lint/similarity';
import { seededRandom, syntheticHistory, syntheticText } from './corpus';

export interface LintBenchCase {
  draftChars: number;
  historyPosts: number;
  lintP50Ms: number;
  lintP99Ms: number;
  /** Building the near-duplicate index of a fresh history array (p50). */
  indexBuildMs: number;
  /** The fastest of those builds: what the code costs when the machine is not busy with other work. */
  indexBuildMinMs: number;
  /** `findBestMatch(draft, history)` on the normalised texts (p50); null without history. */
  findBestMatchP50Ms: number | null;
  writeGoodP50Ms: number;
  /** How many times slower than our lint p50. */
  findBestMatchRatio: number | null;
  writeGoodRatio: number;
}

export interface LintBenchGoal {
  goal: string;
  value: number;
  unit: string;
  pass: boolean;
}

export interface LintBenchResult {
  node: string;
  /** One-minute load average and CPU count when the run ended: wall-clock figures grow with load. */
  load: { average: number; cpus: number };
  cases: LintBenchCase[];
  megabyteDraft: { chars: number; historyPosts: number; ms: number };
  goals: LintBenchGoal[];
}

const NOW = Date.parse('2026-11-24T12:00:00Z');
const PLATFORMS: readonly Platform[] = ['x', 'facebook', 'linkedin'];

const quantile = (samples: number[], q: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Drafts that differ on every run (a counter inside the text), so nothing about one draft is cached. */
function drafts(chars: number, seed: number): (i: number) => Draft {
  const rnd = seededRandom(seed);
  const bases = Array.from({ length: 40 }, () => syntheticText(rnd, chars - 6, 0.3));
  return (i) => {
    const base = bases[i % bases.length];
    const cut = Math.floor(base.length / 2);
    return { text: `${base.slice(0, cut)} ${i % 9973} ${base.slice(cut)}`.slice(0, chars), platform: PLATFORMS[i % 3], kind: 'post' };
  };
}

async function loadWriteGood(): Promise<(text: string) => unknown[]> {
  const specifier: string = 'write-good'; // untyped CommonJS package: loaded without type declarations
  const mod = (await import(specifier)) as { default: (text: string) => unknown[] };
  return mod.default;
}

function benchCase(chars: number, history: HistoryPost[], writeGood: (text: string) => unknown[]): LintBenchCase {
  const settings = defaultSettings();
  const draftAt = drafts(chars, chars);
  const context = { now: NOW, history };
  const iterations = chars > 1000 ? 600 : 1500;
  for (let i = 0; i < 100; i++) lint(draftAt(i + iterations), context, settings); // warm up; builds the index once
  const lintTimes = Array.from({ length: iterations }, (_, i) => time(() => lint(draftAt(i), context, settings)));
  const lintP50Ms = quantile(lintTimes, 0.5);

  const builds = history.length >= 10_000 ? 12 : 30;
  new HistoryIndex([...history]); // warm up
  const buildTimes = Array.from({ length: builds }, () => {
    const fresh = [...history];
    return time(() => new HistoryIndex(fresh));
  });

  let findBestMatchP50Ms: number | null = null;
  if (history.length > 0) {
    const norms = history.map((p) => normalizeForSimilarity(p.text));
    const runs = history.length >= 10_000 ? (chars > 1000 ? 5 : 11) : 41;
    findBestMatch(normalizeForSimilarity(draftAt(0).text), norms); // warm up
    findBestMatchP50Ms = quantile(Array.from({ length: runs }, (_, i) => time(() => findBestMatch(normalizeForSimilarity(draftAt(i).text), norms))), 0.5);
  }
  for (let i = 0; i < 20; i++) writeGood(draftAt(i).text);
  const writeGoodP50Ms = quantile(Array.from({ length: 200 }, (_, i) => time(() => writeGood(draftAt(i).text))), 0.5);
  return {
    draftChars: chars,
    historyPosts: history.length,
    lintP50Ms,
    lintP99Ms: quantile(lintTimes, 0.99),
    indexBuildMs: quantile(buildTimes, 0.5),
    indexBuildMinMs: quantile(buildTimes, 0),
    findBestMatchP50Ms,
    writeGoodP50Ms,
    findBestMatchRatio: findBestMatchP50Ms === null ? null : findBestMatchP50Ms / lintP50Ms,
    writeGoodRatio: writeGoodP50Ms / lintP50Ms,
  };
}

/** Runs every measurement (about half a minute). */
export async function runLintBench(): Promise<LintBenchResult> {
  const writeGood = await loadWriteGood();
  const histories = [0, 1_000, 10_000].map((n) => syntheticHistory(n, NOW, 1));
  const cases = [280, 1_500].flatMap((chars) => histories.map((history) => benchCase(chars, history, writeGood)));

  const big = histories[2];
  const rnd = seededRandom(99);
  let text = '';
  while (text.length < 1 << 20) text += syntheticText(rnd, 2_000, 0.3) + '\n\n';
  text = text.slice(0, 1 << 20);
  const megabyte = (i: number): Draft => ({ text: `${i} ${text.slice(2)}`, platform: 'linkedin', kind: 'post' });
  lint(megabyte(0), { now: NOW, history: big });
  const ms = quantile([1, 2, 3].map((i) => time(() => lint(megabyte(i), { now: NOW, history: big }))), 0.5);

  const main = cases.find((c) => c.draftChars === 280 && c.historyPosts === 10_000)!;
  const goals: LintBenchGoal[] = [
    { goal: 'lint p50 ≤ 1 ms (280 chars, 10,000 posts)', value: main.lintP50Ms, unit: 'ms', pass: main.lintP50Ms <= 1 },
    { goal: '≥ 50× faster than findBestMatch there', value: main.findBestMatchRatio ?? 0, unit: '×', pass: (main.findBestMatchRatio ?? 0) >= 50 },
    { goal: 'index build ≤ 100 ms (10,000 posts)', value: main.indexBuildMs, unit: 'ms', pass: main.indexBuildMs <= 100 },
    { goal: '1 MB draft ≤ 200 ms (10,000 posts)', value: ms, unit: 'ms', pass: ms <= 200 },
  ];
  return { node: process.version, load: { average: loadavg()[0], cpus: availableParallelism() }, cases, megabyteDraft: { chars: text.length, historyPosts: big.length, ms }, goals };
}

const ms = (v: number | null) => (v === null ? '—' : v < 10 ? v.toFixed(3) : v.toFixed(1));
const ratio = (v: number | null) => (v === null ? '—' : `${v < 10 ? v.toFixed(1) : Math.round(v)}×`);

/** The result as a readable table, with the goals marked pass or fail. */
export function formatLintBench(r: LintBenchResult): string {
  const head = ['draft', 'history', 'lint p50', 'lint p99', 'index build p50', 'min', 'findBestMatch p50', 'vs lint', 'write-good p50', 'vs lint'];
  const rows = r.cases.map((c) => [
    `${c.draftChars}`,
    c.historyPosts.toLocaleString('en'),
    ms(c.lintP50Ms),
    ms(c.lintP99Ms),
    ms(c.indexBuildMs),
    ms(c.indexBuildMinMs),
    ms(c.findBestMatchP50Ms),
    ratio(c.findBestMatchRatio),
    ms(c.writeGoodP50Ms),
    ratio(c.writeGoodRatio),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  return [
    `Lint core speed (Node ${r.node}, load ${r.load.average.toFixed(1)} on ${r.load.cpus} CPUs; wall-clock ms; a new draft every run, the history index reused)`,
    line(head),
    ...rows.map(line),
    '',
    `1 MB draft (${r.megabyteDraft.chars.toLocaleString('en')} chars) against ${r.megabyteDraft.historyPosts.toLocaleString('en')} posts: ${ms(r.megabyteDraft.ms)} ms`,
    '',
    'Goals',
    ...r.goals.map((g) => `  ${g.pass ? 'pass' : 'FAIL'}  ${g.goal}: ${g.unit === '×' ? ratio(g.value) : `${ms(g.value)} ms`}`),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  void runLintBench().then((r) => console.log(formatLintBench(r)));
}
