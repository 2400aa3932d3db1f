/** The summary page against WXT's fake browser storage: numbers, text alternatives, empty states, week navigation. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SummaryPage } from '../../../entrypoints/summary/SummaryPage';
import { setStoredHistory } from '../history/stored-history';
import { settingsItem } from '../../../src/storage/settings';
import { seedWeek, SEED_SETTINGS } from '../../e2e/harness/summary-history';

// Thursday 3 Dec 2026, 12:00 in Berlin: the current week starts on Monday 30 Nov.
const NOW = Date.parse('2026-12-03T11:00:00Z');
const now = () => NOW;

async function seed(history: unknown[]) {
  await setStoredHistory(history);
  await settingsItem.setValue(SEED_SETTINGS);
}

describe('summary page', () => {
  it('shows the seeded week: advice, figures and their tables', async () => {
    await seed(seedWeek('2026-11-23'));
    history.replaceState(null, '', '/summary.html?week=2026-11-23');
    render(<SummaryPage now={now} />);
    expect(await screen.findByText('Mon 23 Nov – Sun 29 Nov 2026')).toBeTruthy();
    expect(await screen.findByText(/On X, 2 of your 4 posts were promotions; the goal is at most 1 in 5/)).toBeTruthy();

    const perDay = screen.getByRole('figure', { name: 'Posts per day' });
    expect(within(perDay).getByRole('img').getAttribute('aria-label')).toBe('Posts per day: Mon 23 Nov 3, Tue 24 Nov 2, Wed 25 Nov 0, Thu 26 Nov 2, Fri 27 Nov 3, Sat 28 Nov 0, Sun 29 Nov 0');
    await userEvent.click(within(perDay).getByText('Show the numbers'));
    const table = within(perDay).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Day', 'X', 'Facebook', 'LinkedIn', 'All']);
    expect(within(table).getByRole('row', { name: 'Mon 23 Nov 3 0 0 3' })).toBeTruthy();
    expect(within(table).getByRole('row', { name: 'Thu 26 Nov 0 1 1 2' })).toBeTruthy();

    const promo = screen.getByRole('figure', { name: 'Promotions against your goal' });
    expect(within(promo).getByText('3 of 7 posts were promotions (43%); over the goal on X and Facebook.')).toBeTruthy();
    expect(within(promo).getByRole('img', { name: 'X: 50% promotions, goal at most 20%' })).toBeTruthy();

    expect(screen.getByRole('figure', { name: 'Consistency' }).textContent).toContain('Posted on 4 of 7 days; longest silence 2 days.');
    expect(screen.getByRole('figure', { name: 'Conversation' }).textContent).toContain('3 replies and comments against 7 posts: 30%');
    const repeats = screen.getByRole('region', { name: 'Repeated promotions' });
    expect(within(repeats).getAllByText(/FLASH SALE 40% OFF every candle today only/)).toHaveLength(2);
    expect(within(screen.getByRole('figure', { name: 'Words flagged most' })).getByRole('img', { name: 'shop now: 2 items' })).toBeTruthy();
    expect(screen.getByRole('figure', { name: 'When you post' }).querySelector('figcaption')!.textContent).toContain('Most engagement: Thu 26 Nov at 18:00 (29 on average)');
    expect(screen.getByRole('figure', { name: 'Time spent writing' }).textContent).toContain('34 min of 30');
    expect(screen.getByRole('figure', { name: 'Warnings shown and heeded' }).textContent).toContain('PostLint warned on 3 items; you changed 1 of them before publishing.');
    // Every picture has a name.
    for (const img of document.querySelectorAll('svg')) expect(img.getAttribute('role') === 'img' && img.getAttribute('aria-label')).toBeTruthy();
  });

  it('steps back and forth between weeks; no next week after the current one', async () => {
    await seed(seedWeek('2026-11-23'));
    history.replaceState(null, '', '/summary.html');
    render(<SummaryPage now={now} />);
    expect(await screen.findByText('Mon 30 Nov – Sun 6 Dec 2026')).toBeTruthy();
    const next = screen.getByRole('button', { name: /Next week/ }) as HTMLButtonElement;
    expect(next.disabled).toBe(true);
    expect(await screen.findByRole('heading', { name: 'No posts this week' })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: /Previous week/ }));
    expect(screen.getByText('Mon 23 Nov – Sun 29 Nov 2026')).toBeTruthy();
    expect(location.search).toBe('?week=2026-11-23');
    expect(await screen.findByRole('figure', { name: 'Posts per day' })).toBeTruthy();
    expect(next.disabled).toBe(false);
    await userEvent.click(next);
    expect(screen.getByText('Mon 30 Nov – Sun 6 Dec 2026')).toBeTruthy();
    expect(location.search).toBe('');
  });

  it('without any history, points to the import in the options', async () => {
    await seed([]);
    render(<SummaryPage now={now} />);
    expect(await screen.findByRole('heading', { name: 'No history yet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Import your posts in the options' }).getAttribute('href')).toBe('options.html#import');
    expect(screen.queryByRole('figure')).toBeNull();
  });
});
