/**
 * The seam's `Tab` (../driver.ts) over puppeteer-core and WebDriver BiDi, for Firefox (its `Loc`
 * is locator.ts). It keeps Playwright's meaning where the shared checks rely on it:
 * `waitForFunction` takes its argument before its options, an argument may be an array holding
 * element handles, key chords are written "Control+Enter", an extension page's `goto` returns
 * once the page is there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import type { Keys, Loc, Tab } from '../driver';
import { DEFAULT_TIMEOUT_MS, FirefoxLoc, textStep } from './locator';

const LOCATE = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'locate.js'), 'utf8');

const isHandle = (v: unknown): boolean => typeof v === 'object' && v !== null && typeof (v as { asElement?: unknown }).asElement === 'function';

/**
 * Puppeteer passes element handles only as separate arguments; Playwright's callers hand over one
 * argument, perhaps an array holding handles. Spread such an array and gather it again in the page
 * (the wrapper is made from source so that puppeteer serialises the wrapper, not `fn`).
 */
function spread(fn: (arg: never) => unknown, arg: unknown): { fn: (...a: never[]) => unknown; args: unknown[] } {
  if (!Array.isArray(arg) || !arg.some(isHandle)) return { fn, args: [arg] };
  const wrapper = new Function(`return function (...xs) { return (${fn.toString()})(xs); }`)() as (...a: never[]) => unknown;
  return { fn: wrapper, args: arg };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class FirefoxTab implements Tab {
  readonly keyboard: Keys;

  constructor(readonly pp: Page) {
    this.keyboard = {
      press: async (key) => {
        const parts = key.split('+').filter(Boolean);
        const last = parts.pop() ?? key;
        // Puppeteer names the space bar by its character.
        const main = last === 'Space' ? ' ' : last;
        for (const m of parts) await pp.keyboard.down(m as never);
        await pp.keyboard.press(main as never);
        for (const m of parts.reverse()) await pp.keyboard.up(m as never);
      },
      type: (text, options) => pp.keyboard.type(text, { delay: options?.delay ?? 0 }),
    };
  }

  static async open(pp: Page): Promise<FirefoxTab> {
    await pp.evaluateOnNewDocument(LOCATE);
    pp.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
    return new FirefoxTab(pp);
  }

  /**
   * Puppeteer's `goto` never resolves for a moz-extension:// page (BiDi reports no load for it),
   * so that one is started without waiting and the location polled until the page is there.
   */
  async goto(url: string): Promise<void> {
    if (!url.startsWith('moz-extension://')) {
      await this.pp.goto(url);
      return;
    }
    void this.pp.goto(url).catch(() => {});
    // The page may rewrite its own query at once (the summary drops ?week= for this week).
    const page = (href: string) => href.split(/[?#]/, 1)[0];
    const end = Date.now() + DEFAULT_TIMEOUT_MS;
    for (;;) {
      const state = await this.pp.evaluate(() => [location.href, document.readyState]).catch(() => null);
      if (state && page(state[0]) === page(url) && state[1] === 'complete') break;
      if (Date.now() > end) throw new Error(`${url} never loaded (last seen: ${JSON.stringify(state)})`);
      await sleep(50);
    }
    await this.ensureLocate();
  }

  /** Back in the session history. A same-document entry (pushState) fires popstate, as the button does. */
  async goBack(): Promise<void> {
    await this.pp.evaluate(() => history.back());
  }

  url(): string {
    return this.pp.url();
  }

  isClosed(): boolean {
    return this.pp.isClosed();
  }

  async close(): Promise<void> {
    await this.pp.close();
  }

  locator(selector: string, options?: { hasText?: string | RegExp }): Loc {
    return new FirefoxLoc(this, [{ css: selector, text: textStep(options?.hasText) }]);
  }

  async evaluate(fn: (arg: never) => unknown, arg?: unknown): Promise<never> {
    const s = spread(fn, arg);
    return (await this.pp.evaluate(s.fn as never, ...(s.args as never[]))) as never;
  }

  async waitForFunction(fn: (arg: never) => unknown, arg: unknown, options: { timeout?: number; polling?: number } = {}) {
    const s = spread(fn, arg);
    return this.pp.waitForFunction(s.fn as never, { timeout: options.timeout ?? DEFAULT_TIMEOUT_MS, polling: options.polling ?? 'raf' }, ...(s.args as never[]));
  }

  async waitForTimeout(ms: number): Promise<void> {
    await sleep(ms);
  }

  /** Installs the locator half where no preload script ran (extension pages). */
  async ensureLocate(): Promise<void> {
    await this.pp.evaluate(LOCATE);
  }
}
