/** Every rule, in the order they run. A test checks each rule file is listed here. */
import type { Rule } from './rule';
import { adTone } from './rules/ad-tone';
import { duplicatePromotion } from './rules/duplicate-promotion';
import { audienceValue } from './rules/audience-value';
import { postingFrequency } from './rules/posting-frequency';
import { promoRatio } from './rules/promo-ratio';
import { coldPitch } from './rules/cold-pitch';
import { engagementBait } from './rules/engagement-bait';
import { shouting } from './rules/shouting';
import { hashtagStuffing } from './rules/hashtag-stuffing';
import { emptyPost } from './rules/empty-post';
import { lengthLimit } from './rules/length-limit';

export const RULES: readonly Rule[] = [
  adTone as unknown as Rule,
  duplicatePromotion as unknown as Rule,
  audienceValue as unknown as Rule,
  postingFrequency as unknown as Rule,
  promoRatio as unknown as Rule,
  coldPitch as unknown as Rule,
  engagementBait as unknown as Rule,
  shouting as unknown as Rule,
  hashtagStuffing as unknown as Rule,
  emptyPost as unknown as Rule,
  lengthLimit as unknown as Rule,
];

/** The rule with this id, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
