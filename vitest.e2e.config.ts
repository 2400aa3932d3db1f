import { defineConfig } from 'vitest/config';

/**
 * Browser tests: real Chromium, or real Firefox, with the built extension on fixture pages
 * (tests/e2e/). Run with `npm run test:e2e` (scripts/run-e2e.mjs), which runs this config once
 * per browser with POSTLINT_E2E_BROWSER set. The global setup builds the extension for that
 * browser (`wxt build`, `wxt build -b firefox --mv3`) and the fixture pages; each spec file starts
 * one browser and one fixture server.
 */
const browser = process.env.POSTLINT_E2E_BROWSER || 'chromium';

/**
 * The spec files written against the driver seam (tests/e2e/harness/driver.ts), which the Firefox
 * run takes; the others need Playwright's own features and run in Chromium only.
 */
const SHARED_SPECS = ['x', 'facebook', 'linkedin', 'pages'].map((name) => `tests/e2e/specs/${name}.spec.ts`);

export default defineConfig({
  test: {
    include: browser === 'firefox' ? SHARED_SPECS : ['tests/e2e/specs/**/*.spec.ts'],
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    // Two browsers at a time: quicker than one, and a small machine keeps the timings honest.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 10_000,
  },
});
