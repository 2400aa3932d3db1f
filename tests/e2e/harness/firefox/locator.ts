/**
 * The seam's `Loc` (../driver.ts) for Firefox: a lazy chain of steps resolved in the page by
 * locate.js, with Playwright's meaning where the shared checks rely on it: CSS pierces open shadow
 * roots, `hasText` matches normalised text (a string case-insensitively), actions wait for their
 * element and need exactly one.
 */
import type { ElementHandle } from 'puppeteer-core';
import type { Loc, Tab, WaitForOptions } from '../driver';
import type { FirefoxTab } from './tab';

/** As the Chromium run's `ctx.setDefaultTimeout`: a stuck wait fails well inside the test timeout. */
export const DEFAULT_TIMEOUT_MS = 15_000;

type Text = { s: string } | { re: string; flags: string };
export type Step = { css: string; text?: Text } | { nth: number };
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

/** A `hasText` option as locate.js takes it. */
export function textStep(t: string | RegExp | undefined): Text | undefined {
  if (t === undefined) return undefined;
  return typeof t === 'string' ? { s: t } : { re: t.source, flags: t.flags };
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
