/**
 * Settings files: export writes exactly what the CLI reads with `--config` (the validated
 * settings); import is strict — every problem named by its field, unknown keys named too (with a
 * "did you mean" for a misspelling), and nothing saved unless the whole file is right.
 */
import { compareTwoStrings } from 'string-similarity';
import { parseSettings, type Settings } from '../../src/lint/settings';
import { schemaAt, type JsonSchemaNode } from './field-schema';

/** The settings as the file to download (2-space JSON with a final newline). */
export function settingsFileText(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

export type SettingsFileResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** Reads a settings file's text. */
export function readSettingsFile(text: string): SettingsFileResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, errors: [`the file is not JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const unknown = unknownKeys(raw, schemaAt([]), []);
  const parsed = parseSettings(raw);
  const errors = [...(parsed.ok ? [] : parsed.errors), ...unknown];
  return errors.length || !parsed.ok ? { ok: false, errors } : { ok: true, settings: parsed.settings };
}

/** `rules.ad-tone.treshold: unknown setting; did you mean "threshold"?` for each key the schema lacks. */
function unknownKeys(value: unknown, node: JsonSchemaNode, path: string[]): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const object = (node.anyOf ?? [node]).find((v) => v.properties);
  if (!object?.properties) return [];
  const known = Object.keys(object.properties);
  const problems: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    const where = [...path, key].join('.');
    if (object.properties[key]) {
      problems.push(...unknownKeys(child, object.properties[key], [...path, key]));
      continue;
    }
    const guess = closest(key, known);
    problems.push(`${where}: unknown setting${guess ? `; did you mean "${guess}"?` : ` (known here: ${known.join(', ')})`}`);
  }
  return problems;
}

function closest(key: string, known: string[]): string | null {
  let best: string | null = null;
  let score = 0.5;
  for (const candidate of known) {
    const s = compareTwoStrings(key.toLowerCase(), candidate.toLowerCase());
    if (s > score) [best, score] = [candidate, s];
  }
  return best;
}
