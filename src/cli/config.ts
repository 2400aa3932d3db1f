/** Reads `--config settings.json`: strict, because a CLI run should fail loudly on a typo. */
import { defaultSettings, parseSettings, type Settings } from '../lint/settings';
import { describeUnknownKey, unknownSettingsKeys } from '../lint/settings-keys';
import { cliMessage } from './format/terminal-safe';
import { CliError, readInputFile, type CliIO } from './io';
import { parseJson } from './issues';

/**
 * The settings in `path`, validated with `parseSettings`. Invalid settings throw a CliError with one
 * line per problem, each naming the field. Unknown keys (a misspelt option, a rule id this version
 * does not have) are warned about on stderr with the closest known key: zod drops them silently,
 * and a newer extension's export may carry settings this version does not know yet.
 */
export async function loadConfig(io: CliIO, path: string | undefined): Promise<Settings> {
  if (path === undefined) return defaultSettings();
  const json = parseJson(stripBom(await readInputFile(io, path)));
  if (!json.ok) throw new CliError(`${path}: ${json.error}`);
  const result = parseSettings(json.value);
  if (!result.ok) throw new CliError(result.errors.map((e) => `${path}: ${e}`).join('\n'));
  for (const key of unknownSettingsKeys(json.value)) {
    io.stderr(cliMessage(`${path}: ${describeUnknownKey(key)}, ignored`));
  }
  return result.settings;
}

/** Windows editors like to start files with a byte-order mark, which JSON.parse rejects. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
