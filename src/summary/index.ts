/** Public surface of the weekly summary (pure: the summary page, the popup and the CLI use it). */
export { summarizeWeek, type SummaryOptions } from './summarize-week';
export { shareInWords } from './advice';
export { dayLabel, percentLabel, weekLabel } from './labels';
export { dayBoundaries } from './week';
export { addDays, isCalendarDate, localDateAndHour, nextWeekStart, previousWeekStart, resolveTimeZone, startOfLocalDay, weekStartFor, weekdayOf } from './week';
export type * from './types';
