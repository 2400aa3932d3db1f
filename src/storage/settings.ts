/**
 * The settings in `storage.sync` (they follow the person across browsers). Stored as the person set
 * them, sparse, one item per top-level field (see `sync-layout.ts`: sync's per-item quota is 8 KB);
 * every reader repairs them field by field with the lint core's `loadSettings`, so one bad field
 * never resets the rest.
 */
import { browser } from '#imports';
import { loadSettings, type Settings } from '../lint/settings';
import type { Platform } from '../lint/types';
import type { RuleUndo } from '../history/messages';
import { fromSyncItems, isSettingsKey, LEGACY_KEY, planSyncWrite, SYNC_QUOTA } from './sync-layout';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A write `storage.sync` would refuse (or did): nothing was changed. The message says what to do. */
export class SettingsQuotaError extends Error {
  constructor(detail: string) {
    super(`Settings not saved: ${detail} Remove some of your own or allowed phrases and try again; everything saved before is unchanged.`);
    this.name = 'SettingsQuotaError';
  }
}

/** JSON with keys sorted: the same settings compare equal whatever order their items were read in. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (isObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function readAll(): Promise<Json> {
  return (await browser.storage.sync.get(null)) as Json;
}

async function readRaw(): Promise<unknown> {
  return fromSyncItems(await readAll()) ?? {};
}

/** Writes `raw` as the whole stored settings: changed items in one `set`, then stale ones removed. */
async function writeRaw(raw: unknown): Promise<void> {
  const value = isObject(raw) ? raw : {};
  const plan = planSyncWrite(await readAll(), value);
  if (plan.totalBytes > SYNC_QUOTA.total) {
    throw new SettingsQuotaError(`they would take ${kb(plan.totalBytes)} of the ${kb(SYNC_QUOTA.total)} browser sync allows.`);
  }
  if (plan.items > SYNC_QUOTA.maxItems) throw new SettingsQuotaError(`they would take ${plan.items} of the ${SYNC_QUOTA.maxItems} items browser sync allows.`);
  if (Object.keys(plan.set).length) {
    try {
      await browser.storage.sync.set(plan.set);
    } catch (error) {
      // One `set` is all or nothing: what was stored before is still there.
      const reason = error instanceof Error ? error.message : String(error);
      throw /quota|MAX_/i.test(reason) ? new SettingsQuotaError(`the browser refused them (${reason}).`) : error;
    }
  }
  if (plan.remove.length) await browser.storage.sync.remove(plan.remove);
}

/** Calls `onChange` with the stored settings after each change that alters them (once per change). */
function watchRaw(onChange: (raw: unknown) => void): () => void {
  let items: Json | null = null;
  let pending: Record<string, { newValue?: unknown }>[] = [];
  let last = '';
  const apply = (changes: Record<string, { newValue?: unknown }>) => {
    for (const [key, change] of Object.entries(changes)) {
      if (!isSettingsKey(key)) continue;
      if (change.newValue == null) delete items![key];
      else items![key] = change.newValue;
    }
  };
  const emitIfChanged = () => {
    const raw = fromSyncItems(items!) ?? {};
    const json = stableJson(raw);
    // The removal of stale chunks after a write, or a write of the same value, changes nothing.
    if (json === last) return;
    last = json;
    onChange(raw);
  };
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (!Object.keys(changes).some(isSettingsKey)) return;
    if (!items) pending.push(changes);
    else {
      apply(changes);
      emitIfChanged();
    }
  };
  browser.storage.sync.onChanged.addListener(listener);
  void readAll().then((all) => {
    items = all;
    last = stableJson(fromSyncItems(items) ?? {});
    const early = pending;
    pending = [];
    early.forEach(apply);
    if (early.length) emitIfChanged();
  });
  return () => browser.storage.sync.onChanged.removeListener(listener);
}

/**
 * The raw stored settings as one item, the way the single `sync:settings` item of the first version
 * was used: `getValue`, `setValue` (the whole object, split over items), `watch`.
 */
export const settingsItem = {
  getValue: readRaw,
  setValue: writeRaw,
  watch: watchRaw,
} as const;

/** The current settings, repaired where invalid. */
export async function readSettings(): Promise<Settings> {
  return loadSettings(await readRaw()).settings;
}

/** Calls `onChange` with repaired settings after every change (from any tab or the options page). */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return watchRaw((raw) => onChange(loadSettings(raw).settings));
}

function objectAt(parent: Json, key: string): Json {
  const value = parent[key];
  if (isObject(value)) return value;
  const fresh: Json = {};
  parent[key] = fresh;
  return fresh;
}

// Edits from one page run one after another: two quick changes never overwrite each other.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Changes the stored settings in place of what the person set, keeping everything else as stored
 * (also fields this version does not know, written by a newer one on another machine). Rejects
 * with `SettingsQuotaError` when sync storage would not hold the result; nothing changes then.
 */
export function updateStoredSettings(edit: (raw: Json) => void): Promise<void> {
  const run = queue.then(async () => {
    const stored = await readRaw();
    const raw: Json = isObject(stored) ? structuredClone(stored) : {};
    edit(raw);
    await writeRaw(raw);
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Replaces the stored settings with `raw` (an imported file, or `{}` to reset to the defaults). */
export function replaceStoredSettings(raw: Json): Promise<void> {
  return updateStoredSettings((stored) => {
    for (const key of Object.keys(stored)) delete stored[key];
    Object.assign(stored, structuredClone(raw));
  });
}

/**
 * Moves settings written as the first version's single item into the split layout (run by the
 * background at start and whenever an older version writes that item). Resolves with whether it
 * moved anything.
 */
export async function migrateLegacySettings(): Promise<boolean> {
  const all = await readAll();
  if (!(LEGACY_KEY in all)) return false;
  await updateStoredSettings(() => undefined);
  return true;
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
