/**
 * Weekly summary figures for `npm run bench`:
 *   - `summarizeWeek` over a 10,000-post history (the last full week, about 40 items): p50/p95 of
 *     cold runs (fresh settings each time, so no promotion or lint cache helps: the page's first
 *     open) and of warm runs (the same settings: stepping between weeks, a settings change
 *     elsewhere), goal ≤ 50 ms;
 *   - in real Chromium, the summary page's first chart with those 10,000 posts in storage: from
 *     navigation start to the posts-per-day chart in the DOM (performance.now in the page), goal ≤ 1 s.
 * Progress goes to stderr.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadSettings } from '../../src/lint/index';
import { previousWeekStart, summarizeWeek, weekStartFor } from '../../src/summary/index';
import { disposeE2E, prepareE2E } from '../../tests/e2e/harness/build';
import { markFirstAppearance, openExtensionPage, seedStorage } from '../../tests/e2e/harness/pages';
import { WXT_OUTPUT } from '../../tests/e2e/harness/paths';
import { Session } from '../../tests/e2e/harness/session';
import { bulkHistory, SEED_SETTINGS, SEED_TIME_ZONE } from '../../tests/e2e/harness/summary-history';

export const SUMMARY_GOALS = { summarizeWeekMs: 50, firstChartMs: 1000 } as const;
const POSTS = 10_000;
const RUNS = 30;
const PAGE_LOADS = 5;

export interface SummaryBenchResult {
  summarizeWeek: { posts: number; weekItems: number; runs: number; cold: Quantiles; warm: Quantiles; ok: boolean };
  firstChart: { posts: number; loads: number; medianMs: number; maxMs: number; ok: boolean } | { error: string } | null;
}

interface Quantiles {
  p50Ms: number;
  p95Ms: number;
}

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const round = (ms: number) => Math.round(ms * 10) / 10;

function benchSummarizeWeek(now: number): SummaryBenchResult['summarizeWeek'] {
  const history = bulkHistory(POSTS, now);
  // The last full week, so every day counts.
  const week = previousWeekStart(weekStartFor(now, 1, SEED_TIME_ZONE));
  let weekItems = 0;
  const measure = (settingsFor: () => ReturnType<typeof loadSettings>['settings']): Quantiles => {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const settings = settingsFor();
      const t0 = performance.now();
      weekItems = summarizeWeek(history, settings, week, SEED_TIME_ZONE).posts.total;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { p50Ms: round(quantile(times, 0.5)), p95Ms: round(quantile(times, 0.95)) };
  };
  const cold = measure(() => loadSettings(SEED_SETTINGS).settings);
  const shared = loadSettings(SEED_SETTINGS).settings;
  summarizeWeek(history, shared, week, SEED_TIME_ZONE);
  const warm = measure(() => shared);
  return { posts: POSTS, weekItems, runs: RUNS, cold, warm, ok: cold.p95Ms <= SUMMARY_GOALS.summarizeWeekMs };
}

async function benchFirstChart(now: number, reuseBuild: boolean): Promise<SummaryBenchResult['firstChart']> {
  const env = await prepareE2E({ build: !(reuseBuild && existsSync(path.join(WXT_OUTPUT, 'manifest.json'))) });
  let session: Session | null = null;
  try {
    session = await Session.start(env);
    await seedStorage(session, bulkHistory(POSTS, now), SEED_SETTINGS);
    const times: number[] = [];
    for (let i = 0; i < PAGE_LOADS; i++) {
      const page = await openExtensionPage(session, 'summary.html', { width: 1280, colorScheme: 'light' }, (p) => markFirstAppearance(p, '[data-chart="per-day"] svg'));
      await page.waitForSelector('[data-chart="per-day"] svg');
      // Set by the page's own clock the moment the chart is in the DOM (markFirstAppearance).
      times.push(await page.evaluate(() => (window as unknown as { __firstChartMs: number }).__firstChartMs));
      await page.close();
    }
    times.sort((a, b) => a - b);
    const median = quantile(times, 0.5);
    return { posts: POSTS, loads: PAGE_LOADS, medianMs: Math.round(median), maxMs: Math.round(times[times.length - 1]), ok: median <= SUMMARY_GOALS.firstChartMs };
  } finally {
    await session?.close();
    disposeE2E(env);
  }
}

/** Runs the summary figures; the browser part only with `browser`. */
export async function runSummaryBench({ browser, reuseBuild }: { browser: boolean; reuseBuild: boolean }): Promise<SummaryBenchResult> {
  const now = Date.now();
  log(`summarizeWeek over ${POSTS} posts (${RUNS} runs)`);
  const summarize = benchSummarizeWeek(now);
  let firstChart: SummaryBenchResult['firstChart'] = null;
  if (browser) {
    log(`summary page first chart with ${POSTS} posts (${PAGE_LOADS} loads)`);
    firstChart = await benchFirstChart(now, reuseBuild).catch((e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }));
  }
  return { summarizeWeek: summarize, firstChart };
}

export function formatSummaryBench(r: SummaryBenchResult): string {
  const s = r.summarizeWeek;
  const mark = (ok: boolean) => (ok ? 'ok' : 'OVER GOAL');
  const lines = [
    'Weekly summary',
    `  summarizeWeek, ${s.posts} posts (${s.weekItems} in the week), cold: p50 ${s.cold.p50Ms} ms, p95 ${s.cold.p95Ms} ms (goal ≤ ${SUMMARY_GOALS.summarizeWeekMs} ms) ${mark(s.ok)}`,
    `  summarizeWeek warm (same settings, e.g. stepping between weeks): p50 ${s.warm.p50Ms} ms, p95 ${s.warm.p95Ms} ms`,
  ];
  const c = r.firstChart;
  if (c && 'error' in c) lines.push(`  summary page first chart: not measured (${c.error})`);
  else if (c) lines.push(`  summary page first chart, ${c.posts} posts: median ${c.medianMs} ms, max ${c.maxMs} ms over ${c.loads} loads (goal ≤ ${SUMMARY_GOALS.firstChartMs} ms) ${mark(c.ok)}`);
  return lines.join('\n');
}
