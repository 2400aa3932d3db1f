/**
 * Errors never reach the page: every callback PostLint hands to the page (event listeners,
 * observers, timers) is wrapped, and each failing place is logged once, not on every keystroke.
 */
const reported = new Set<string>();

/** True for the error every extension API throws after the extension was reloaded or removed. */
export function isContextInvalidated(error: unknown): boolean {
  return error instanceof Error && /context invalidated/i.test(error.message);
}

/** Logs `error` once per `where`; silent for an invalidated extension context (nothing to fix). */
export function reportError(where: string, error: unknown): void {
  if (isContextInvalidated(error) || reported.has(where)) return;
  reported.add(where);
  console.warn(`PostLint: ${where} failed; it keeps running without it.`, error);
}

/** Wraps a callback so that an exception inside is reported once and swallowed. */
export function guard<Args extends unknown[]>(where: string, callback: (...args: Args) => void): (...args: Args) => void {
  return (...args) => {
    try {
      callback(...args);
    } catch (error) {
      reportError(where, error);
    }
  };
}
