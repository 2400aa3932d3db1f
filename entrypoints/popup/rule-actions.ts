/** The popup's two actions on a rule: ignore it for this post (in the tab), or turn it off (in the settings), both undoable. */
import { browser } from '#imports';
import type { IgnoreRuleMessage } from '../../src/history/messages';
import { settingsItem, turnRuleOff, updateStoredSettings } from '../../src/storage/settings';

/** Asks the tab's content script to ignore a rule for the current draft, or to stop ignoring it. */
export async function ignoreRuleInTab(tabId: number, ruleId: string, ignore: boolean): Promise<void> {
  const message: IgnoreRuleMessage = { type: 'postlint:ignore-rule', ruleId, ignore };
  await browser.tabs.sendMessage(tabId, message);
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Turns a rule off and returns the undo: it puts back exactly what was stored for `enabled`
 * before (often nothing, meaning the default), so "off, then undo" leaves the settings as they were.
 */
export async function turnRuleOffUndoably(ruleId: string): Promise<() => Promise<void>> {
  const before = await settingsItem.getValue();
  const rule = isObject(before) && isObject(before.rules) ? before.rules[ruleId] : undefined;
  const had = isObject(rule) && 'enabled' in rule;
  const previous = had ? rule.enabled : undefined;
  await turnRuleOff(ruleId);
  return () =>
    updateStoredSettings((raw) => {
      const rules = isObject(raw.rules) ? raw.rules : undefined;
      const entry = rules && isObject(rules[ruleId]) ? (rules[ruleId] as Json) : undefined;
      if (!rules || !entry) return;
      if (had) entry.enabled = previous;
      else delete entry.enabled;
      if (Object.keys(entry).length === 0) delete rules[ruleId];
      if (Object.keys(rules).length === 0) delete raw.rules;
    });
}

/** The options page at a section (`rule-ad-tone`, `history` …), in a new tab. */
export function optionsUrl(section: string): string {
  return new URL(`options.html#${section}`, location.href).href;
}

export function openInTab(url: string): void {
  void browser.tabs.create({ url });
}
