/**
 * The checks every site gets (one `describe` per site), in both browsers unless marked Chromium
 * only, and the helpers the specs share. The session and the per-test guards are in e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  allBadges,
  caret,
  closePopoverByEscape,
  editorText,
  intrusions,
  openPopoverByKeyboard,
  partButton,
  popoverItems,
  popoverProblemCount,
  typeText,
  waitForBadge,
  waitForEditorText,
  type Composer,
} from './composer';
import { composeUiSuite } from './compose-ui';
import type { Tab } from './driver';
import { COLD_PITCH, FIRST_PROMO_MARK, HARD_SELL, HARD_SELL_AGAIN, PLAIN_A, PLAIN_B, PLAIN_C, PLAIN_MULTILINE, seededHistory } from './drafts';
import { chromiumOnly, type SharedE2E } from './e2e';
import type { HistoryEntry, Kind, Platform } from './session';
import { markDocument, sameDocument, type SiteDriver } from './sites';

export { chromiumOnly, useE2E, useSharedE2E, type E2E, type SharedE2E } from './e2e';

export async function expectNoIntrusions(page: Tab): Promise<void> {
  expect(await intrusions(page), 'no extension node inside an editor root').toEqual([]);
}

const SEVERITY_RANK = { none: 0, info: 1, warning: 2, error: 3 } as const;

/** Checks the shape of a history entry the extension wrote. */
export function expectEntry(e: HistoryEntry | undefined, want: { text: string; platform: Platform; kind: Kind }): void {
  expect(e, `a history entry for ${JSON.stringify(want.text)}`).toBeTruthy();
  const entry = e!;
  expect(entry.text).toBe(want.text);
  expect(entry.platform).toBe(want.platform);
  expect(entry.kind).toBe(want.kind);
  expect(typeof entry.id === 'string' && entry.id.length > 0, 'entry has an id').toBe(true);
  expect(new Date(entry.publishedAt).toISOString(), 'publishedAt is ISO').toBe(entry.publishedAt);
  expect(Math.abs(Date.parse(entry.publishedAt) - Date.now()), 'publishedAt is now').toBeLessThan(120_000);
  expect(Array.isArray(entry.diagnostics)).toBe(true);
  for (const d of entry.diagnostics) {
    expect(typeof d.ruleId).toBe('string');
    expect(['info', 'warning', 'error']).toContain(d.severity);
  }
  expect(typeof entry.heeded).toBe('boolean');
}

/** Publishes with the box's button and waits for the page's own confirmation. */
export async function publishByButton(c: Composer): Promise<void> {
  if (!c.publishButton) throw new Error(`${c.label} has no publish button`);
  await c.publishButton.click();
  await c.waitPublished();
}

/** Publishes with the box's key (Ctrl+Enter, or Enter in Facebook comments). */
export async function publishByKey(c: Composer): Promise<void> {
  if (!c.publishKey) throw new Error(`${c.label} has no publish key`);
  await c.editor.focus();
  await c.page.keyboard.press(c.publishKey);
  await c.waitPublished();
}

/** Waits a little longer and checks no second entry turned up. */
async function expectStaysAt(e2e: SharedE2E, n: number): Promise<HistoryEntry[]> {
  await new Promise((r) => setTimeout(r, 500));
  const h = await e2e.session.history();
  expect(h.length, `exactly ${n} history entr${n === 1 ? 'y' : 'ies'}: ${JSON.stringify(h.map((x) => x.text))}`).toBe(n);
  return h;
}

/**
 * The checks every site gets: the seven of the brief, a settings change, leaving, paste and
 * IME-style input. The compose-box UI suite, paste and IME input need Playwright (viewport and
 * colour-scheme emulation, axe screenshots, clipboard permissions, CDP Input.insertText), so
 * they run in Chromium only.
 */
export function siteSuite(driver: SiteDriver, e2e: SharedE2E): void {
  const { platform } = driver;
  chromiumOnly(e2e, (chromium) => composeUiSuite(driver, chromium));
  describe(`${driver.name}: common checks`, () => {
    it('a hard-sell draft shows ad-tone in the badge and in the popover (keyboard)', async () => {
      const page = await e2e.tab();
      const c = await driver.openPost(page);
      await typeText(c, HARD_SELL);
      const s = await waitForBadge(c, { platform, kind: 'post', rulesInclude: ['ad-tone'], minSeverity: 'warning' });
      expect(s.duplicates, 'one badge per compose box').toBe(0);
      expect(s.openShadow && s.hasButton, 'open shadow root with button.postlint-badge').toBe(true);
      expect(s.count).toBeGreaterThanOrEqual(1);
      expect(SEVERITY_RANK[s.severity]).toBeGreaterThanOrEqual(SEVERITY_RANK.warning);
      expect(s.rules, 'data-postlint-rules: sorted, each id once').toEqual([...new Set(s.rules)].sort());
      expect(s.status, 'a [role=status] live region with text').toBeTruthy();
      expect(s.statusLive, '[role=status] is aria-live=polite').toBe('polite');
      await expectNoIntrusions(page);

      const { badge, dialog } = await openPopoverByKeyboard(c);
      const items = await popoverItems(dialog);
      const ad = items.find((i) => i.ruleId === 'ad-tone');
      expect(ad, `section.part[data-rule-id=ad-tone] in ${JSON.stringify(items)}`).toBeTruthy();
      expect(ad!.visible).toBe(true);
      expect(ad!.text, 'quotes the flagged words').toMatch(/flash sale|40% off|today only|shop now/i);
      expect(new Set(items.map((i) => i.ruleId)), 'popover lists the rules the badge names').toEqual(new Set(s.rules));
      expect(await popoverProblemCount(dialog), 'the badge counts the problems the popover lists (data-postlint-count)').toBe(s.count);
      expect(await (await partButton(dialog, 'ad-tone', /^\s*Ignore for this post\s*$/)).count(), '"Ignore for this post" button').toBe(1);
      expect(await (await partButton(dialog, 'ad-tone', /^\s*Turn this rule off \(Reads like an ad\)\s*$/)).count(), '"Turn this rule off (name)" button').toBe(1);
      await closePopoverByEscape(c, dialog);
      expect(await badge.count(), 'the badge stays after Escape').toBe(1);
      const again = await openPopoverByKeyboard(c, 'Space');
      await closePopoverByEscape(c, again.dialog);
      // The composer is untouched by all this.
      await c.editor.waitFor({ state: 'visible' });
      expect((await editorText(c)).model).toBe(HARD_SELL);
      await expectNoIntrusions(page);
    });

    it('typing behaves normally: exact text, caret at the end, undo works', async () => {
      const page = await e2e.tab();
      const c = await driver.openPost(page);
      await typeText(c, PLAIN_MULTILINE);
      const s = await waitForBadge(c, { platform, kind: 'post', settledMs: 300 });
      let t = await editorText(c);
      expect(t.model, "the editor library's text").toBe(PLAIN_MULTILINE);
      expect(t.dom, 'innerText of the editable').toBe(PLAIN_MULTILINE);
      let k = await caret(c);
      expect(k.active, 'the editor keeps the focus').toBe(true);
      expect(k.collapsed && k.inside, 'a collapsed caret inside the editor').toBe(true);
      expect(k.before, 'caret at the end').toBe(k.total);
      await expectNoIntrusions(page);

      // Typing on after the badge rendered lands at the end too.
      await typeText(c, ', still warm', { click: false });
      const more = `${PLAIN_MULTILINE}, still warm`;
      await waitForBadge(c, { seqAbove: s.seq, settledMs: 300 });
      t = await editorText(c);
      expect(t.model).toBe(more);
      expect(t.dom).toBe(more);
      k = await caret(c);
      expect(k.collapsed && k.inside && k.before === k.total, `caret at the end after more typing: ${JSON.stringify(k)}`).toBe(true);

      await page.keyboard.press('Control+z');
      await page.waitForTimeout(200);
      const undone = (await editorText(c)).model!;
      expect(undone, 'Ctrl+Z changed the text').not.toBe(more);
      expect(more.startsWith(undone), `undo went back to an earlier text (${JSON.stringify(undone)})`).toBe(true);
      await expectNoIntrusions(page);
    });

    it('publishing by button adds one history entry, by keyboard one more', async () => {
      const page = await e2e.tab();
      let c = await driver.openPost(page);
      await typeText(c, PLAIN_A);
      await waitForBadge(c, { platform, kind: 'post' });
      await publishByButton(c);
      let h = await e2e.session.waitForHistory((x) => x.length >= 1, 'one entry');
      h = await expectStaysAt(e2e, 1);
      expectEntry(h[0], { text: PLAIN_A, platform, kind: 'post' });

      c = await driver.nextPost(page);
      await typeText(c, PLAIN_B);
      await waitForBadge(c, { platform, kind: 'post' });
      await publishByKey(c);
      h = await e2e.session.waitForHistory((x) => x.length >= 2, 'two entries');
      h = await expectStaysAt(e2e, 2);
      expectEntry(h.find((e) => e.text === PLAIN_B), { text: PLAIN_B, platform, kind: 'post' });
      expectEntry(h.find((e) => e.text === PLAIN_A), { text: PLAIN_A, platform, kind: 'post' });
    });

    it('a near-identical second promotion shows duplicate-promotion naming the first', async () => {
      const page = await e2e.tab();
      let c = await driver.openPost(page);
      await typeText(c, HARD_SELL);
      await waitForBadge(c, { rulesInclude: ['ad-tone'] });
      await publishByButton(c);
      const h = await e2e.session.waitForHistory((x) => x.length === 1, 'the first promotion');
      expectEntry(h[0], { text: HARD_SELL, platform, kind: 'post' });
      expect(h[0].diagnostics.map((d) => d.ruleId), 'the entry records its lint result').toContain('ad-tone');

      c = await driver.nextPost(page);
      // The emptied (or new) composer must not show the published draft's warnings.
      await waitForBadge(c, { visible: false, allowAbsent: true, rulesExclude: ['ad-tone'] });
      await typeText(c, HARD_SELL_AGAIN);
      const s = await waitForBadge(c, { platform, kind: 'post', rulesInclude: ['duplicate-promotion'] });
      expect(s.count).toBeGreaterThanOrEqual(2);
      const { dialog } = await openPopoverByKeyboard(c);
      const items = await popoverItems(dialog);
      const dup = items.find((i) => i.ruleId === 'duplicate-promotion');
      expect(dup, `li[data-rule-id=duplicate-promotion] in ${JSON.stringify(items)}`).toBeTruthy();
      expect(dup!.text, `names the first post (quotes its "${FIRST_PROMO_MARK}")`).toContain(FIRST_PROMO_MARK);
      await closePopoverByEscape(c, dialog);
    });

    it('a settings change applies in the open tab without a reload: rule off, site paused, back on', async () => {
      const page = await e2e.tab();
      const c = await driver.openPost(page);
      await markDocument(page);
      await typeText(c, HARD_SELL);
      await waitForBadge(c, { platform, kind: 'post', rulesInclude: ['ad-tone'] });

      await e2e.session.setSettings({ rules: { 'ad-tone': { enabled: false } } });
      await waitForBadge(c, { rulesExclude: ['ad-tone'] }, 3000);
      await e2e.session.setSettings({ sites: { [platform]: false } });
      await waitForBadge(c, { present: false }, 3000);
      expect((await editorText(c)).model, 'pausing leaves the draft alone').toBe(HARD_SELL);
      await e2e.session.setSettings({});
      await waitForBadge(c, { rulesInclude: ['ad-tone'] }, 3000);
      expect(await sameDocument(page), 'the page was not reloaded').toBe(true);
    });

    it('too many posts shows posting-frequency', async () => {
      await e2e.session.setHistory(seededHistory(platform, 20));
      const page = await e2e.tab();
      const c = await driver.openPost(page);
      await typeText(c, PLAIN_C);
      await waitForBadge(c, { platform, kind: 'post', rulesInclude: ['posting-frequency'] });
    });

    it('a composer opened after client-side navigation is linted', async () => {
      const page = await e2e.tab();
      const c = await driver.openAfterNavigation(page);
      expect(await sameDocument(page), 'the composer came by client-side navigation, not a page load').toBe(true);
      await typeText(c, HARD_SELL);
      await waitForBadge(c, { platform, kind: 'post', rulesInclude: ['ad-tone'], minSeverity: 'warning' });
      await expectNoIntrusions(page);

      // Going back to the page without a composer leaves no badge behind.
      await driver.leave(page);
      expect(await sameDocument(page), 'Back stayed in the same document').toBe(true);
      await page
        .waitForFunction(() => window.__postlintProbe.allBadges().every((b) => !b.visible), null, { timeout: 3000, polling: 50 })
        .catch(async () => {
          throw new Error(`badges still showing after leaving the composer: ${JSON.stringify(await allBadges(page))}`);
        });
    });

    it(`a ${driver.commentKind} box is linted as a ${driver.commentKind} and publishing it records one`, async () => {
      const page = await e2e.tab();
      const c = await driver.openComment(page);
      await typeText(c, COLD_PITCH);
      const s = await waitForBadge(c, { platform, kind: driver.commentKind, rulesInclude: ['cold-pitch'] });
      expect(s.duplicates).toBe(0);
      await expectNoIntrusions(page);
      if (c.publishButton) await publishByButton(c);
      else await publishByKey(c);
      const h = await e2e.session.waitForHistory((x) => x.length >= 1, `the ${driver.commentKind}`);
      await expectStaysAt(e2e, 1);
      expectEntry(h[0], { text: COLD_PITCH, platform, kind: driver.commentKind });
    });
  });
  chromiumOnly(e2e, (chromium) => {
    describe(`${driver.name}: input without typing`, () => {
      it('pasted text (Ctrl+V) is linted', async () => {
        const page = await chromium.page();
        const c = await driver.openPost(page);
        await chromium.session.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
        await c.editor.click();
        await page.evaluate((t) => navigator.clipboard.writeText(t), HARD_SELL);
        await page.keyboard.press('Control+V');
        await waitForEditorText(c, HARD_SELL);
        await waitForBadge(c, { platform, kind: 'post', rulesInclude: ['ad-tone'] });
        const k = await caret(c);
        expect(k.collapsed && k.inside && k.before === k.total, 'caret at the end after the paste').toBe(true);
        await expectNoIntrusions(page);
      });

      it('text inserted without a key press (IME commit, emoji picker, dictation) is linted', async () => {
        const page = await chromium.page();
        const c = await driver.openPost(page);
        await c.editor.click();
        // CDP Input.insertText: beforeinput/input as an IME commit or the OS emoji picker sends them,
        // with no keydown/keyup. Draft.js and Lexical cancel the native insertion and render the text
        // themselves, so no native "input" event reaches the page either.
        await page.keyboard.insertText(HARD_SELL);
        await waitForEditorText(c, HARD_SELL);
        await waitForBadge(c, { platform, kind: 'post', rulesInclude: ['ad-tone'] });
        await expectNoIntrusions(page);
      });
    });
  });
}
