/**
 * `npm run bench [-- --json] [-- --no-browser]`: speed figures of the lint core, the importers and,
 * in real Chromium, of the extension. Prints a readable report, or with --json one JSON object.
 */
import { formatImportBench, runImportBench } from './bench/import';
import { formatLintBench, runLintBench } from './bench/lint';
import { formatCalendarBench, runCalendarBench } from './bench/calendar';
import { formatTextBench, runTextBench } from './bench/text';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const withBrowser = !argv.includes('--no-browser');
  const lint = await runLintBench();
  if (!json) console.log(formatLintBench(lint));
  const importers = await runImportBench();
  if (!json) console.log('\n' + formatImportBench(importers));
  const text = runTextBench();
  if (!json) console.log('\n' + formatTextBench(text));
  const calendar = runCalendarBench();
  if (!json) console.log('\n' + formatCalendarBench(calendar));
  let browser: unknown = null;
  if (withBrowser) {
    const { runBrowserBench, formatBrowserBench } = await import('./bench/browser');
    const result = await runBrowserBench();
    browser = result;
    if (!json) console.log('\n' + formatBrowserBench(result));
  }
  let options: unknown = null;
  if (withBrowser) {
    const { runOptionsBench, formatOptionsBench } = await import('./bench/options');
    const result = await runOptionsBench();
    options = result;
    if (!json) console.log('\n' + formatOptionsBench(result));
  }
  const { runSummaryBench, formatSummaryBench } = await import('./bench/summary');
  // After the browser bench the fresh build in .output is reused instead of building again.
  const summary = await runSummaryBench({ browser: withBrowser, reuseBuild: withBrowser });
  if (!json) console.log('\n' + formatSummaryBench(summary));
  if (json) console.log(JSON.stringify({ lint, text, calendar, importers, browser, options, summary }));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
