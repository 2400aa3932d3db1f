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
/** Whether a published text reads as a promotion (the summary's and the popup's promotional share). */
export { promotionOfText } from './analysis';
export { isPromotional, type PromotionScore } from './promotion';
