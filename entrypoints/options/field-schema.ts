/**
 * Forms generated from the settings' zod schemas: the schema as JSON Schema (zod's own
 * `z.toJSONSchema`) tells each field's kind and bounds, and the zod schema itself validates a
 * candidate value, so the page refuses exactly what `parseSettings` would, with zod's message.
 */
import { z } from 'zod';
import { settingsSchema, type Settings } from '../../src/lint/settings';

/** The part of JSON Schema that `z.toJSONSchema` emits for the settings. */
export interface JsonSchemaNode {
  type?: string;
  anyOf?: JsonSchemaNode[];
  enum?: unknown[];
  properties?: Record<string, JsonSchemaNode>;
  minimum?: number;
  maximum?: number;
  default?: unknown;
}

/** One generated field. */
export type FieldSpec =
  | { kind: 'number'; integer: boolean; nullable: boolean; min?: number; max?: number; fallback?: number }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'object'; fields: [string, FieldSpec][] }
  | { kind: 'unsupported' };

let settingsJsonSchema: JsonSchemaNode | null = null;

/** The JSON Schema node at `path` of the settings (`['rules', 'ad-tone', 'options']`). */
export function schemaAt(path: readonly string[]): JsonSchemaNode {
  settingsJsonSchema ??= z.toJSONSchema(settingsSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;
  let node = settingsJsonSchema;
  for (const key of path) node = node.properties?.[key] ?? {};
  return node;
}

/** Turns a JSON Schema node into the field to show. */
export function fieldSpec(node: JsonSchemaNode): FieldSpec {
  const variants = node.anyOf ?? [node];
  const nullable = variants.some((v) => v.type === 'null');
  const main = variants.find((v) => v.type !== 'null') ?? {};
  if (main.type === 'number' || main.type === 'integer') {
    const fallback = typeof node.default === 'number' ? node.default : typeof main.minimum === 'number' ? main.minimum : 0;
    return { kind: 'number', integer: main.type === 'integer', nullable, min: main.minimum, max: main.maximum, fallback };
  }
  if (main.type === 'boolean') return { kind: 'boolean' };
  if (main.enum && main.enum.every((v) => typeof v === 'string')) return { kind: 'enum', values: main.enum as string[] };
  if (main.type === 'object' && main.properties) {
    return { kind: 'object', fields: Object.entries(main.properties).map(([key, child]) => [key, fieldSpec(child)]) };
  }
  return { kind: 'unsupported' };
}

const LABELS: Record<string, string> = {
  x: 'X',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  perDay: 'Posts a day at most',
  perWeek: 'Posts a week at most',
  postsPerWeek: 'Posts a week (goal)',
  maxPromoShare: 'Promotional share at most (0–1)',
  maxShare: 'Promotional share at most (0–1)',
  timeBudgetMinutes: 'Time budget (minutes a week)',
  windowDays: 'Window (days)',
  post: 'Posts',
  comment: 'Comments and replies',
  max: 'Hashtags at most',
};

/** A readable label for a field key (`minSelfReferences` → "Min self references"). */
export function labelFor(key: string): string {
  if (LABELS[key]) return LABELS[key];
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The value at `path` of `root`. */
export function valueAt(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const key of path) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/**
 * Zod's message when `value` at `path` would make `settings` invalid, or null when it is fine.
 * Only issues at that field count: the rest of the settings are already valid.
 */
export function problemAt(settings: Settings, path: readonly string[], value: unknown): string | null {
  const candidate = structuredClone(settings) as Record<string, unknown>;
  let node = candidate;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1]] = value;
  const result = settingsSchema.safeParse(candidate);
  if (result.success) return null;
  const here = result.error.issues.find((issue) => issue.path.length >= path.length && path.every((key, i) => String(issue.path[i]) === key));
  return here ? here.message : null;
}
