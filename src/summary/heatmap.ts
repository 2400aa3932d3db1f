/** When posts go out: a day × local-hour grid of counts, with average engagement where known. */
import type { TimedPost } from './lint-insights';
import type { HeatmapCell } from './types';
import { localDateAndHour } from './week';

/** 7 × 24 cells (day-major; day 0 is the week's first day) for the week's items. */
export function heatmapOf(week: readonly TimedPost[], bounds: readonly number[], timeZone: string): HeatmapCell[] {
  const cells: HeatmapCell[] = [];
  for (let day = 0; day < 7; day++) for (let hour = 0; hour < 24; hour++) cells.push({ day, hour, count: 0, averageEngagement: null });
  const engagementSums = new Float64Array(cells.length);
  const engagementCounts = new Uint32Array(cells.length);
  // The zone's offset changes at most a couple of times a week: one lookup per quarter hour is plenty.
  const hours = new Map<number, number>();
  for (const { post, at } of week) {
    let day = 0;
    while (day < 6 && at >= bounds[day + 1]) day++;
    const quarter = Math.floor(at / 900_000);
    let hour = hours.get(quarter);
    if (hour === undefined) hours.set(quarter, (hour = localDateAndHour(at, timeZone).hour));
    const index = day * 24 + hour;
    cells[index].count++;
    const e = post.engagement;
    if (e && (e.likes !== undefined || e.reposts !== undefined || e.comments !== undefined)) {
      engagementSums[index] += (e.likes ?? 0) + (e.reposts ?? 0) + (e.comments ?? 0);
      engagementCounts[index]++;
    }
  }
  for (let i = 0; i < cells.length; i++) if (engagementCounts[i] > 0) cells[i].averageEngagement = engagementSums[i] / engagementCounts[i];
  return cells;
}
