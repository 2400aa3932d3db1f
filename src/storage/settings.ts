/**
 * The settings item in `storage.sync` (follows the person across browsers). Stored as the person
 * set it, sparse; every reader repairs it field by field with the lint core's `loadSettings`, so one
 * bad field never resets the rest.
 */
import { storage } from '#imports';
import { loadSettings, type Settings } from '../lint/settings';
import type { Platform } from '../lint/types';
import type { RuleUndo } from '../history/messages';

/** Raw stored settings. Versioned from day one; no migrations yet. */
export const settingsItem = storage.defineItem<unknown>('sync:settings', { fallback: {}, version: 1 });

/** The current settings, repaired where invalid. */
export async function readSettings(): Promise<Settings> {
  return loadSettings(await settingsItem.getValue()).settings;
}

/** Calls `onChange` with repaired settings after every change (from any tab or the options page). */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => onChange(loadSettings(raw).settings));
}

type Json = Record<string, unknown>;

function objectAt(parent: Json, key: string): Json {
  const value = parent[key];
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Json;
  const fresh: Json = {};
  parent[key] = fresh;
  return fresh;
}

/**
 * Changes the stored settings in place of what the person set, keeping everything else as stored
 * (also fields this version does not know, written by a newer one on another machine).
 */
export async function updateStoredSettings(edit: (raw: Json) => void): Promise<void> {
  const stored = await settingsItem.getValue();
  const raw: Json = stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? structuredClone(stored as Json) : {};
  edit(raw);
  await settingsItem.setValue(raw);
}

/** "Turn this rule off" from the popover; the answer says how to put the stored settings back. */
export async function turnRuleOff(ruleId: string): Promise<RuleUndo> {
  let undo: RuleUndo = { ruleId, hadRules: false, existed: false };
  await updateStoredSettings((raw) => {
    const hadRules = raw.rules !== null && typeof raw.rules === 'object' && !Array.isArray(raw.rules);
    const rules = objectAt(raw, 'rules');
    const existed = Object.prototype.hasOwnProperty.call(rules, ruleId);
    undo = existed ? { ruleId, hadRules, existed, previous: structuredClone(rules[ruleId]) } : { ruleId, hadRules, existed };
    objectAt(rules, ruleId).enabled = false;
  });
  return undo;
}

/** Undoes `turnRuleOff`: the rule's stored entry goes back to what it was (or away, if it was not there). */
export function restoreRule(undo: RuleUndo): Promise<void> {
  return updateStoredSettings((raw) => {
    const rules = objectAt(raw, 'rules');
    if (undo.existed) rules[undo.ruleId] = structuredClone(undo.previous);
    else delete rules[undo.ruleId];
    if (!undo.hadRules && Object.keys(rules).length === 0) delete raw.rules;
  });
}

/** Pauses (false) or resumes (true) PostLint on one site. */
export function setSiteEnabled(platform: Platform, enabled: boolean): Promise<void> {
  return updateStoredSettings((raw) => {
    objectAt(raw, 'sites')[platform] = enabled;
  });
}
