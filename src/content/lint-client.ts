/**
 * Asks the background service worker to lint a draft (it holds the lint core, the settings and the
 * history), over one long-lived port per content script. Never rejects: a failed request (the
 * worker was stopped, a malformed answer, no answer in time) is sent once more, on a new port if
 * the old one closed, then reported once and answered with null; the caller keeps showing what it
 * showed.
 */
import { browser } from '#imports';
import { isLintAnswer } from '../history/message-guards';
import { LINT_PORT_NAME, type LintPortAnswer, type LintPortRequest, type LintRequest, type LintResult } from '../history/messages';
import { LINT_RETRY_DELAY_MS, LINT_TIMEOUT_MS } from './constants';
import { isContextInvalidated, reportError } from './report-error';

/** What a content script renders: a lint result, or "PostLint is paused on this site". */
export type LintAnswer = LintResult | { ok: true; paused: true };

/** The part of `runtime.Port` the client uses. */
interface Port {
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  postMessage(message: LintPortRequest): void;
  disconnect(): void;
}

interface Pending {
  port: Port;
  settle(answer: unknown, error?: unknown): void;
}

export interface LintClient {
  /**
   * Sends `request`; retries once after a failure while `stillWanted()` holds (a newer request
   * makes an old retry pointless). Null when no usable answer came.
   */
  lint(request: LintRequest, stillWanted?: () => boolean): Promise<LintAnswer | null>;
}

/** Creates the content script's lint client; its port closes when `signal` aborts. */
export function createLintClient(signal: AbortSignal): LintClient {
  let port: Port | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  function connect(): Port {
    if (port) return port;
    const opened = browser.runtime.connect({ name: LINT_PORT_NAME }) as unknown as Port;
    opened.onMessage.addListener((message) => {
      const { id, answer } = (message ?? {}) as Partial<LintPortAnswer>;
      if (typeof id === 'number') pending.get(id)?.settle(answer);
    });
    // The worker stopped (idle, updated) or the extension went away: requests on it fail now.
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
      for (const entry of [...pending.values()]) if (entry.port === opened) entry.settle(undefined, new Error('the background closed the connection'));
    });
    port = opened;
    return opened;
  }

  signal.addEventListener(
    'abort',
    () => {
      try {
        port?.disconnect();
      } catch {
        // already gone
      }
      port = null;
    },
    { once: true },
  );

  /** One request on the port: its raw answer, or a rejection. */
  function ask(request: LintRequest): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const id = ++nextId;
      const timer = setTimeout(() => pending.get(id)?.settle(undefined, new Error('no answer in time')), LINT_TIMEOUT_MS);
      try {
        const target = connect();
        pending.set(id, {
          port: target,
          settle(answer, error) {
            pending.delete(id);
            clearTimeout(timer);
            if (error) reject(error);
            else resolve(answer);
          },
        });
        target.postMessage({ id, request });
      } catch (error) {
        // A port that closed under us throws on postMessage: the next try opens a new one.
        port = null;
        pending.delete(id);
        clearTimeout(timer);
        reject(error);
      }
    });
  }

  return {
    async lint(request, stillWanted = () => true) {
      let failure: unknown;
      for (let attempt = 1; attempt <= 2; attempt++) {
        if (attempt > 1) {
          await new Promise((resolve) => setTimeout(resolve, LINT_RETRY_DELAY_MS));
          if (!stillWanted() || signal.aborted) return null;
        }
        try {
          const answer = await ask(request);
          if (isLintAnswer(answer)) return answer;
          const error = (answer as { error?: unknown } | undefined)?.error;
          failure = new Error(typeof error === 'string' ? error : 'no usable answer from the background');
        } catch (error) {
          if (isContextInvalidated(error) || signal.aborted) return null; // the extension was reloaded: nobody to ask
          failure = error;
        }
      }
      reportError('linting the draft', failure);
      return null;
    },
  };
}
