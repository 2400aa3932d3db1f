/** Reads `--config settings.json`: strict, because a CLI run should fail loudly on a typo. */
import { RULES } from '../lint/registry';
import { defaultSettings, parseSettings, type Settings } from '../lint/settings';
import { CliError, readInputFile, type CliIO } from './io';
import { parseJson } from './issues';

/**
 * The settings in `path`, validated with `parseSettings`. Invalid settings throw a CliError with one
 * line per problem, each naming the field. Unknown rule ids are only warned about on stderr: zod
 * drops them, and a newer extension's export may name a rule this version does not have yet.
 */
export async function loadConfig(io: CliIO, path: string | undefined): Promise<Settings> {
  if (path === undefined) return defaultSettings();
  const json = parseJson(stripBom(await readInputFile(io, path)));
  if (!json.ok) throw new CliError(`${path}: ${json.error}`);
  const result = parseSettings(json.value);
  if (!result.ok) throw new CliError(result.errors.map((e) => `${path}: ${e}`).join('\n'));
  for (const id of unknownRuleIds(json.value)) {
    io.stderr(`postlint: ${path}: rules.${id}: unknown rule, ignored (known: ${RULES.map((r) => r.id).join(', ')})\n`);
  }
  return result.settings;
}

function unknownRuleIds(raw: unknown): string[] {
  const rules = (raw as { rules?: unknown } | null)?.rules;
  if (rules === null || typeof rules !== 'object') return [];
  const known = new Set(RULES.map((r) => r.id));
  return Object.keys(rules).filter((id) => !known.has(id));
}

/** Windows editors like to start files with a byte-order mark, which JSON.parse rejects. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
