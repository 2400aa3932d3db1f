/** The history section's care for what is stored: set-aside records, the retention choice, a refused write. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSetAsideEntries, readWholeHistory } from '../../../src/history/store/read';
import { SET_ASIDE_KEY } from '../../../src/history/store/layout';
import { readRetention } from '../../../src/history/store/retention';
import { WRITE_STATUS_KEY } from '../../../src/history/write-status';
import { setStoredHistory } from '../history/stored-history';
import { catchDownloads, NOW, record, renderOptions, startBackground } from './page-harness';

afterEach(() => vi.restoreAllMocks());

const DAY = 86_400_000;
const aside = (raw: unknown, reason: string) => ({ raw, reason, from: 'history/2026-11', at: '2026-11-20T08:00:00.000Z' });

describe('options page: history care', { timeout: 40_000 }, () => {
  it('shows set-aside records as text with their reason, exports them as they were, and deletes them only after asking', async () => {
    startBackground();
    const hostile = { text: '<img src=x onerror="window.__owned=1">', platform: 'x', kind: 'post', publishedAt: 'soon' };
    await fakeBrowser.storage.local.set({ [SET_ASIDE_KEY]: [aside(hostile, 'publishedAt: not an ISO 8601 date'), aside('junk', 'record: not a history record')] });
    const downloads = catchDownloads();
    const user = userEvent.setup();
    renderOptions();
    const region = await screen.findByRole('region', { name: '2 records PostLint could not read' }, { timeout: 15_000 });
    expect(within(region).getByText('publishedAt: not an ISO 8601 date')).toBeTruthy();
    expect(region.textContent).toContain('<img src=x onerror');
    expect(region.querySelector('img')).toBeNull();

    await user.click(within(region).getByRole('button', { name: 'Export them (JSON)' }));
    expect(JSON.parse(await downloads[0].text()).entries.map((e: { raw: unknown }) => e.raw)).toEqual([hostile, 'junk']);

    await user.click(within(region).getByRole('button', { name: 'Try reading them again' }));
    expect(await within(region).findByText('Still unreadable by this version.')).toBeTruthy();

    await user.click(within(region).getByRole('button', { name: 'Delete them…' }));
    await user.click(within(region.querySelector('dialog')!).getByRole('button', { name: 'Delete them' }));
    await waitFor(async () => expect(await readSetAsideEntries()).toEqual([]));
    expect(await screen.findByText('Deleted 2 unreadable records.')).toBeTruthy();
  });

  it('keeps posts forever by default; a shorter choice says how many posts it deletes and asks first', async () => {
    startBackground();
    await setStoredHistory([record('old', 'From two years ago', 2 * 365 * 24 * 60), record('new', 'From this week', 60)]);
    const user = userEvent.setup();
    renderOptions();
    const select = (await screen.findByLabelText('Keep my posts', {}, { timeout: 15_000 })) as HTMLSelectElement;
    expect(select.value).toBe('null');
    expect(screen.getByText(/PostLint never deletes posts on its own/)).toBeTruthy();

    await user.selectOptions(select, '365');
    const dialog = await screen.findByRole('dialog', { name: 'Delete 1 older posts?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await readRetention()).toBeNull();
    expect((await readWholeHistory()).records).toHaveLength(2);

    await user.selectOptions(select, '365');
    await user.click(within(await screen.findByRole('dialog', { name: 'Delete 1 older posts?' })).getByRole('button', { name: 'Delete older posts' }));
    expect(await screen.findByText('Kept 1 year; deleted 1 older post.')).toBeTruthy();
    expect(await readRetention()).toBe(365);
    expect((await readWholeHistory()).records.map((r) => r.id)).toEqual(['new']);
  });

  it('says so when published posts could not be saved yet', async () => {
    startBackground();
    renderOptions();
    await fakeBrowser.storage.session.set({ [WRITE_STATUS_KEY]: { pending: 2, error: 'QUOTA_BYTES quota exceeded', since: new Date(NOW - DAY).toISOString() } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/^2 published posts are not in your PostLint history yet: the browser refused to save \(QUOTA_BYTES quota exceeded\)/);
  });
});
