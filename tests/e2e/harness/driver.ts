/**
 * The seam between the checks and the browser driver. `Tab` and `Loc` are the part of
 * playwright-core's `Page` and `Locator` that the checks shared by both browsers may use: a
 * Playwright page *is* a `Tab` as it stands (the Chromium run passes its pages through untouched;
 * `tsc` proves the fit below), and `firefox/tab.ts` implements the same part over puppeteer-core
 * and WebDriver BiDi. A shared check typed against `Tab` cannot reach for a Playwright feature the
 * Firefox side lacks; checks that need one (CDP, viewport and colour-scheme emulation, screenshots,
 * clipboard permissions) take a Playwright `Page` and run in Chromium only.
 */
import type { Locator, Page } from 'playwright-core';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/**
 * The browser this test process drives: `POSTLINT_E2E_BROWSER`, set per vitest run by
 * scripts/run-e2e.mjs (which reads `E2E_BROWSERS`). Chromium when unset, so vitest started by
 * hand runs as before.
 */
export function currentBrowser(): BrowserName {
  const name = process.env.POSTLINT_E2E_BROWSER || 'chromium';
  if (!(BROWSERS as readonly string[]).includes(name)) throw new Error(`POSTLINT_E2E_BROWSER=${name}: expected one of ${BROWSERS.join(', ')}`);
  return name as BrowserName;
}

/** Element handles (and arrays of them) arrive in the page function as the elements they hold. */
type InPage<A> = A extends { asElement(): unknown } ? Element : A extends readonly unknown[] ? { -readonly [K in keyof A]: InPage<A[K]> } : A;

/** What `waitFor` waits for (as in Playwright: visible means a non-empty box and not `visibility: hidden`). */
export interface WaitForOptions {
  state?: 'attached' | 'detached' | 'visible' | 'hidden';
  timeout?: number;
}

export interface Keys {
  /** Playwright key names, chords with "+" ("Control+Enter", "Shift+Tab", "Space"). */
  press(key: string): Promise<void>;
  type(text: string, options?: { delay?: number }): Promise<void>;
}

export interface Tab {
  readonly keyboard: Keys;
  goto(url: string): Promise<unknown>;
  goBack(): Promise<unknown>;
  url(): string;
  isClosed(): boolean;
  close(): Promise<void>;
  locator(selector: string, options?: { hasText?: string | RegExp }): Loc;
  evaluate<R, A>(fn: (arg: InPage<A>) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  waitForFunction<R, A>(fn: (arg: InPage<A>) => R, arg: A, options?: { timeout?: number; polling?: number }): Promise<{ jsonValue(): Promise<unknown> }>;
  waitForTimeout(ms: number): Promise<void>;
}

/**
 * A lazy element query, as Playwright's: CSS that reaches into open shadow roots (`:has()` for
 * "the one holding that"), narrowed by text; actions need exactly one match.
 */
export interface Loc {
  locator(selector: string, options?: { hasText?: string | RegExp }): Loc;
  first(): Loc;
  nth(index: number): Loc;
  page(): Tab;
  click(): Promise<void>;
  focus(): Promise<void>;
  press(key: string): Promise<void>;
  setInputFiles(file: string): Promise<void>;
  waitFor(options?: WaitForOptions): Promise<void>;
  count(): Promise<number>;
  isVisible(): Promise<boolean>;
  isChecked(): Promise<boolean>;
  getAttribute(name: string): Promise<string | null>;
  innerText(): Promise<string>;
  evaluate<R, A>(fn: (el: Element, arg: InPage<A>) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(fn: (el: Element) => R | Promise<R>): Promise<R>;
  elementHandle(options?: { timeout?: number }): Promise<{ asElement(): unknown } | null>;
}

// Compile-time proof that Playwright's objects fit the seam unchanged (never called).
export function playwrightFits(page: Page, locator: Locator): [Tab, Loc] {
  return [page, locator];
}
