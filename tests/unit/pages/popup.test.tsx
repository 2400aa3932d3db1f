/** The popup against WXT's fake browser: items with why and suggestion, ignore and undo, turn off and undo, week at a glance. */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { UNDO_MS } from '../../../entrypoints/popup/DraftItems';
import { Popup } from '../../../entrypoints/popup/Popup';
import { setStoredHistory } from '../history/stored-history';
import { tabStateKey } from '../../../src/history/tab-state';
import { readSettings, settingsItem } from '../../../src/storage/settings';
import { storage } from '#imports';
import { seedWeek, SEED_SETTINGS } from '../../e2e/harness/summary-history';

// Saturday 28 Nov 2026, 13:00 in Berlin: six days of the seeded week have passed.
const NOW = Date.parse('2026-11-28T12:00:00Z');
const AD = { ruleId: 'ad-tone', severity: 'warning', message: '"FLASH SALE" and "today only" read like an ad: lead with what the reader gets.', suggestion: 'Open with what the reader gets.' };
const SHOUT = { ruleId: 'shouting', severity: 'info', message: '"FLASH SALE" reads as shouting: write in sentence case.' };

async function openPopup(diagnostics: unknown[] = [AD, SHOUT]) {
  history.replaceState(null, '', '/popup.html?tab=7');
  await storage.setItem(tabStateKey(7), { platform: 'x', paused: false, readyMs: 5, updatedAt: new Date(NOW).toISOString(), draft: { kind: 'post', textLength: 40, diagnostics } });
  const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  render(<Popup now={() => NOW} />);
  await screen.findByText('2 things to look at in your post:');
  return { sent };
}
const item = (ruleId: string) => document.querySelector(`[data-rule-id="${ruleId}"]`) as HTMLElement;

afterEach(() => vi.useRealTimers());

describe('popup', () => {
  it('shows each item with its rule name and id, why and what to try', async () => {
    await openPopup();
    const ad = within(item('ad-tone'));
    expect(ad.getByText('Reads like an ad')).toBeTruthy();
    expect(ad.getByText('ad-tone')).toBeTruthy();
    expect(ad.getByText(/^Followers/)).toBeTruthy();
    expect(ad.getByText('Open with what the reader gets.')).toBeTruthy();
    expect(within(item('shouting')).getByText('note')).toBeTruthy();
  });

  it('ignores a rule for this post in the tab, leaves a trace, and undoes it', async () => {
    const { sent } = await openPopup();
    await userEvent.click(within(item('ad-tone')).getByRole('button', { name: 'Ignore for this post' }));
    expect(sent).toHaveBeenCalledWith(7, { type: 'postlint:ignore-rule', ruleId: 'ad-tone', ignore: true });
    expect(item('ad-tone')).toBeNull();
    const trace = document.querySelector('[data-ignored-rule-id="ad-tone"]') as HTMLElement;
    expect(trace.textContent).toContain('“Reads like an ad” ignored for this post.');
    await userEvent.click(within(trace).getByRole('button', { name: 'Undo ignoring “Reads like an ad”' }));
    expect(sent).toHaveBeenLastCalledWith(7, { type: 'postlint:ignore-rule', ruleId: 'ad-tone', ignore: false });
    expect(item('ad-tone')).toBeTruthy();
  });

  it('turns a rule off with an Undo that leaves the settings as they were', async () => {
    await settingsItem.setValue({ rules: { shouting: { severity: 'warning' } }, sites: { x: true } });
    await openPopup();
    await userEvent.click(screen.getByRole('button', { name: 'Turn this rule off: “Reads like an ad” (ad-tone), everywhere' }));
    expect((await readSettings()).rules['ad-tone'].enabled).toBe(false);
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toContain('“Reads like an ad” is off everywhere.');
    expect(within(notice).getByRole('link', { name: 'Turn it back on later in the options' }).getAttribute('href')).toMatch(/options\.html#rule-ad-tone$/);
    await userEvent.click(within(notice).getByRole('button', { name: 'Undo' }));
    expect(await settingsItem.getValue()).toEqual({ rules: { shouting: { severity: 'warning' } }, sites: { x: true } });
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('lets the Undo go after a few seconds', async () => {
    await openPopup();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await act(async () => within(item('shouting')).getByRole('button', { name: /Turn this rule off/ }).click());
    await vi.waitFor(() => expect(screen.getByRole('status')).toBeTruthy());
    await act(async () => vi.advanceTimersByTime(UNDO_MS + 10));
    expect(screen.queryByRole('status')).toBeNull();
    expect((await readSettings()).rules.shouting.enabled).toBe(false);
  });

  it('shows this week at a glance from the stored history', async () => {
    await setStoredHistory(seedWeek('2026-11-23'));
    await settingsItem.setValue(SEED_SETTINGS);
    await openPopup();
    const glance = await screen.findByRole('region', { name: 'This week at a glance' });
    await vi.waitFor(() => expect(glance.textContent).toContain('X 6 · Facebook 2 · LinkedIn 2'));
    expect(glance.textContent).toContain('3 of 7 posts (43%); goal at most 1 in 5');
    expect(glance.textContent).toContain('Days posted4 of 6');
  });

  it('says what to do on a tab without a compose box, and links to the pages', async () => {
    history.replaceState(null, '', '/popup.html?tab=8');
    const created = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const options = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => `chrome-extension://id${path}`);
    render(<Popup now={() => NOW} />);
    expect(await screen.findByText(/No compose box on this page/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Weekly summary' }));
    expect(created).toHaveBeenCalledWith({ url: 'chrome-extension://id/summary.html' });
    await userEvent.click(screen.getByRole('button', { name: 'Options' }));
    expect(options).toHaveBeenCalled();
  });
});
