#!/usr/bin/env node
// `npm run test:e2e`: the browser tests (vitest with vitest.e2e.config.ts), once per browser, one
// after the other: Chromium, then Firefox. Checks first that the browsers and the fixtures' editor
// libraries are there, passes any arguments on to vitest (`npm run test:e2e --
// tests/e2e/specs/x.spec.ts -t ad-tone`), prints one "e2e <browser>: N passed, N failed in T s"
// line per browser and a closing "e2e: N passed, N failed" line, and fails when any run failed.
//
// Environment:
//   E2E_BROWSERS   which browsers, comma-separated (default "chromium,firefox"; e.g.
//                  E2E_BROWSERS=firefox for local work on the Firefox build)
//   CHROMIUM_PATH  the Chromium binary (default /usr/bin/chromium)
//   FIREFOX_PATH   the Firefox binary (default /usr/lib/firefox-esr/firefox-esr)
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BINARIES = {
  chromium: { path: process.env.CHROMIUM_PATH || '/usr/bin/chromium', variable: 'CHROMIUM_PATH', apt: 'chromium' },
  firefox: { path: process.env.FIREFOX_PATH || '/usr/lib/firefox-esr/firefox-esr', variable: 'FIREFOX_PATH', apt: 'firefox-esr' },
};

const browsers = (process.env.E2E_BROWSERS || 'chromium,firefox').split(',').map((b) => b.trim()).filter(Boolean);
for (const b of browsers) {
  const bin = BINARIES[b];
  if (!bin) {
    console.error(`E2E_BROWSERS: unknown browser "${b}" (known: ${Object.keys(BINARIES).join(', ')})`);
    process.exit(1);
  }
  try {
    accessSync(bin.path, constants.X_OK);
  } catch {
    console.error(`${b} not found at ${bin.path}: install it (apt-get install ${bin.apt}) or set ${bin.variable}`);
    process.exit(1);
  }
}

const fixtures = path.join(root, 'tests/e2e/fixtures');
if (!existsSync(path.join(fixtures, 'node_modules/draft-js'))) {
  console.log('e2e: installing the fixture pages\' editor libraries (npm ci --prefix tests/e2e/fixtures)');
  const r = spawnSync('npm', ['ci', '--prefix', fixtures, '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('e2e: `npm ci --prefix tests/e2e/fixtures` failed');
    process.exit(1);
  }
}

const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
const args = process.argv.slice(2);
let child = null;
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child?.kill(sig));

/** One vitest run for `browser`; resolves to its figures (null counts: no report). */
function runOne(browser) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'postlint-e2e-report-'));
  const report = path.join(tmp, 'report.json');
  const t0 = performance.now();
  // With a file filter, a browser whose run takes none of the files has nothing to do: not a failure.
  const passWithNoTests = args.length ? ['--passWithNoTests'] : [];
  return new Promise((resolve) => {
    child = spawn(
      process.execPath,
      [vitest, 'run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...passWithNoTests, ...args],
      { cwd: root, stdio: 'inherit', env: { ...process.env, POSTLINT_E2E_BROWSER: browser } },
    );
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - t0) / 1000;
      let figures = null;
      try {
        const r = JSON.parse(readFileSync(report, 'utf8'));
        figures = { total: r.numTotalTests, passed: r.numPassedTests, failed: r.numFailedTests, skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) };
      } catch {
        // no report (vitest failed before running tests): its own output says why
      }
      rmSync(tmp, { recursive: true, force: true });
      resolve({ browser, code: code ?? (signal ? 1 : 0), seconds, figures });
    });
  });
}

const results = [];
for (const browser of browsers) {
  console.log(`\ne2e: ${browser} (${BINARIES[browser].path})`);
  results.push(await runOne(browser));
}

const line = (f) => `${f.passed} passed, ${f.failed} failed${f.skipped ? `, ${f.skipped} skipped` : ''}`;
console.log('');
for (const r of results) {
  const what = !r.figures ? 'no report (see the error above)' : r.figures.total === 0 && r.code !== 0 ? 'no test ran (see the error above)' : line(r.figures);
  console.log(`e2e ${r.browser}: ${what} in ${r.seconds.toFixed(1)} s`);
}
const sum = results.reduce((a, r) => ({ passed: a.passed + (r.figures?.passed ?? 0), failed: a.failed + (r.figures?.failed ?? 0), skipped: a.skipped + (r.figures?.skipped ?? 0) }), { passed: 0, failed: 0, skipped: 0 });
console.log(`e2e: ${line(sum)}`);
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
