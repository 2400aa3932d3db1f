import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storedHistory } from '../history/stored-history';
import { parseHistory } from '../../../src/history/schema';
import { writeRetention } from '../../../src/history/store/retention';
import { importFile } from '../../../src/importers';
import { renderOptions, startBackground } from './page-harness';

/** A sample export of the importers' tests (happy-dom's import.meta.url is no file URL: go by the project root). */
const exportBytes = (name: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(path.join(process.cwd(), 'tests/fixtures/exports', name)));
/** The sample exports date from Sep 2023 to Oct 2024: a "now" at which the history keeps them all (400 days). */
const SAMPLES_NOW = Date.parse('2024-10-10T00:00:00Z');
const fileInput = () => screen.getByLabelText(/Archive file/) as HTMLInputElement;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

async function choose(name: string, bytes: Uint8Array<ArrayBuffer>) {
  const user = userEvent.setup();
  await user.upload(await waitFor(fileInput), new File([bytes], name));
}

describe('options page: importing history', { timeout: 30_000 }, () => {
  it.each(['x-archive.zip', 'tweets.js', 'Shares.csv', 'your_posts_1.json'])('imports %s: the posts it holds, the skipped entries listed with reasons', async (name) => {
    startBackground(SAMPLES_NOW);
    const bytes = exportBytes(name);
    const expected = await importFile(name, bytes);
    expect(expected.posts.length).toBeGreaterThan(0);
    renderOptions('#import-export');
    await choose(name, bytes);
    const result = await screen.findByText(new RegExp(`added ${plural(expected.posts.length, 'post', 'posts')}; 0 posts were already there`));
    const stored = parseHistory(await storedHistory()).records;
    expect(stored.map((r) => r.id).sort()).toEqual(expected.posts.map((p) => p.id).sort());
    expect(stored.every((r) => r.source === 'import')).toBe(true);
    const box = result.closest('.import-result') as HTMLElement;
    const listed = within(box).queryAllByRole('listitem').map((li) => li.textContent);
    expect(listed).toEqual(expected.skipped.map((s) => `${s.where}: ${s.reason}`));
    if (name === 'x-archive.zip') expect(stored.some((r) => r.engagement?.likes !== undefined)).toBe(true);
  });

  it('adds nothing when the same file is imported twice', async () => {
    startBackground(SAMPLES_NOW);
    const bytes = exportBytes('x-archive.zip');
    const { posts } = await importFile('x-archive.zip', bytes);
    renderOptions('#import-export');
    await choose('x-archive.zip', bytes);
    await screen.findByText(new RegExp(`added ${posts.length} posts`));
    await choose('x-archive.zip', bytes);
    await screen.findByText(new RegExp(`added 0 posts; ${posts.length} posts were already there`));
    expect(parseHistory(await storedHistory()).records).toHaveLength(posts.length);
  });

  it('keeps posts of any age, and says when some are older than the "Keep my posts" setting', async () => {
    startBackground(Date.parse('2026-11-24T12:00:00Z'));
    renderOptions('#import-export');
    await choose('Shares.csv', exportBytes('Shares.csv'));
    expect(await screen.findByText(/added 3 posts; 0 posts were already there\.$/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Delete all history…' }));
    await userEvent.click(within(document.querySelector('#history dialog')!).getByRole('button', { name: 'Delete all' }));
    await writeRetention(365);
    await choose('Shares.csv', exportBytes('Shares.csv'));
    expect(await screen.findByText(/added 0 posts; 0 posts were already there\. 3 posts were not kept: older than your “Keep my posts” setting/)).toBeTruthy();
  });

  it('says what is wrong with a file that is no export, and stores nothing', async () => {
    startBackground(SAMPLES_NOW);
    renderOptions('#import-export');
    await choose('data.json', new TextEncoder().encode('{"hello": "world"}'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^data\.json was not imported: data\.json is not a data export PostLint can read/);
    expect(await storedHistory()).toEqual([]);
  });
});
