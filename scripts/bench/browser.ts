/**
 * Browser figures for `npm run bench`, measured in real Chromium with the built extension on the
 * X fixture page (the e2e harness: tests/e2e/harness):
 *   - the size of each content script, raw and gzip (goal ≤ 30 KB gzip each);
 *   - keystroke-to-badge latency: for each of ≥ 50 key presses, the time in the page from the
 *     keydown (a capture listener in the main world, performance.now) to the badge host's
 *     `data-postlint-seq` changing (a MutationObserver) — p50 and p95, goal p95 ≤ debounce + 16 ms;
 *   - content-script ready time with a 1,000-post history in storage (the `readyMs` the background
 *     keeps in storage.session `tab:<id>`), goal ≤ 20 ms.
 * Progress goes to stderr; stdout is left to the caller (it may print JSON).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ElementHandle, Page } from 'playwright-core';
import { LINT_DEBOUNCE_MS } from '../../src/content/constants';
import { disposeE2E, prepareE2E, type E2EEnv } from '../../tests/e2e/harness/build';
import { WXT_OUTPUT } from '../../tests/e2e/harness/paths';
import { typeText, waitForBadge } from '../../tests/e2e/harness/composer';
import { seededHistory } from '../../tests/e2e/harness/drafts';
import { Session, type HistoryEntry } from '../../tests/e2e/harness/session';
import { X } from '../../tests/e2e/harness/sites';

export const GOALS = {
  contentScriptGzipBytes: 30 * 1024,
  keystrokeP95Ms: LINT_DEBOUNCE_MS + 16,
  readyMs: 20,
} as const;

const KEYSTROKES = 60;
const READY_LOADS = 7;
const HISTORY_SIZE = 1000;

export interface ContentScriptSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
  ok: boolean;
}

export interface Failed {
  error: string;
}

export interface LatencyResult {
  keystrokes: number;
  /** Key presses after which the badge never updated (within 2 s). */
  missed: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  debounceMs: number;
  goalP95Ms: number;
  ok: boolean;
}

export interface ReadyResult {
  historySize: number;
  loads: number;
  p50Ms: number;
  maxMs: number;
  samplesMs: number[];
  goalMs: number;
  ok: boolean;
}

export interface BrowserBenchResult {
  browser: string;
  /** "fresh wxt build", or the folder given in POSTLINT_E2E_EXTENSION_DIR. */
  extension: string;
  contentScripts: ContentScriptSize[] | Failed;
  keystrokeLatency: LatencyResult | Failed;
  readyTime: ReadyResult | Failed;
  timings: { buildMs: number; browserStartMs: number; totalMs: number };
}

const log = (s: string) => process.stderr.write(`[bench:browser] ${s}\n`);

/** Nearest-rank percentile of an ascending-sorted list. */
function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function contentScriptSizes(extensionDir: string): ContentScriptSize[] {
  const dir = path.join(extensionDir, 'content-scripts');
  const files = readdirSync(dir).filter((f) => statSync(path.join(dir, f)).isFile()).sort();
  if (!files.length) throw new Error(`no files in ${dir}`);
  return files.map((f) => {
    const body = readFileSync(path.join(dir, f));
    const gzipBytes = gzipSync(body, { level: 9 }).length;
    return { file: `content-scripts/${f}`, rawBytes: body.length, gzipBytes, ok: gzipBytes <= GOALS.contentScriptGzipBytes };
  });
}

async function keystrokeLatency(session: Session): Promise<LatencyResult> {
  const page = await session.newPage();
  try {
    const c = await X.openPost(page);
    await typeText(c, 'A');
    await waitForBadge(c, { settledMs: LINT_DEBOUNCE_MS + 100 });
    const ed = (await c.editor.elementHandle()) as ElementHandle<Element>;
    const text = 'our new rye loaf is out of the oven and still warm, come early on saturday ';
    const samples: number[] = [];
    let missed = 0;
    for (let i = 0; i < KEYSTROKES; i++) {
      await page.evaluate((e) => window.__postlintProbe.arm(window.__postlintProbe.badgesFor(e)[0]), ed);
      const ch = text[i % text.length];
      await page.keyboard.press(ch === ' ' ? 'Space' : ch);
      const v = await page.evaluate(() => window.__postlintProbe.result(2000));
      if (v === null) missed++;
      else samples.push(v);
    }
    samples.sort((a, b) => a - b);
    const p95 = percentile(samples, 95);
    return {
      keystrokes: KEYSTROKES,
      missed,
      p50Ms: round(percentile(samples, 50)),
      p95Ms: round(p95),
      maxMs: round(samples[samples.length - 1] ?? NaN),
      debounceMs: LINT_DEBOUNCE_MS,
      goalP95Ms: GOALS.keystrokeP95Ms,
      ok: missed === 0 && p95 <= GOALS.keystrokeP95Ms,
    };
  } finally {
    await page.close();
  }
}

/** A year-long history of 1,000 posts on all three platforms. */
function bigHistory(): HistoryEntry[] {
  const now = Date.now();
  const perPlatform = Math.ceil(HISTORY_SIZE / 3);
  const out = (['x', 'facebook', 'linkedin'] as const).flatMap((p, k) =>
    seededHistory(p, perPlatform, 60 * 24, now).map((e, i) => ({
      ...e,
      id: `bench-${p}-${i}`,
      text: `${e.text} (${k}-${i}) ${i % 7 === 0 ? '20% OFF this week, shop now!' : ''}`.trim(),
      publishedAt: new Date(now - (i * 8 + k) * 3_600_000).toISOString(),
    })),
  );
  return out.slice(0, HISTORY_SIZE);
}

async function readyTime(session: Session): Promise<ReadyResult> {
  await session.setHistory(bigHistory());
  const samplesMs: number[] = [];
  for (let i = 0; i < READY_LOADS; i++) {
    const before = new Set(Object.keys(await session.sessionStorage()));
    const page: Page = await session.newPage();
    try {
      const c = await X.openPost(page);
      await typeText(c, 'A');
      await waitForBadge(c, {});
      let ready: number | undefined;
      for (let tries = 0; tries < 40 && ready === undefined; tries++) {
        const all = await session.sessionStorage();
        for (const [k, v] of Object.entries(all)) {
          if (/^tab:\d+$/.test(k) && !before.has(k) && typeof (v as { readyMs?: unknown })?.readyMs === 'number') ready = (v as { readyMs: number }).readyMs;
        }
        if (ready === undefined) await new Promise((r) => setTimeout(r, 50));
      }
      if (ready === undefined) throw new Error('no new storage.session "tab:<id>" entry with a numeric readyMs after loading the X page');
      samplesMs.push(ready);
    } finally {
      await page.close();
    }
  }
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const max = sorted[sorted.length - 1];
  return {
    historySize: HISTORY_SIZE,
    loads: READY_LOADS,
    p50Ms: round(percentile(sorted, 50)),
    maxMs: round(max),
    samplesMs: samplesMs.map(round),
    goalMs: GOALS.readyMs,
    // Judged on the median: the first load also pays for compiling the script.
    ok: percentile(sorted, 50) <= GOALS.readyMs,
  };
}

async function attempt<T>(what: string, fn: () => Promise<T> | T): Promise<T | Failed> {
  try {
    return await fn();
  } catch (e) {
    const error = e instanceof Error ? e.message.split('\n')[0] : String(e);
    log(`${what} failed: ${error}`);
    return { error };
  }
}

function extensionSource(): string {
  return process.env.POSTLINT_E2E_EXTENSION_DIR ? path.resolve(process.env.POSTLINT_E2E_EXTENSION_DIR) : 'fresh wxt build';
}

export async function runBrowserBench(): Promise<BrowserBenchResult> {
  const t0 = performance.now();
  log('building the extension and the fixture pages');
  let env: E2EEnv;
  try {
    env = await prepareE2E();
  } catch (e) {
    // No browser figures without a loadable build; the sizes of whatever was built still count.
    const full = e instanceof Error ? e.message : String(e);
    log(`cannot run the browser: ${full}`);
    const lines = full.split('\n');
    const error = lines.length > 1 ? `${lines[0]} ${lines[1].trim()}${lines.length > 2 ? ' …' : ''}` : full;
    return {
      browser: 'not started',
      extension: extensionSource(),
      contentScripts: await attempt('content script sizes', () => contentScriptSizes(process.env.POSTLINT_E2E_EXTENSION_DIR || WXT_OUTPUT)),
      keystrokeLatency: { error },
      readyTime: { error },
      timings: { buildMs: 0, browserStartMs: 0, totalMs: Math.round(performance.now() - t0) },
    };
  }
  let session: Session | null = null;
  try {
    const contentScripts = await attempt('content script sizes', () => contentScriptSizes(env.extensionDir));
    const t1 = performance.now();
    session = await Session.start(env);
    const browserStartMs = performance.now() - t1;
    const probePage = await session.newPage();
    const browser = (await probePage.evaluate(() => navigator.userAgent)).match(/(?:HeadlessChrome|Chrome)\/[\d.]+/)?.[0] ?? 'Chromium';
    await probePage.close();
    log(`keystroke latency (${KEYSTROKES} keys)`);
    const latency = await attempt('keystroke latency', () => keystrokeLatency(session!));
    log(`ready time with ${HISTORY_SIZE} posts (${READY_LOADS} loads)`);
    const readyTimeResult = await attempt('ready time', () => readyTime(session!));
    return {
      browser,
      extension: extensionSource(),
      contentScripts,
      keystrokeLatency: latency,
      readyTime: readyTimeResult,
      timings: { buildMs: Math.round(env.timings.extensionBuildMs), browserStartMs: Math.round(browserStartMs), totalMs: Math.round(performance.now() - t0) },
    };
  } finally {
    await session?.close();
    disposeE2E(env);
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mark = (ok: boolean) => (ok ? 'ok' : 'OVER GOAL');

export function formatBrowserBench(r: BrowserBenchResult): string {
  const lines = [`Browser (${r.browser}, X fixture page, extension: ${r.extension})`];
  lines.push(`  content scripts (goal ≤ ${kb(GOALS.contentScriptGzipBytes)} gzip each)`);
  if ('error' in r.contentScripts) lines.push(`    failed: ${r.contentScripts.error}`);
  else {
    const w = Math.max(...r.contentScripts.map((c) => c.file.length));
    for (const c of r.contentScripts) lines.push(`    ${c.file.padEnd(w)}  ${kb(c.rawBytes).padStart(9)} raw  ${kb(c.gzipBytes).padStart(9)} gzip  ${mark(c.ok)}`);
  }
  const l = r.keystrokeLatency;
  if ('error' in l) lines.push(`  keystroke → badge: failed: ${l.error}`);
  else
    lines.push(
      `  keystroke → badge (debounce ${l.debounceMs} ms; goal p95 ≤ ${l.goalP95Ms} ms): p50 ${l.p50Ms} ms, p95 ${l.p95Ms} ms, max ${l.maxMs} ms` +
        ` over ${l.keystrokes} keys${l.missed ? `, ${l.missed} without a badge update` : ''}  ${mark(l.ok)}`,
    );
  const t = r.readyTime;
  if ('error' in t) lines.push(`  content script ready: failed: ${t.error}`);
  else
    lines.push(
      `  content script ready with ${t.historySize.toLocaleString('en-US')} posts (goal ≤ ${t.goalMs} ms): p50 ${t.p50Ms} ms, max ${t.maxMs} ms` +
        ` over ${t.loads} page loads [${t.samplesMs.join(', ')}]  ${mark(t.ok)}`,
    );
  lines.push(`  (build ${r.timings.buildMs} ms, browser start ${r.timings.browserStartMs} ms, total ${r.timings.totalMs} ms)`);
  return lines.join('\n');
}
