/**
 * The seam's `Tab` and `Loc` (../driver.ts) over puppeteer-core and WebDriver BiDi, for Firefox.
 * They keep Playwright's meaning where the shared checks rely on it: locators are lazy and pierce
 * open shadow roots, actions wait for their element and need exactly one, `waitForFunction`
 * takes its argument before its options, key chords are written "Control+Enter".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ElementHandle, Page } from 'puppeteer-core';
import type { Keys, Loc, Tab, WaitForOptions } from '../driver';

const LOCATE = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'locate.js'), 'utf8');
/** As the Chromium run's `ctx.setDefaultTimeout`: a stuck wait fails well inside the test timeout. */
export const DEFAULT_TIMEOUT_MS = 15_000;

type Text = { s: string } | { re: string; flags: string };
type Step = { css: string; text?: Text } | { nth: number };
type Locate = {
  all(steps: Step[]): Element[];
  check(steps: Step[], state: string): boolean | string;
  one(steps: Step[]): Element | number;
  visible(el: Element): boolean;
  count(steps: Step[]): number;
};
declare global {
  interface Window {
    __postlintLocate: Locate;
  }
}

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

function textStep(t: string | RegExp | undefined): Text | undefined {
  if (t === undefined) return undefined;
  return typeof t === 'string' ? { s: t } : { re: t.source, flags: t.flags };
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

export class FirefoxLoc implements Loc {
  constructor(
    private readonly tab: FirefoxTab,
    private readonly steps: Step[],
  ) {}

  private get what(): string {
    return this.steps.map((s) => ('nth' in s ? `nth=${s.nth}` : s.text ? `${s.css} (text ${JSON.stringify(s.text)})` : s.css)).join(' >> ');
  }

  locator(selector: string, options?: { hasText?: string | RegExp }): Loc {
    return new FirefoxLoc(this.tab, [...this.steps, { css: selector, text: textStep(options?.hasText) }]);
  }

  first(): Loc {
    return this.nth(0);
  }

  nth(index: number): Loc {
    return new FirefoxLoc(this.tab, [...this.steps, { nth: index }]);
  }

  page(): Tab {
    return this.tab;
  }

  async waitFor(options: WaitForOptions = {}): Promise<void> {
    const state = options.state ?? 'visible';
    const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
    let r: unknown;
    try {
      const h = await this.tab.pp.waitForFunction((steps: Step[], st: string) => window.__postlintLocate.check(steps, st), { timeout, polling: 50 }, this.steps, state);
      r = await h.jsonValue();
    } catch (e) {
      throw new Error(`waiting for ${this.what} to be ${state}: ${(e as Error).message}`);
    }
    if (typeof r === 'string') throw new Error(`${this.what}: ${r}`);
  }

  /** The one element, once attached (as Playwright's actions wait for theirs). */
  private async one(timeout = DEFAULT_TIMEOUT_MS): Promise<ElementHandle<Element>> {
    await this.waitFor({ state: 'attached', timeout });
    const h = await this.tab.pp.evaluateHandle((steps: Step[]) => window.__postlintLocate.one(steps), this.steps);
    const el = h.asElement() as ElementHandle<Element> | null;
    if (!el) throw new Error(`${this.what}: ${await h.jsonValue()} elements match, not one`);
    return el;
  }

  /** Runs `act` on the one element and lets the page forget the handle afterwards. */
  private async withOne<R>(act: (el: ElementHandle<Element>) => Promise<R>): Promise<R> {
    const el = await this.one();
    try {
      return await act(el);
    } finally {
      await el.dispose().catch(() => {});
    }
  }

  async click(): Promise<void> {
    await this.waitFor({ state: 'visible' });
    await this.withOne((el) => el.click());
  }

  async focus(): Promise<void> {
    await this.withOne((el) => el.focus());
  }

  async press(key: string): Promise<void> {
    await this.focus();
    await this.tab.keyboard.press(key);
  }

  async setInputFiles(file: string): Promise<void> {
    await this.withOne((el) => (el as ElementHandle<HTMLInputElement>).uploadFile(file));
  }

  async count(): Promise<number> {
    return this.tab.pp.evaluate((steps: Step[]) => window.__postlintLocate.count(steps), this.steps);
  }

  async isVisible(): Promise<boolean> {
    return this.tab.pp.evaluate((steps: Step[]) => {
      const els = window.__postlintLocate.all(steps);
      return els.length === 1 && window.__postlintLocate.visible(els[0]);
    }, this.steps);
  }

  async isChecked(): Promise<boolean> {
    return this.withOne((h) => h.evaluate((el) => (el as HTMLInputElement).checked));
  }

  async getAttribute(name: string): Promise<string | null> {
    return this.withOne((h) => h.evaluate((el, n) => el.getAttribute(n), name));
  }

  async innerText(): Promise<string> {
    return this.withOne((h) => h.evaluate((el) => (el as HTMLElement).innerText));
  }

  async evaluate(fn: (el: Element, arg: never) => unknown, arg?: unknown): Promise<never> {
    return this.withOne(async (h) => (await h.evaluate(fn as never, arg as never)) as never);
  }

  async elementHandle(options: { timeout?: number } = {}): Promise<ElementHandle<Element>> {
    return this.one(options.timeout);
  }
}
