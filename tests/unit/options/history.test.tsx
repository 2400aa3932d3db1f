import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setStoredHistory, storedHistory } from '../history/stored-history';
import { parseHistory } from '../../../src/history/schema';
import { catchDownloads, record, renderOptions, startBackground } from './page-harness';

afterEach(() => vi.restoreAllMocks());

const seeded = [
  record('a', 'Thanks to everyone who came to the open day', 300, { platform: 'facebook', diagnostics: [{ ruleId: 'ad-tone', severity: 'warning' }] }),
  record('b', 'FLASH SALE: café croissants 40% off today', 60, { kind: 'reply', heeded: true, composingMs: 42_000 }),
  record('c', 'Our rye loaf is back on Saturday mornings', 10, { platform: 'linkedin', source: 'import', engagement: { likes: 4, reposts: 1 } }),
];

const rows = () => document.querySelectorAll('#history [role="listitem"]');
const historyTexts = () => Array.from(document.querySelectorAll('#history .history-text')).map((p) => p.textContent);

describe('options page: history', { timeout: 20_000 }, () => {
  it('says what to do when there is no history yet', async () => {
    renderOptions();
    expect(await screen.findByText(/No posts yet\. Posts you publish with PostLint on appear here; or import your archive below\./)).toBeTruthy();
  });

  it('lists posts newest first and searches them (case and accents ignored)', async () => {
    await setStoredHistory(seeded);
    const user = userEvent.setup();
    renderOptions();
    await waitFor(() => expect(historyTexts()).toEqual([seeded[2].text, seeded[1].text, seeded[0].text]));
    expect(rows()).toHaveLength(3);
    await user.type(screen.getByLabelText('Search your posts'), 'CAFE');
    await waitFor(() => expect(historyTexts()).toEqual([seeded[1].text]));
    expect(screen.getByText('1 of 3 posts match')).toBeTruthy();
  });

  it('deletes one post through the background', async () => {
    startBackground();
    await setStoredHistory(seeded);
    const user = userEvent.setup();
    renderOptions();
    await user.click(await screen.findByRole('button', { name: /^Delete post from .*: FLASH SALE/ }));
    await waitFor(() => expect(historyTexts()).toEqual([seeded[2].text, seeded[0].text]));
    expect(parseHistory(await storedHistory()).records.map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('deletes all only after the confirmation dialog says so; Cancel keeps everything', async () => {
    startBackground();
    await setStoredHistory(seeded);
    const user = userEvent.setup();
    renderOptions();
    const opener = await screen.findByRole('button', { name: 'Delete all history…' });
    await user.click(opener);
    const dialog = document.querySelector<HTMLDialogElement>('#history dialog')!;
    expect(dialog.open).toBe(true);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(opener);
    expect(parseHistory(await storedHistory()).records).toHaveLength(3);

    await user.click(opener);
    await user.click(within(dialog).getByRole('button', { name: 'Delete all' }));
    await screen.findByText('Deleted 3 posts.');
    expect(await storedHistory()).toEqual([]);
    expect(await screen.findByText(/No posts yet/)).toBeTruthy();
  });

  it('exports the history as JSON that imports back exactly, and as CSV', async () => {
    startBackground();
    await setStoredHistory(seeded);
    const downloads = catchDownloads();
    const user = userEvent.setup();
    renderOptions();
    await user.click(await screen.findByRole('button', { name: 'Export history as JSON' }));
    await user.click(screen.getByRole('button', { name: 'Export history as CSV' }));
    expect(downloads.map((d) => d.name)).toEqual([expect.stringMatching(/^postlint-history-\d{4}-\d\d-\d\d\.json$/), expect.stringMatching(/\.csv$/)]);
    const csv = await downloads[1].text();
    expect(csv.split('\r\n')[0]).toBe('id,publishedAt,platform,kind,source,text,warnings,heeded,composingMs,likes,reposts,comments');
    expect(csv).toContain('a,2026-11-24T07:00:00.000Z,facebook,post,extension,Thanks to everyone who came to the open day,ad-tone:warning,false,,,,');

    const json = await downloads[0].text();
    await user.click(screen.getByRole('button', { name: 'Delete all history…' }));
    await user.click(within(document.querySelector('#history dialog')!).getByRole('button', { name: 'Delete all' }));
    await waitFor(async () => expect(await storedHistory()).toEqual([]));

    await user.upload(screen.getByLabelText(/Archive file/), new File([json], 'postlint-history.json', { type: 'application/json' }));
    expect(await screen.findByText(/added 3 posts; 0 posts were already there/)).toBeTruthy();
    expect(await storedHistory()).toEqual(seeded);

    await user.upload(screen.getByLabelText(/Archive file/), new File([json], 'postlint-history.json', { type: 'application/json' }));
    expect(await screen.findByText(/added 0 posts; 3 posts were already there/)).toBeTruthy();
  });
});
