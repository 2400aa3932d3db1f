/**
 * Speed of `postlint calendar`: a 100-row plan against a 10,000-post history, every planned post
 * added to one history index as the plan goes (rebuilding it per row took seconds).
 *
 *   npx tsx scripts/bench/calendar.ts            (or through `npm run bench`)
 */
import { runCalendar } from '../../src/cli/calendar';
import type { CliIO } from '../../src/cli/io';
import { defaultSettings } from '../../src/lint';
import { seededRandom, syntheticHistory, syntheticText } from './corpus';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const PLATFORMS = ['x', 'facebook', 'linkedin'];

export interface CalendarBench {
  rows: number;
  historyPosts: number;
  /** The first run: it also scores the history's posts for promo-ratio (memoised after). */
  firstMs: number;
  /** Median of three runs. */
  ms: number;
}

/** Milliseconds for the whole plan: the first run, and the median of three. */
export function runCalendarBench(rows = 100, historyPosts = 10_000): CalendarBench {
  const history = syntheticHistory(historyPosts, NOW, 1);
  const rnd = seededRandom(7);
  const lines = Array.from({ length: rows }, (_, i) => {
    const date = new Date(NOW + i * 3 * 3_600_000).toISOString();
    return `${date},${PLATFORMS[i % 3]},"${syntheticText(rnd, 280, 0.3).replace(/"/g, '""')}"`;
  });
  const content = ['date,platform,text', ...lines].join('\n');
  const io = { stderr: () => {} } as unknown as CliIO;
  const settings = defaultSettings();
  const runs = [0, 1, 2].map(() => {
    const started = performance.now();
    runCalendar(io, { name: 'plan.csv', content }, { settings, history, kind: 'post' });
    return performance.now() - started;
  });
  return { rows, historyPosts, firstMs: runs[0], ms: [...runs].sort((a, b) => a - b)[1] };
}

/** The figure as a line. */
export function formatCalendarBench(r: CalendarBench): string {
  return `Calendar: ${r.rows}-row plan against ${r.historyPosts.toLocaleString('en')} posts: ${r.ms.toFixed(1)} ms (median of 3; first run ${r.firstMs.toFixed(1)} ms, which also scores the history for promo-ratio)`;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  console.log(formatCalendarBench(runCalendarBench()));
}
