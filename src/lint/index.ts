/** Public surface of the lint core. */
export { lint, worstSeverity } from './lint';
export { RULES, ruleById } from './registry';
export type { Rule, Finding, RuleContext } from './rule';
export {
  settingsSchema,
  defaultSettings,
  parseSettings,
  loadSettings,
  customPhraseSchema,
  type Settings,
  type SettingsInput,
  type CustomPhrase,
} from './settings';
export * from './types';
