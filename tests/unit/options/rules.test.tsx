import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../../src/lint/settings';
import { readSettings, settingsItem, turnRuleOff } from '../../../src/storage/settings';
import { renderOptions } from './page-harness';

/** A rule's stored options (typed loosely: each rule has its own shape). */
const optionsOf = async (ruleId: string) => (await readSettings()).rules[ruleId].options as Record<string, any>;

function card(ruleId: string): HTMLElement {
  const found = document.getElementById(`rule-${ruleId}`);
  if (!found) throw new Error(`no card for ${ruleId}`);
  return found;
}
const ruleSwitch = (ruleId: string) => screen.getByRole('switch', { name: new RegExp(`\\(${ruleId}\\)`) });

describe('options page: rules', { timeout: 20_000 }, () => {
  it('turns a rule off and on; the change reaches the stored settings', async () => {
    const user = userEvent.setup();
    renderOptions();
    const adTone = await screen.findByRole('switch', { name: 'Reads like an ad (ad-tone)' });
    expect((adTone as HTMLInputElement).checked).toBe(true);
    await user.click(adTone);
    await waitFor(async () => expect((await readSettings()).rules['ad-tone'].enabled).toBe(false));
    expect(loadSettings(await settingsItem.getValue()).settings.rules['ad-tone'].enabled).toBe(false);
    expect(within(card('ad-tone')).getByText('Off')).toBeTruthy();
    await user.click(adTone);
    await waitFor(async () => expect((await readSettings()).rules['ad-tone'].enabled).toBe(true));
  });

  it('saves a valid option, quietly says so, and keeps the rest as stored', async () => {
    await settingsItem.setValue({ rules: { shouting: { severity: 'error' } }, fromANewerVersion: { keep: true } });
    const user = userEvent.setup();
    renderOptions();
    const threshold = within(await waitFor(() => card('ad-tone'))).getByLabelText('Threshold');
    await user.clear(threshold);
    await user.type(threshold, '5');
    await waitFor(async () => expect((await optionsOf('ad-tone')).threshold).toBe(5));
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(await settingsItem.getValue()).toMatchObject({ rules: { shouting: { severity: 'error' }, 'ad-tone': { options: { threshold: 5 } } }, fromANewerVersion: { keep: true } });
  });

  it('refuses invalid input with zod\'s message beside the field and never saves it', async () => {
    const user = userEvent.setup();
    renderOptions();
    const minWords = within(await waitFor(() => card('empty-post'))).getByLabelText('Min words');
    await user.clear(minWords);
    await user.type(minWords, '0');
    const alert = await within(card('empty-post')).findByRole('alert');
    expect(alert.textContent).toMatch(/>=\s*1/);
    expect(minWords.getAttribute('aria-invalid')).toBe('true');
    await user.clear(minWords);
    await user.type(minWords, 'many');
    expect(within(card('empty-post')).getByRole('alert').textContent).toMatch(/number/i);
    await new Promise((r) => setTimeout(r, 600));
    expect((await optionsOf('empty-post')).minWords).toBe(3);
    expect(await settingsItem.getValue()).toEqual({});
  });

  it('edits nested per-platform limits with "No limit" for nullable ones', async () => {
    const user = userEvent.setup();
    renderOptions();
    const rule = await waitFor(() => card('posting-frequency'));
    const linkedin = within(rule).getByRole('group', { name: 'LinkedIn' });
    await user.click(within(linkedin).getAllByRole('checkbox', { name: 'No limit' })[1]);
    await waitFor(async () => expect((await optionsOf('posting-frequency')).linkedin.perWeek).toBeNull());
    const x = within(rule).getByRole('group', { name: 'X' });
    await user.click(within(x).getAllByRole('checkbox', { name: 'No limit' })[1]);
    await waitFor(async () => expect((await optionsOf('posting-frequency')).x.perWeek).toBe(0));
    await user.clear(within(x).getByLabelText('Posts a week at most'));
    await user.type(within(x).getByLabelText('Posts a week at most'), '40');
    await waitFor(async () => expect((await optionsOf('posting-frequency')).x.perWeek).toBe(40));
  });

  it('shows a rule turned off elsewhere (the popover) as off, and turns it back on', async () => {
    const user = userEvent.setup();
    renderOptions();
    const shouting = await waitFor(() => ruleSwitch('shouting'));
    await act(() => turnRuleOff('shouting'));
    await waitFor(() => expect((shouting as HTMLInputElement).checked).toBe(false));
    expect(card('shouting').dataset.enabled).toBe('false');
    await user.click(shouting);
    await waitFor(async () => expect((await readSettings()).rules.shouting.enabled).toBe(true));
  });

  it('opened at #rule-ad-tone, brings that rule into view, highlights it and focuses its switch', async () => {
    renderOptions('#rule-ad-tone');
    await waitFor(() => expect(document.activeElement).toBe(ruleSwitch('ad-tone')));
    expect(card('ad-tone').classList.contains('highlight')).toBe(true);
  });
});
