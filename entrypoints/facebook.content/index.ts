import { defineContentScript } from '#imports';
import { startPostLint } from '../../src/content/start-postlint';
import { reportError } from '../../src/content/report-error';
import { facebookAdapter } from '../../src/sites/facebook';

/** Facebook: the post dialog and comment boxes (Lexical). */
export default defineContentScript({
  matches: ['https://www.facebook.com/*'],
  main(ctx) {
    startPostLint(ctx, facebookAdapter).catch((error: unknown) => reportError('starting on Facebook', error));
  },
});
