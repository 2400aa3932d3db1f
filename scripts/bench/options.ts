/**
 * Options-page figures for `npm run bench`, in real Chromium with the built extension:
 *   - scrolling the history list with 10,000 posts in storage: the longest main-thread task seen
 *     (PerformanceObserver `longtask`, which reports tasks over 50 ms) while the list is wheeled
 *     from top to bottom — goal: none over 50 ms;
 *   - importing a 10,000-post X archive (a zip made here in the shape of X's export) through the
 *     page's file input until the result shows and the posts are in storage — goal ≤ 3 s.
 * Progress goes to stderr.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { disposeE2E, prepareE2E } from '../../tests/e2e/harness/build';
import { openOptions } from '../../tests/e2e/harness/options-page';
import { Session, type HistoryEntry } from '../../tests/e2e/harness/session';

export const OPTIONS_GOALS = { longestTaskMs: 50, importMs: 3000 } as const;
const POSTS = 10_000;

export interface ScrollResult {
  posts: number;
  wheelSteps: number;
  longTasks: number;
  longestTaskMs: number;
  ok: boolean;
}
export interface ImportResult {
  posts: number;
  zipBytes: number;
  ms: number;
  ok: boolean;
}
export interface OptionsBenchResult {
  scroll: ScrollResult | { error: string };
  importArchive: ImportResult | { error: string };
}

const log = (s: string) => process.stderr.write(`bench(options): ${s}\n`);
const failed = (e: unknown) => ({ error: e instanceof Error ? e.message : String(e) });

function history(n: number, now = Date.now()): HistoryEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `bench-${i}`,
    text: `Post ${i + 1}: the rye loaf is back on Saturday mornings, come early and tell us what you think of the new crust.`,
    platform: (['x', 'facebook', 'linkedin'] as const)[i % 3],
    kind: 'post' as const,
    publishedAt: new Date(now - i * 45 * 60_000).toISOString(),
    diagnostics: i % 4 ? [] : [{ ruleId: 'ad-tone', severity: 'warning' as const }],
    heeded: false,
  }));
}

/** A time the way X's archive writes it: `Thu Oct 24 14:12:07 +0000 2024`. */
function xDate(d: Date): string {
  // toUTCString: "Thu, 24 Oct 2024 14:12:07 GMT"
  const [day, date, month, year, time] = d.toUTCString().replace(',', '').split(' ');
  return `${day} ${month} ${date} ${time} +0000 ${year}`;
}

/** A zip in the shape of X's archive: `data/tweets.js` assigning the tweets to `window.YTD.tweets.part0`. */
export function xArchiveZip(n: number, now = Date.now()): Uint8Array {
  const tweets = Array.from({ length: n }, (_, i) => ({
    tweet: {
      id_str: String(1_800_000_000_000_000_000n + BigInt(i)),
      full_text: `Archive post ${i + 1}: notes from the workshop, thanks for reading and replying.`,
      created_at: xDate(new Date(now - (i + 1) * 50 * 60_000)),
      favorite_count: String(i % 17),
      retweet_count: String(i % 5),
    },
  }));
  return zipSync({ 'data/tweets.js': strToU8(`window.YTD.tweets.part0 = ${JSON.stringify(tweets, null, 2)}`) });
}

async function scrollBench(session: Session): Promise<ScrollResult> {
  await session.setHistory(history(POSTS));
  const page = await session.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  await openOptions(session, page, '#history');
  const scroller = page.locator('.history-scroller');
  await page.locator('#history [role="listitem"]').first().waitFor();
  await scroller.scrollIntoViewIfNeeded();
  // Only what scrolling costs: let the first load finish (reading and indexing 10,000 posts), then
  // forget its tasks.
  await page.waitForTimeout(2000);
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
  const box = (await scroller.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // Wheel notches at a person's pace (one a frame), then jumps as when dragging the scrollbar to
  // the middle and the end, wheeling on from each.
  const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  let steps = 0;
  for (const jumpTo of [0, 0.5, 0.97]) {
    await scroller.evaluate((el, share) => {
      if (share > 0) el.scrollTop = el.scrollHeight * share;
    }, jumpTo);
    await frame();
    for (let i = 0; i < 60; i++, steps++) {
      await page.mouse.wheel(0, 400);
      await frame();
    }
  }
  await page.waitForTimeout(300);
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  await page.close();
  const longest = tasks.length ? Math.max(...tasks) : 0;
  return { posts: POSTS, wheelSteps: steps, longTasks: tasks.length, longestTaskMs: Math.round(longest), ok: longest <= OPTIONS_GOALS.longestTaskMs };
}

async function importBench(session: Session): Promise<ImportResult> {
  await session.setHistory([]);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'postlint-bench-archive-'));
  try {
    const zip = xArchiveZip(POSTS);
    const file = path.join(dir, 'twitter-archive.zip');
    writeFileSync(file, zip);
    const page = await session.newPage();
    await openOptions(session, page, '#import-export');
    const t0 = performance.now();
    await page.getByLabel(/Archive file/).setInputFiles(file);
    await page.getByText(/added 10000 posts/).waitFor({ timeout: 60_000 });
    const ms = performance.now() - t0;
    const stored = await session.history();
    await page.close();
    if (stored.length !== POSTS) throw new Error(`expected ${POSTS} posts in storage, found ${stored.length}`);
    return { posts: POSTS, zipBytes: zip.length, ms: Math.round(ms), ok: ms <= OPTIONS_GOALS.importMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds the extension, starts Chromium and measures the options page. */
export async function runOptionsBench(): Promise<OptionsBenchResult> {
  log('building the extension and the fixture pages');
  const env = await prepareE2E();
  let session: Session | undefined;
  try {
    session = await Session.start(env);
    log(`history list scroll with ${POSTS} posts`);
    const scroll = await scrollBench(session).catch(failed);
    log(`importing a ${POSTS}-post X archive`);
    const importArchive = process.env.POSTLINT_BENCH_SKIP_IMPORT ? { error: 'skipped' } : await importBench(session).catch(failed);
    return { scroll, importArchive };
  } finally {
    await session?.close();
    disposeE2E(env);
  }
}

/** The readable report. */
export function formatOptionsBench(r: OptionsBenchResult): string {
  const mark = (ok: boolean) => (ok ? 'ok' : 'OVER GOAL');
  const lines = ['Options page (Chromium, built extension)'];
  if ('error' in r.scroll) lines.push(`  history scroll: failed: ${r.scroll.error}`);
  else
    lines.push(
      `  history scroll, ${r.scroll.posts} posts, ${r.scroll.wheelSteps} wheel steps and 2 scrollbar jumps: ${r.scroll.longTasks} long tasks, longest ${r.scroll.longestTaskMs} ms (goal none over ${OPTIONS_GOALS.longestTaskMs} ms) ${mark(r.scroll.ok)}`,
    );
  if ('error' in r.importArchive) lines.push(`  X archive import: failed: ${r.importArchive.error}`);
  else
    lines.push(
      `  X archive import, ${r.importArchive.posts} posts (${(r.importArchive.zipBytes / 1024).toFixed(0)} KB zip): ${r.importArchive.ms} ms (goal ≤ ${OPTIONS_GOALS.importMs} ms) ${mark(r.importArchive.ok)}`,
    );
  return lines.join('\n');
}
