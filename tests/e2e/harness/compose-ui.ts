/**
 * The compose-box UI checks every site gets (called from `siteSuite`): at 1280×800 and 400×800,
 * light and dark, with the popover open the site's Post button still takes a click at its centre,
 * the badge leaves the last line and the caret uncovered, the popover's close button and first
 * item are on screen, axe finds nothing serious in the badge or popover, Tab stays inside and
 * Escape hands the caret back; and the keyboard command opens the popover. Screenshots go to
 * test-results/ (gitignored).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeLocator, caret, handle, typeText, waitForBadge, type Composer } from './composer';
import { HARD_SELL } from './drafts';
import { ROOT } from './paths';
import type { SiteDriver } from './sites';
import type { E2E } from './e2e';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = path.join(ROOT, 'test-results');

type Rect = { left: number; top: number; right: number; bottom: number; width: number; height: number };
const overlaps = (a: Rect | null, b: Rect | null) => !!a && !!b && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const onScreen = (r: Rect | null, v: { width: number; height: number }) => !!r && r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= v.width && r.bottom <= v.height;

async function layout(c: Composer) {
  return c.page.evaluate((ed) => window.__postlintProbe.layout(ed), await handle(c));
}
async function focusOf(c: Composer) {
  return c.page.evaluate((ed) => window.__postlintProbe.focus(ed), await handle(c));
}

/** Serious and critical axe violations among PostLint's own nodes (the fixture page is not ours). */
export async function axeOnBadge(page: Page): Promise<string[]> {
  await page.evaluate((src) => {
    if (!(window as unknown as { axe?: unknown }).axe) (0, eval)(src);
  }, AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => ({ id: v.id, impact: v.impact, target: JSON.stringify(n.target), summary: n.failureSummary ?? '' })));
  });
  return violations
    .filter((v) => v.target.includes('postlint-badge') && (v.impact === 'serious' || v.impact === 'critical'))
    .map((v) => `${v.id} (${v.impact}) at ${v.target}: ${v.summary}`);
}

const VARIANTS = [
  { width: 1280, theme: 'light' },
  { width: 1280, theme: 'dark' },
  { width: 400, theme: 'light' },
  { width: 400, theme: 'dark' },
] as const;

/** The compose-box UI checks for one site. */
export function composeUiSuite(driver: SiteDriver, e2e: E2E): void {
  describe(`${driver.name}: the badge and popover stay out of the way`, () => {
    for (const { width, theme } of VARIANTS) {
      it(`${width}×800 ${theme}: Post stays clickable, text and caret uncovered, keyboard in and out, axe clean`, async () => {
        const page = await e2e.page();
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme: theme });
        const c = await driver.openPost(page);
        await typeText(c, HARD_SELL);
        const s = await waitForBadge(c, { rulesInclude: ['ad-tone'], settledMs: 200 });
        const label = `${driver.name} ${width} ${theme}`;

        // At rest: beside the text, not on it; axe clean.
        const rest = await layout(c);
        expect(rest.badge, `${label}: the badge is shown`).toBeTruthy();
        expect(onScreen(rest.badge, rest.viewport), `${label}: the badge is on screen ${JSON.stringify(rest.badge)}`).toBe(true);
        expect(overlaps(rest.badge, rest.lastLine), `${label}: badge ${JSON.stringify(rest.badge)} covers the last line ${JSON.stringify(rest.lastLine)}`).toBe(false);
        expect(overlaps(rest.badge, rest.caret), `${label}: badge ${JSON.stringify(rest.badge)} covers the caret ${JSON.stringify(rest.caret)}`).toBe(false);
        expect(await axeOnBadge(page), `${label}: axe on the badge at rest`).toEqual([]);
        const caretBefore = await caret(c);
        expect(caretBefore.inside && caretBefore.collapsed, 'caret in the editor before opening').toBe(true);

        // Opened from the editor by the shortcut key (the page-level fallback of the command).
        await page.keyboard.press('Alt+Shift+L');
        const badge = await badgeLocator(c);
        const dialog = badge.locator('[role="dialog"]');
        await dialog.waitFor({ state: 'visible', timeout: 3000 });
        const open = await layout(c);
        expect(onScreen(open.close, open.viewport), `${label}: close button on screen ${JSON.stringify(open.close)}`).toBe(true);
        expect(onScreen(open.firstItem, open.viewport), `${label}: first item on screen ${JSON.stringify(open.firstItem)}`).toBe(true);
        const post = await c.publishButton!.elementHandle();
        const hit = await c.page.evaluate((el) => window.__postlintProbe.hitsCentre(el!), post);
        expect(hit.ok, `${label}: a click at the Post button's centre lands on ${hit.hit}`).toBe(true);
        expect((await focusOf(c)).where, `${label}: focus moved into the popover`).toBe('popover');

        // Tab goes round inside the popover (more presses than it has buttons).
        const buttons = await dialog.locator('button:visible').count();
        for (let i = 0; i <= buttons + 1; i++) {
          await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
          expect((await focusOf(c)).where, `${label}: Tab #${i + 1} stays in the popover`).toBe('popover');
        }
        // Expanded, the long parts scroll under a header that stays.
        await dialog.locator('li.item button.summary').first().click();
        expect(await axeOnBadge(page), `${label}: axe on the open popover`).toEqual([]);
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: path.join(SHOTS, `popover-${driver.platform}-${width}-${theme}.png`) });
        const expanded = await layout(c);
        expect(onScreen(expanded.close, expanded.viewport), `${label}: close button still on screen after expanding`).toBe(true);
        expect((await c.page.evaluate((el) => window.__postlintProbe.hitsCentre(el!), post)).ok, `${label}: Post still clickable after expanding`).toBe(true);

        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden', timeout: 3000 });
        expect((await focusOf(c)).where, `${label}: Escape hands focus back to the editor`).toBe('editor');
        const caretAfter = await caret(c);
        expect({ collapsed: caretAfter.collapsed, before: caretAfter.before }, `${label}: the caret is where it was`).toEqual({ collapsed: caretBefore.collapsed, before: caretBefore.before });
        expect(s.count).toBeGreaterThanOrEqual(1);
      });
    }

    it('the open-postlint command (through the background) opens the popover of the focused box', async () => {
      const page = await e2e.page();
      const c = await driver.openPost(page);
      await typeText(c, HARD_SELL);
      await waitForBadge(c, { rulesInclude: ['ad-tone'] });
      // The browser passes the tab a command was pressed in; without one the handler asks for the
      // active tab, which this page is once in front (reading tab URLs would need "tabs").
      await page.bringToFront();
      const told = await e2e.session.inWorker(
        () => (globalThis as unknown as { __postlintCommand(c: string): Promise<boolean> }).__postlintCommand('open-postlint'),
        null,
      );
      expect(told, 'the background told the tab').toBe(true);
      const dialog = (await badgeLocator(c)).locator('[role="dialog"]');
      await dialog.waitFor({ state: 'visible', timeout: 3000 });
      expect((await focusOf(c)).where).toBe('popover');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden', timeout: 3000 });
      expect((await focusOf(c)).where).toBe('editor');
    });
  });
}
