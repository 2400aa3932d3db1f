/** Messages from the content script to the background service worker. */
import { browser } from '#imports';
import type { PostLintMessage, PostLintResponse } from '../history/messages';
import type { TabState } from '../history/tab-state';
import type { Platform } from '../lint/types';
import { TAB_STATE_COALESCE_MS } from './constants';
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
      if (response) throw new Error(response.error);
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

/** Keeps the background's copy of this tab's state current, coalescing bursts into one message. */
export class TabStateReporter {
  private state: TabState;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    platform: Platform,
    private readonly signal: AbortSignal,
  ) {
    this.state = { platform, paused: false, readyMs: null, draft: null, updatedAt: new Date().toISOString() };
    signal.addEventListener('abort', () => clearTimeout(this.timer), { once: true });
  }

  /** Merges `patch` into the state and sends it (at once with `immediate`, else coalesced). */
  update(patch: Partial<Omit<TabState, 'platform' | 'updatedAt'>>, immediate = false): void {
    if (this.signal.aborted) return; // the extension was reloaded: nobody to tell
    this.state = { ...this.state, ...patch, updatedAt: new Date().toISOString() };
    clearTimeout(this.timer);
    const send = () => void sendToBackground({ type: 'postlint:tab-state', state: this.state });
    if (immediate) send();
    else this.timer = setTimeout(send, TAB_STATE_COALESCE_MS);
  }
}
