import { defineContentScript } from '#imports';
import { startPostLint } from '../../src/content/start-postlint';
import { reportError } from '../../src/content/report-error';
import { xAdapter } from '../../src/sites/x';

/** X / Twitter: one script for both host names (twitter.com still serves the same app). */
export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  main(ctx) {
    startPostLint(ctx, xAdapter).catch((error: unknown) => reportError('starting on X', error));
  },
});
