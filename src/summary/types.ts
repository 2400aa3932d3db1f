/** The weekly summary's input and output shapes (the summary page's data and the CLI's JSON). */
import type { Kind, Platform, Severity } from '../lint/index';

/** A published post as the summary reads it: a stored history record, or a CLI history line. */
export interface SummaryPost {
  text: string;
  platform: Platform;
  kind: Kind;
  publishedAt: string;
  /** Severity as stored: a newer version may write one this version does not know (read as shown). */
  diagnostics?: readonly { ruleId: string; severity: Severity | (string & {}) }[];
  heeded?: boolean;
  composingMs?: number;
  engagement?: { likes?: number; reposts?: number; comments?: number };
}

export type PerPlatform<T> = Record<Platform, T>;

/** One local day of the week. */
export interface DaySummary {
  date: string;
  /** Published items (all kinds) per platform. */
  byPlatform: PerPlatform<number>;
  total: number;
}

/** A platform's week against the person's goals. */
export interface PlatformGoals {
  /** Items of kind `post`. */
  posts: number;
  postsGoal: number | null;
  promotions: number;
  /** Promotions / posts; null without posts. */
  promoShare: number | null;
  maxPromoShare: number;
  composingMinutes: number;
  /** Items with a recorded composing time (imported posts have none). */
  timedItems: number;
  timeBudgetMinutes: number | null;
}

/** Warnings a rule raised on published items, and on how many of those the person acted. */
export interface RuleWarnings {
  ruleId: string;
  name: string;
  /** Published items on which the rule warned (warning or error). */
  shown: number;
  /** Of those, items published after the person edited in response (`heeded`). */
  heeded: number;
}

export interface RepeatedPromotion {
  text: string;
  publishedAt: string;
  platform: Platform;
  /** The earlier post of the week it repeats. */
  earlierText: string;
  earlierPublishedAt: string | null;
}

export interface FlaggedPhrase {
  /** The flagged words as written the first time. */
  phrase: string;
  count: number;
  ruleIds: string[];
}

export interface HeatmapCell {
  /** Day of the week, 0 = the week's first day. */
  day: number;
  hour: number;
  count: number;
  /** Mean likes + reposts + comments of the slot's items that carry counts; null when none do. */
  averageEngagement: number | null;
}

/** Totals of the week before, for trends. */
export interface PreviousWeek {
  weekStart: string;
  postsTotal: number;
  daysPosted: number;
  promoShare: number | null;
}

export interface WeekSummary {
  weekStart: string;
  /** The week's last day (inclusive). */
  weekEnd: string;
  timeZone: string;
  /** Length of the week in hours: 168, or 167/169 across a daylight-saving change. */
  hours: number;
  /** True when nothing was published in the week. */
  empty: boolean;
  posts: { total: number; byPlatform: PerPlatform<number>; byKind: Record<Kind, number> };
  perDay: DaySummary[];
  daysPosted: number;
  /** Days of the week counted for consistency: 7, or fewer for the current week (days still to come are left out). */
  daysCounted: number;
  /** Longest run of counted days without any item, within the week only. */
  longestSilenceDays: number;
  conversationShare: number | null;
  promotions: number;
  promoShare: number | null;
  byPlatform: PerPlatform<PlatformGoals>;
  composingMinutes: number;
  warnings: { itemsWarned: number; itemsHeeded: number; shown: number; byRule: RuleWarnings[] };
  repeatedPromotions: RepeatedPromotion[];
  flaggedPhrases: FlaggedPhrase[];
  /** 7 × 24 cells, day-major. */
  heatmap: HeatmapCell[];
  previous: PreviousWeek;
  advice: string[];
}
