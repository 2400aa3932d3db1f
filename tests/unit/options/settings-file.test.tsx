import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseSettings } from '../../../src/lint/settings';
import { readSettings, settingsItem } from '../../../src/storage/settings';
import { readSettingsFile } from '../../../entrypoints/options/settings-file';
import { itemBytes, SYNC_QUOTA, toSyncItems } from '../../../src/storage/sync-layout';
import { catchDownloads, enforceSyncQuota, renderOptions } from './page-harness';

afterEach(() => vi.restoreAllMocks());
const fileInput = () => screen.getByLabelText('Import settings…') as HTMLInputElement;

describe('options page: settings files', { timeout: 20_000 }, () => {
  it('exports exactly the validated settings the CLI reads, and imports them back exactly', async () => {
    await settingsItem.setValue({ rules: { 'ad-tone': { enabled: false, options: { threshold: 6 } } }, week: { firstDay: 0, timeZone: 'Europe/Berlin' }, phrases: { allowed: ['Free Spirit'] } });
    const downloads = catchDownloads();
    const user = userEvent.setup();
    renderOptions();
    await user.click(await screen.findByRole('button', { name: 'Export settings' }));
    expect(downloads[0].name).toBe('postlint-settings.json');
    const text = await downloads[0].text();
    const exported = JSON.parse(text);
    const parsed = parseSettings(exported);
    expect(parsed.ok && parsed.settings).toEqual(await readSettings());

    await settingsItem.setValue({});
    await user.upload(fileInput(), new File([text], 'postlint-settings.json', { type: 'application/json' }));
    expect(await screen.findByText('Settings imported from postlint-settings.json.')).toBeTruthy();
    expect(await settingsItem.getValue()).toEqual(exported);
    expect((await readSettings()).week.timeZone).toBe('Europe/Berlin');
  });

  it('refuses a file with errors, naming each field and unknown keys with a guess, and saves nothing', async () => {
    await settingsItem.setValue({ sites: { x: false } });
    enforceSyncQuota();
    const user = userEvent.setup();
    renderOptions();
    const bad = { rules: { 'ad-tone': { options: { treshold: 5, infoThreshold: 'high' } } }, sits: { x: true } };
    await user.upload(await waitFor(fileInput), new File([JSON.stringify(bad)], 'mine.json'));
    const alert = await screen.findByText(/mine\.json was not imported: nothing changed/);
    const lines = within(alert.parentElement!).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^rules\.ad-tone\.options\.infoThreshold: .*number/),
        'rules.ad-tone.options.treshold: unknown setting; did you mean "threshold"?',
        'sits: unknown setting; did you mean "sites"?',
      ]),
    );
    expect(await settingsItem.getValue()).toEqual({ sites: { x: false } });
  });

  it('says a file that is not JSON is not JSON', () => {
    const result = readSettingsFile('{ rules: ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^the file is not JSON/);
  });

  it('resets to the defaults only after confirming', async () => {
    await settingsItem.setValue({ sites: { x: false }, rules: { shouting: { enabled: false } } });
    const user = userEvent.setup();
    renderOptions();
    await user.click(await screen.findByRole('button', { name: 'Reset to defaults…' }));
    const dialog = screen.getByRole('dialog', { name: 'Reset all settings?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reset to defaults' }));
    expect(await screen.findByText('Settings reset to the defaults.')).toBeTruthy();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});

describe('options page: phrases', { timeout: 20_000 }, () => {
  it('adds, refuses an invalid weight with the message, edits and removes own phrases', async () => {
    const user = userEvent.setup();
    renderOptions();
    await user.type(await screen.findByLabelText('Phrase'), 'limited stock');
    await user.clear(screen.getByLabelText('Weight'));
    await user.type(screen.getByLabelText('Weight'), '50');
    await user.click(screen.getByRole('button', { name: 'Add phrase' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/<=\s*10/);
    expect((await readSettings()).phrases.custom).toEqual([]);
    await user.clear(screen.getByLabelText('Weight'));
    await user.type(screen.getByLabelText('Weight'), '3');
    await user.click(screen.getByRole('button', { name: 'Add phrase' }));
    await waitFor(async () => expect((await readSettings()).phrases.custom).toEqual([{ list: 'ad', phrase: 'limited stock', weight: 3, note: '' }]));
    await user.click(screen.getByRole('button', { name: 'Edit "limited stock"' }));
    await user.type(screen.getByLabelText('Note'), 'our usual push');
    await user.click(screen.getByRole('button', { name: 'Save phrase' }));
    await waitFor(async () => expect((await readSettings()).phrases.custom[0].note).toBe('our usual push'));
    await user.click(screen.getByRole('button', { name: 'Remove "limited stock"' }));
    await waitFor(async () => expect((await readSettings()).phrases.custom).toEqual([]));

    await user.type(screen.getByLabelText('Allowed phrase'), 'Free Spirit');
    await user.click(screen.getByRole('button', { name: 'Allow phrase' }));
    await waitFor(async () => expect((await readSettings()).phrases.allowed).toEqual(['Free Spirit']));
  });

  it('shows the quota message when a phrase would not fit, and keeps what was saved', async () => {
    // Just under sync's 100 KB in all, so one more long phrase does not fit.
    const many: { list: string; phrase: string; weight: number; note: string }[] = [];
    const bytes = () => Object.entries(toSyncItems({ phrases: { custom: many } })).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
    const add = (n: number) => {
      for (let i = 0; i < n; i++) many.push({ list: 'ad', phrase: `${'x'.repeat(150)} ${many.length}`, weight: 2, note: 'n'.repeat(40) });
    };
    add(380);
    while (bytes() < SYNC_QUOTA.total - 500) add(1);
    await settingsItem.setValue({ phrases: { custom: many } });
    enforceSyncQuota();
    const user = userEvent.setup();
    renderOptions();
    await user.click(await screen.findByLabelText('Phrase'));
    await user.paste('y'.repeat(190));
    await user.click(screen.getByLabelText('Note'));
    await user.paste('z'.repeat(400));
    await user.click(screen.getByRole('button', { name: 'Add phrase' }));
    expect((await screen.findByText(/^Settings not saved:/)).textContent).toMatch(/Remove some of your own or allowed phrases/);
    expect((await readSettings()).phrases.custom).toHaveLength(many.length);
  });
});
