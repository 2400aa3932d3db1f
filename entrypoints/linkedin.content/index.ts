import { defineContentScript } from '#imports';
import { startPostLint } from '../../src/content/start-postlint';
import { reportError } from '../../src/content/report-error';
import { linkedinAdapter } from '../../src/sites/linkedin';

/** LinkedIn: the share box and comment boxes (Quill). */
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  main(ctx) {
    startPostLint(ctx, linkedinAdapter).catch((error: unknown) => reportError('starting on LinkedIn', error));
  },
});
