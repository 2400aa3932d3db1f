/**
 * A believable history for the summary and popup pages: a small shop's last weeks on three
 * platforms (offers, a repeated sale, tips, replies and comments, writing times, warnings heeded
 * and not, engagement on imported posts), plus a large one for the bench. Pure: no browser.
 */
import { addDays, startOfLocalDay } from '../../../src/summary/index';

export interface SeedRecord {
  id: string;
  text: string;
  platform: 'x' | 'facebook' | 'linkedin';
  kind: 'post' | 'reply' | 'comment';
  publishedAt: string;
  diagnostics: { ruleId: string; severity: 'info' | 'warning' | 'error' }[];
  heeded: boolean;
  composingMs?: number;
  engagement?: { likes?: number; reposts?: number; comments?: number };
  source: 'extension' | 'import';
}

/** The time zone the seeded settings use (so the pictures do not depend on the machine's). */
export const SEED_TIME_ZONE = 'Europe/Berlin';

/** Settings that go with the seeded history: goals and a writing-time budget to compare against. */
export const SEED_SETTINGS = {
  week: { timeZone: SEED_TIME_ZONE, firstDay: 1 },
  goals: { linkedin: { postsPerWeek: 3, timeBudgetMinutes: 30 }, x: { postsPerWeek: 7, timeBudgetMinutes: 60 } },
};

const SALE = 'FLASH SALE 40% OFF every candle today only, shop now at our store!';
const WEEK: [day: number, hour: number, text: string, platform: SeedRecord['platform'], kind: SeedRecord['kind'], extra?: Partial<SeedRecord>][] = [
  [0, 8, 'How we pour a candle that burns evenly: three tips from our workshop.', 'x', 'post', { composingMs: 9 * 60_000 }],
  [0, 12, SALE, 'x', 'post', { composingMs: 3 * 60_000, diagnostics: [{ ruleId: 'ad-tone', severity: 'warning' }] }],
  [0, 19, 'Thanks Maria! The lavender one is our favourite too.', 'x', 'reply', { composingMs: 60_000 }],
  [1, 9, 'FLASH SALE 40% OFF every candle today only, shop now at our stor!', 'x', 'post', { composingMs: 2 * 60_000, diagnostics: [{ ruleId: 'ad-tone', severity: 'warning' }, { ruleId: 'duplicate-promotion', severity: 'warning' }] }],
  [1, 10, 'What small shops taught us about pricing handmade goods, after five years at the market.', 'linkedin', 'post', { composingMs: 28 * 60_000, diagnostics: [{ ruleId: 'hashtag-stuffing', severity: 'warning' }], heeded: true }],
  [3, 18, 'Our winter market stall: come and say hello on Saturday, we would love to meet you.', 'facebook', 'post', { engagement: { likes: 24, comments: 5 }, source: 'import' }],
  [3, 20, 'Great point, Tom: we saw the same with seasonal scents.', 'linkedin', 'comment', { composingMs: 6 * 60_000 }],
  [4, 7, 'Buy now: 30% off gift sets, limited time only, order today!', 'facebook', 'post', { engagement: { likes: 3 }, source: 'import' }],
  [4, 12, 'Which scent should we bring back for December? Tell us below.', 'x', 'post', { composingMs: 4 * 60_000 }],
  [4, 13, 'Ha, cinnamon it is then!', 'x', 'reply', { composingMs: 30_000 }],
];

/** The seeded week's records, the week starting on `weekStart` (Monday) in SEED_TIME_ZONE, and a few the week before. */
export function seedWeek(weekStart: string): SeedRecord[] {
  const at = (date: string, hour: number) => new Date(startOfLocalDay(date, SEED_TIME_ZONE) + hour * 3_600_000).toISOString();
  const records: SeedRecord[] = WEEK.map(([day, hour, text, platform, kind, extra], i) => ({
    id: `seed-${i}`,
    text,
    platform,
    kind,
    publishedAt: at(addDays(weekStart, day), hour),
    diagnostics: [],
    heeded: false,
    source: 'extension',
    ...extra,
  }));
  for (let i = 0; i < 4; i++) {
    records.push({ id: `seed-prev-${i}`, text: `Behind the scenes, part ${i + 1}: how we test a new scent.`, platform: 'x', kind: 'post', publishedAt: at(addDays(weekStart, -7 + i * 2), 10), diagnostics: [], heeded: false, source: 'extension' });
  }
  return records.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
}

const BULK_TEXTS = [
  'A tip for the weekend: trim the wick before you light the candle.',
  'FLASH SALE 20% OFF all candles today only, shop now!',
  'Thanks for the kind words, it made our day.',
  'New in the shop: a pine and cedar candle for the colder months.',
  'What do you light first when winter comes? Tell us.',
];

/** `count` records spread over the weeks up to `until` (about 40 a week: 10,000 reach back five years). */
export function bulkHistory(count: number, until: number): SeedRecord[] {
  const step = Math.round((7 * 86_400_000) / 40);
  return Array.from({ length: count }, (_, i) => ({
    id: `bulk-${i}`,
    text: `${BULK_TEXTS[i % BULK_TEXTS.length]} #${i}`,
    platform: (['x', 'facebook', 'linkedin'] as const)[i % 3],
    kind: i % 4 === 3 ? 'reply' : 'post',
    publishedAt: new Date(until - (count - i) * step).toISOString(),
    diagnostics: i % 5 === 1 ? [{ ruleId: 'ad-tone', severity: 'warning' }] : [],
    heeded: i % 10 === 1,
    composingMs: 60_000 + (i % 7) * 30_000,
    source: 'extension',
  }));
}
