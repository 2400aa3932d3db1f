/** The one place the content script calls the lint core; a failing rule never breaks the page. */
import { lint } from '../lint/lint';
import type { Diagnostic, Kind, Platform } from '../lint/types';
import type { LintInputs } from './lint-inputs';
import { reportError } from './report-error';

/** Lints `text` with the cached history and settings at the current time; [] if the core throws. */
export function lintDraft(text: string, platform: Platform, kind: Kind, { settings, history }: LintInputs): Diagnostic[] {
  try {
    return lint({ text, platform, kind }, { now: Date.now(), history }, settings);
  } catch (error) {
    reportError('linting the draft', error);
    return [];
  }
}

/** A draft that reaches every cache of the lint core: phrases, promotion score, duplicate index. */
const WARM_UP_DRAFT = 'Warm-up: 20% OFF everything today only, shop now at our store!';

/**
 * Runs one throwaway lint when the page is idle, so the lint core builds its history index and
 * caches then (tens of milliseconds at 1,000 posts) rather than on the person's first keystroke.
 */
export function warmUpWhenIdle(platform: Platform, inputs: () => LintInputs, signal: AbortSignal): void {
  const run = () => {
    if (!signal.aborted) lintDraft(WARM_UP_DRAFT, platform, 'post', inputs());
  };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 });
    signal.addEventListener('abort', () => cancelIdleCallback(id), { once: true });
  } else {
    const id = setTimeout(run, 50);
    signal.addEventListener('abort', () => clearTimeout(id), { once: true });
  }
}
