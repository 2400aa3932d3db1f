/**
 * Names the keys of a settings file that no field of the schema matches (`rules.ad-tone.enabeld`),
 * with the closest known key as a "did you mean". zod strips unknown keys silently, so without this
 * a misspelt option would simply have no effect.
 */
import type { z } from 'zod';
import { settingsSchema } from './settings';

/** A key the schema does not know, where it is, and the likeliest intended key. */
export interface UnknownKey {
  path: string;
  suggestion?: string;
}

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object or array schema under defaults, prefaults, nullables and pipes. */
function structural(schema: z.ZodType): Def {
  let def = defOf(schema);
  for (let depth = 0; depth < 20 && (def.innerType || (def.type === 'pipe' && def.in)); depth++) {
    def = defOf((def.innerType ?? def.in) as z.ZodType);
  }
  return def;
}

/** Edit distance, capped: keys are short and only near misses make a suggestion. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

function closest(key: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function walk(schema: z.ZodType, value: unknown, path: string, out: UnknownKey[]): void {
  if (out.length >= 100 || value === null || typeof value !== 'object') return;
  const def = structural(schema);
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    value.forEach((item, i) => walk(def.element as z.ZodType, item, `${path}[${i}]`, out));
    return;
  }
  if (def.type !== 'object' || !def.shape || Array.isArray(value)) return;
  const known = Object.keys(def.shape);
  for (const [key, child] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    // Own keys only: "__proto__" or "constructor" in a settings file are unknown keys, not the shape's prototype.
    if (Object.hasOwn(def.shape, key)) walk(def.shape[key], child, at, out);
    else out.push({ path: at, suggestion: closest(key, known) });
  }
}

/** Every unknown key in `raw` (at most 100), checked against the settings schema. */
export function unknownSettingsKeys(raw: unknown): UnknownKey[] {
  const out: UnknownKey[] = [];
  walk(settingsSchema, raw, '', out);
  return out;
}

/** `rules.ad-tone.enabeld: unknown setting (did you mean "enabled"?)` */
export function describeUnknownKey({ path, suggestion }: UnknownKey): string {
  return `${path}: unknown setting${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`;
}
