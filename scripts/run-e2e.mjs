#!/usr/bin/env node
// `npm run test:e2e`: the browser tests (vitest with vitest.e2e.config.ts). Checks first that the
// browser and the fixtures' editor libraries are there, passes any arguments on to vitest
// (`npm run test:e2e -- tests/e2e/specs/x.spec.ts -t ad-tone`), prints a closing
// "e2e: N passed, N failed" line and exits with vitest's exit code.
//
// Environment: CHROMIUM_PATH, the Chromium binary (default /usr/bin/chromium).
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
try {
  accessSync(chromium, constants.X_OK);
} catch {
  console.error(`Chromium not found at ${chromium}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  process.exit(1);
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

const tmp = mkdtempSync(path.join(os.tmpdir(), 'postlint-e2e-report-'));
const report = path.join(tmp, 'report.json');
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
const child = spawn(
  process.execPath,
  [vitest, 'run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('close', (code, signal) => {
  try {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    if (r.numTotalTests === 0 && code !== 0) console.log('e2e: no test ran (see the error above)');
    else console.log(`e2e: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
  } catch {
    // no report (vitest failed before running tests): its own output says why
  }
  rmSync(tmp, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
