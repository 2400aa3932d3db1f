/**
 * Extension-wide behaviour, on the X fixture: the history survives the service worker being
 * stopped, settings changes apply at once in open tabs, the popover's buttons act, and the
 * content script reports its ready time (what the bench reads).
 */
import { describe, expect, it } from 'vitest';
import { editorText, openPopoverByKeyboard, partButton, typeText, waitForBadge } from '../harness/composer';
import { HARD_SELL, PLAIN_A, PLAIN_B } from '../harness/drafts';
import { X } from '../harness/sites';
import { expectEntry, publishByButton, publishByKey, useE2E } from '../harness/suite';

const e2e = useE2E();

describe('service worker restarts', () => {
  it('history survives the service worker being stopped and started again', async () => {
    const { session } = e2e;
    const page = await e2e.page();
    let c = await X.openPost(page);
    await typeText(c, PLAIN_A);
    await waitForBadge(c, { kind: 'post' });
    await publishByButton(c);
    await session.waitForHistory((h) => h.length === 1, 'the first post');

    await session.stopServiceWorkers();
    // The open tab carries on; publishing must wake the worker and append, not overwrite.
    c = await X.nextPost(page);
    await typeText(c, PLAIN_B);
    await waitForBadge(c, { kind: 'post' });
    await publishByKey(c);
    let h = await session.waitForHistory((x) => x.length >= 2, 'both posts after the restart');
    expectEntry(h.find((e) => e.text === PLAIN_A), { text: PLAIN_A, platform: 'x', kind: 'post' });
    expectEntry(h.find((e) => e.text === PLAIN_B), { text: PLAIN_B, platform: 'x', kind: 'post' });

    await session.stopServiceWorkers();
    h = await session.history();
    expect(h.map((e) => e.text).sort()).toEqual([PLAIN_A, PLAIN_B].sort());
  });
});

describe('settings', () => {
  it('apply at once in open tabs: rule off, site paused, site back on', async () => {
    const { session } = e2e;
    const page = await e2e.page();
    const c = await X.openPost(page);
    await typeText(c, HARD_SELL);
    await waitForBadge(c, { rulesInclude: ['ad-tone'] });

    await session.setSettings({ rules: { 'ad-tone': { enabled: false } } });
    await waitForBadge(c, { rulesExclude: ['ad-tone'] }, 3000);

    // The whole settings object is replaced each time: defaults fill in what is missing.
    await session.setSettings({ rules: { 'ad-tone': { enabled: false } }, sites: { x: false } });
    await waitForBadge(c, { present: false }, 3000);
    expect((await editorText(c)).model, 'pausing leaves the draft alone').toBe(HARD_SELL);

    await session.setSettings({});
    await waitForBadge(c, { rulesInclude: ['ad-tone'] }, 3000);
  });

  it('"Turn this rule off" turns it off in settings; "Ignore for this post" hides it from this draft', async () => {
    const { session } = e2e;
    const page = await e2e.page();
    const c = await X.openPost(page);
    await typeText(c, HARD_SELL);
    const before = await waitForBadge(c, { rulesInclude: ['ad-tone'] });
    const other = before.rules.find((r) => r !== 'ad-tone');

    let { dialog } = await openPopoverByKeyboard(c);
    await (await partButton(dialog, 'ad-tone', /^\s*Ignore for this post\s*$/)).click();
    await waitForBadge(c, { rulesExclude: ['ad-tone'] }, 3000);

    if (other) {
      ({ dialog } = await openPopoverByKeyboard(c));
      await (await partButton(dialog, other, /^\s*Turn this rule off \(/)).click();
      await waitForBadge(c, { rulesExclude: ['ad-tone', other] }, 3000);
      // The page hides the rule at once (with Undo); the background's write to storage follows.
      const storedEnabled = async () => ((await session.settings()) as { rules?: Record<string, { enabled?: boolean }> } | undefined)?.rules?.[other]?.enabled;
      await expect.poll(storedEnabled, { message: `settings.rules["${other}"].enabled in storage.sync`, timeout: 3000 }).toBe(false);
    }
  });
});

describe('reversible actions', () => {
  it('"Turn this rule off" then Undo leaves the settings as they were; "Ignore for this post" then Undo brings the item back; both survive pause and resume', async () => {
    const { session } = e2e;
    const before = { rules: { shouting: { severity: 'error' } } };
    await session.setSettings(before);
    const page = await e2e.page();
    const c = await X.openPost(page);
    await typeText(c, HARD_SELL);
    await waitForBadge(c, { rulesInclude: ['ad-tone'] });

    let { dialog } = await openPopoverByKeyboard(c);
    await (await partButton(dialog, 'ad-tone', /^\s*Turn this rule off \(Reads like an ad\)\s*$/)).click();
    await waitForBadge(c, { rulesExclude: ['ad-tone'] }, 3000);
    const undoOff = dialog.locator('li.trace[data-trace="off"] button', { hasText: 'Undo' });
    await undoOff.waitFor({ timeout: 3000 });
    expect(await dialog.locator('li.trace[data-trace="off"] button', { hasText: 'Rule settings' }).count(), 'a way to the options page').toBe(1);
    await undoOff.click();
    await waitForBadge(c, { rulesInclude: ['ad-tone'] }, 3000);
    await expect.poll(() => session.settings(), { timeout: 3000 }).toEqual(before);

    ({ dialog } = await openPopoverByKeyboard(c));
    await (await partButton(dialog, 'ad-tone', /^\s*Ignore for this post\s*$/)).click();
    await waitForBadge(c, { rulesExclude: ['ad-tone'] }, 3000);
    await page.keyboard.press('Escape');

    // Pause the site and resume it: the ignore holds, with its trace and Undo.
    await session.setSettings({ ...before, sites: { x: false } });
    await waitForBadge(c, { present: false }, 3000);
    await session.setSettings(before);
    await waitForBadge(c, { rulesExclude: ['ad-tone'] }, 3000);
    ({ dialog } = await openPopoverByKeyboard(c));
    const undoIgnore = dialog.locator('li.trace[data-trace="ignored"] button', { hasText: 'Undo' });
    await undoIgnore.click();
    await waitForBadge(c, { rulesInclude: ['ad-tone'] }, 3000);
  });
});

describe('content script state', () => {
  it('the background keeps the tab state with readyMs in storage.session', async () => {
    const page = await e2e.page();
    const c = await X.openPost(page);
    await typeText(c, HARD_SELL);
    await waitForBadge(c, { rulesInclude: ['ad-tone'] });
    const all = await e2e.session.sessionStorage();
    const tabs = Object.entries(all).filter(([k]) => /^tab:\d+$/.test(k));
    expect(tabs.length, `tab:<id> keys in ${JSON.stringify(Object.keys(all))}`).toBeGreaterThanOrEqual(1);
    const ready = tabs.map(([, v]) => (v as { readyMs?: unknown }).readyMs).filter((v) => typeof v === 'number') as number[];
    expect(ready.length, `readyMs in ${JSON.stringify(tabs)}`).toBeGreaterThanOrEqual(1);
    for (const r of ready) expect(r).toBeGreaterThanOrEqual(0);
  });
});
