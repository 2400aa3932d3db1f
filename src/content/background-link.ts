/** Messages from the content script to the background service worker (besides lint requests). */
import { browser } from '#imports';
import type { PostLintMessage, PostLintResponse, TabStatePatch } from '../history/messages';
import type { Platform } from '../lint/types';
import { isContextInvalidated, reportError } from './report-error';

const RETRY_DELAY_MS = 500;

/**
 * Sends a message; `attempts` > 1 retries after a failure (a service worker being restarted can
 * miss one message). Never rejects: failures are reported once.
 */
export async function sendToBackground(message: PostLintMessage, attempts = 1): Promise<boolean> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = (await browser.runtime.sendMessage(message)) as PostLintResponse | undefined;
      if (response?.ok) return true;
      throw new Error(response ? response.error : 'no answer from the background');
    } catch (error) {
      if (isContextInvalidated(error) || attempt === attempts) {
        reportError(`sending ${message.type}`, error);
        return false;
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    }
  }
  return false;
}

/**
 * Tells the background what changed in this tab's state (ready time, paused, the draft when it
 * changes without a lint request: another box focused, a rule ignored, the box emptied). Lint
 * requests of the active box update the draft in the background itself.
 */
export class TabStateReporter {
  constructor(
    private readonly platform: Platform,
    private readonly signal: AbortSignal,
  ) {}

  update(patch: TabStatePatch): void {
    if (this.signal.aborted) return; // the extension was reloaded: nobody to tell
    void sendToBackground({ type: 'postlint:tab-state', platform: this.platform, patch });
  }
}

/** Sends a message and returns the background's answer (null on failure, reported once). */
export async function askBackground(message: PostLintMessage): Promise<PostLintResponse | null> {
  try {
    const response = (await browser.runtime.sendMessage(message)) as PostLintResponse | undefined;
    if (response?.ok) return response;
    throw new Error(response ? response.error : 'no answer from the background');
  } catch (error) {
    reportError(`sending ${message.type}`, error);
    return null;
  }
}
