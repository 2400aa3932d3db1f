/**
 * The whole settings object as one zod schema built from the rules' own option schemas.
 * Every field has a default, so `{}` is a complete configuration. `loadSettings` repairs stored
 * settings field by field; `parseSettings` is strict and names the field that is wrong.
 */
import { z } from 'zod';
import { RULES } from './registry';
import type { Rule } from './rule';
import { PLATFORMS, severitySchema } from './types';

function ruleSettingsSchema(rule: Rule) {
  return z
    .object({
      enabled: z.boolean().default(true),
      severity: severitySchema.default(rule.defaultSeverity),
      options: rule.options.prefault({}),
    })
    .prefault({});
}

/** True for a time zone name `Intl` knows (`Europe/Berlin`, `UTC`). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

type RuleSettingsSchemas = Record<string, ReturnType<typeof ruleSettingsSchema>>;
const ruleShapes: RuleSettingsSchemas = Object.fromEntries(RULES.map((r) => [r.id, ruleSettingsSchema(r)]));

export const customPhraseSchema = z.object({
  /** Which list the phrase adds to: `ad`, `cta`, `urgency`, `cold-pitch`, `engagement-bait`, `value`. */
  list: z.enum(['ad', 'cta', 'urgency', 'cold-pitch', 'engagement-bait', 'value']).default('ad'),
  phrase: z.string().trim().min(1, 'a phrase needs at least one word').max(200),
  weight: z.number().min(-10).max(10).default(2),
  note: z.string().max(500).default(''),
});
export type CustomPhrase = z.output<typeof customPhraseSchema>;

const perPlatform = <T extends z.ZodType>(schema: T) =>
  z.object(Object.fromEntries(PLATFORMS.map((p) => [p, schema])) as Record<(typeof PLATFORMS)[number], T>);

export const settingsSchema = z.object({
  version: z.literal(1).default(1),
  rules: z.object(ruleShapes).prefault({}),
  phrases: z
    .object({
      custom: z.array(customPhraseSchema).default([]),
      /** Phrases that never count against a post (a product called "Free Spirit"). */
      allowed: z.array(z.string().trim().min(1).max(200)).default([]),
    })
    .prefault({}),
  /** Where PostLint runs. */
  sites: perPlatform(z.boolean().default(true)).prefault({}),
  /** Goals per platform for the weekly summary and the popup. */
  goals: perPlatform(
    z
      .object({
        /** Posts (kind `post`) a week the person aims for; null = no goal. */
        postsPerWeek: z.number().int().min(0).max(1000).nullable().default(null),
        /** Promotions at most this share (0..1) of the week's posts. */
        maxPromoShare: z.number().min(0).max(1).default(0.2),
        /** Minutes a week the person means to spend composing; null = no budget. */
        timeBudgetMinutes: z.number().int().min(0).max(10080).nullable().default(null),
      })
      .prefault({}),
  ).prefault({}),
  /** How weeks are counted in the summary and the popup. */
  week: z
    .object({
      /** 0 = Sunday, 1 = Monday (default, ISO 8601) … 6 = Saturday. */
      firstDay: z.number().int().min(0).max(6).default(1),
      /** IANA time zone such as `Europe/Berlin`; empty = the browser's own. */
      timeZone: z
        .string()
        .max(100)
        .refine((zone) => zone === '' || isTimeZone(zone), { message: 'not a time zone (use an IANA name such as Europe/Berlin)' })
        .default(''),
    })
    .prefault({}),
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

/** The default settings. */
export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}

/** `rules.ad-tone.options.threshold: expected number, received string` */
export function formatIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length ? issue.path.map(String).join('.') : '(settings)';
  return `${path}: ${issue.message}`;
}

/** Strict: valid settings, or the list of problems, each naming its field. */
export function parseSettings(raw: unknown): { ok: true; settings: Settings } | { ok: false; errors: string[] } {
  const result = settingsSchema.safeParse(raw);
  return result.success ? { ok: true, settings: result.data } : { ok: false, errors: result.error.issues.map(formatIssue) };
}

/**
 * Lenient: whatever is valid is kept; each invalid field falls back to its default (an invalid list
 * item is dropped). Returns what was repaired so the UI can say so.
 */
export function loadSettings(raw: unknown): { settings: Settings; repaired: string[] } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: defaultSettings(), repaired: raw === undefined ? [] : ['(settings): not an object'] };
  }
  let value: unknown = structuredClone(raw);
  const repaired: string[] = [];
  // Each pass removes every invalid field zod reports, deepest list items last-first so earlier
  // removals do not shift the indexes of later ones. A pass that removes nothing (an issue whose
  // path cannot be cut) cuts that issue's parent instead, so every pass makes progress and however
  // many fields are invalid, the valid ones are kept.
  for (let pass = 0; pass < MAX_REPAIR_PASSES; pass++) {
    const result = settingsSchema.safeParse(value);
    if (result.success) return { settings: result.data, repaired };
    const { issues } = result.error;
    for (const issue of issues) repaired.push(formatIssue(issue));
    // Two issues in one list item remove that item once.
    const targets = new Map(issues.map((issue) => [JSON.stringify(removalTarget(issue.path)), removalTarget(issue.path)]));
    const before = JSON.stringify(value);
    for (const path of [...targets.values()].sort(comparePathsDescending)) value = removeAt(value, path);
    if (JSON.stringify(value) === before) value = removeAt(value, issues[0].path.slice(0, -1));
  }
  return { settings: settingsSchema.safeParse(value).data ?? defaultSettings(), repaired };
}

/** Passes are bounded by the depth of the schema, not by the number of invalid fields. */
const MAX_REPAIR_PASSES = 32;

/** What goes for an issue at `path`: the field, or the whole list item when the path goes through a list. */
function removalTarget(path: readonly PropertyKey[]): PropertyKey[] {
  const firstIndex = path.findIndex((key) => typeof key === 'number');
  return firstIndex === -1 ? [...path] : path.slice(0, firstIndex + 1);
}

/** Orders paths so that, within one list, higher indexes come first. */
function comparePathsDescending(a: readonly PropertyKey[], b: readonly PropertyKey[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (typeof a[i] === 'number' && typeof b[i] === 'number') return (b[i] as number) - (a[i] as number);
    return String(a[i]) < String(b[i]) ? -1 : 1;
  }
  return b.length - a.length;
}

/** Removes the value at `path` (the field, or the whole list item when the path goes through a list). */
function removeAt(root: unknown, path: readonly PropertyKey[]): unknown {
  if (path.length === 0) return {};
  let node: unknown = root;
  for (let i = 0; i < path.length - 1; i++) {
    if (node === null || typeof node !== 'object') return root;
    if (Array.isArray(node) && typeof path[i] === 'number') {
      node.splice(path[i] as number, 1);
      return root;
    }
    node = (node as Record<PropertyKey, unknown>)[path[i]];
  }
  if (Array.isArray(node)) node.splice(path[path.length - 1] as number, 1);
  else if (node !== null && typeof node === 'object') delete (node as Record<PropertyKey, unknown>)[path[path.length - 1]];
  return root;
}
