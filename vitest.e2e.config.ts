import { defineConfig } from 'vitest/config';

/**
 * Browser tests: real Chromium with the built extension on fixture pages (tests/e2e/). Run with
 * `npm run test:e2e` (scripts/run-e2e.mjs). The global setup builds the extension (`wxt build`)
 * and the fixture pages; each spec file starts one browser and one fixture server.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/specs/**/*.spec.ts'],
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
