/**
 * Deterministic synthetic social posts for the benchmark: a seeded PRNG picks from small word pools
 * and templates, so every run measures the same texts and no real posts are needed.
 */
import type { HistoryPost, Platform } from '../../src/lint';

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG; `next()` is in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

const PRODUCTS = ['sourdough loaves', 'running shoes', 'winter jackets', 'espresso beans', 'yoga mats', 'desk lamps', 'gift cards', 'ceramic mugs', 'wool scarves', 'herbal teas', 'bike repairs', 'wedding cakes', 'garden tools', 'leather bags', 'kids books', 'phone cases'];
const PLACES = ['the bakery', 'our workshop', 'the studio', 'the farmers market', 'our warehouse', 'the office', 'the pop-up shop', 'the trade fair', 'our kitchen', 'the repair bench'];
const TOPICS = ['pricing', 'hiring', 'customer service', 'packaging', 'sourcing', 'remote work', 'bookkeeping', 'design', 'shipping', 'suppliers', 'newsletters', 'returns'];
const PEOPLE = ['Sam', 'Priya', 'Jonas', 'Maria', 'Kofi', 'Lena', 'Tom', 'Aiko', 'our intern', 'a regular customer', 'my co-founder', 'the new apprentice'];
const VERBS = ['learned', 'tried', 'noticed', 'fixed', 'changed', 'tested', 'measured', 'rebuilt', 'simplified', 'questioned'];
const THINGS = ['the way we label orders', 'our morning routine', 'how we answer emails', 'the layout of the shelves', 'our delivery schedule', 'the checkout page', 'the onboarding checklist', 'how we pack fragile items', 'the weekly planning meeting', 'our supplier contracts'];
const RESULTS = ['and it saved us an hour a day', 'and customers noticed right away', 'and nothing broke, to our surprise', 'but it took three attempts', 'and we are not going back', 'and the team loves it', 'but the numbers are still unclear', 'and complaints dropped by half'];
const ASKS = ['What would you try?', 'How do you handle this?', 'Any tips?', 'Tell us in the comments.', 'Has this happened to you?', 'Which one would you pick?', ''];
const TAGS = ['#smallbusiness', '#shoplocal', '#behindthescenes', '#tips', '#makers', '#team', '#craft', ''];

const sentence = (r: () => number) =>
  `${pick(r, ['This week', 'Yesterday', 'Last month', 'Today', 'On Monday', 'After the holidays'])} ${pick(r, PEOPLE)} ${pick(r, VERBS)} ${pick(r, THINGS)} at ${pick(r, PLACES)}, ${pick(r, RESULTS)}.`;

const ORGANIC = [
  (r: () => number) => `${sentence(r)} ${pick(r, ASKS)}`,
  (r: () => number) => `Three things we learned about ${pick(r, TOPICS)} this year. ${sentence(r)} ${pick(r, TAGS)}`,
  (r: () => number) => `Quick tip on ${pick(r, TOPICS)}: ${pick(r, VERBS).replace(/ed$/, '')} ${pick(r, THINGS)} before you decide. ${pick(r, ASKS)}`,
  (r: () => number) => `What is your favourite way to use ${pick(r, PRODUCTS)}? ${sentence(r)}`,
  (r: () => number) => `Meet ${pick(r, PEOPLE)}, who has looked after ${pick(r, PRODUCTS)} at ${pick(r, PLACES)} for ${Math.floor(r() * 20) + 1} years. ${pick(r, TAGS)}`,
];
const PROMO = [
  (r: () => number) => `${Math.floor(r() * 6 + 1) * 5}% OFF ${pick(r, PRODUCTS)} TODAY ONLY! Shop now at https://shop.example.com/${Math.floor(r() * 1e6)}`,
  (r: () => number) => `FLASH SALE: buy one get one free on all ${pick(r, PRODUCTS)} this weekend. Limited stock, order now!`,
  (r: () => number) => `Don't miss out! Free shipping on ${pick(r, PRODUCTS)} over $${Math.floor(r() * 90) + 10}. Use code SAVE${Math.floor(r() * 90) + 10}.`,
  (r: () => number) => `New in: ${pick(r, PRODUCTS)} and ${pick(r, PRODUCTS)}, ${Math.floor(r() * 4 + 1) * 10}% off for subscribers until ${pick(r, ['Friday', 'Sunday', 'the end of the month'])}. ${pick(r, TAGS)}`,
];

/** One post's text of about `length` characters (promotional with probability `promoShare`). */
export function syntheticText(rnd: () => number, length: number, promoShare = 0.25): string {
  let text = (rnd() < promoShare ? pick(rnd, PROMO) : pick(rnd, ORGANIC))(rnd);
  while (text.length < length) text += ' ' + sentence(rnd);
  const cut = text.lastIndexOf(' ', length);
  return text.length > length ? text.slice(0, cut > 0 ? cut : length) : text;
}

const PLATFORMS: readonly Platform[] = ['x', 'x', 'facebook', 'linkedin'];

/**
 * `count` published posts spread over the 90 days before `now`: mixed platforms, about a quarter
 * promotional, one in ten a reply or comment, lengths around 200 characters.
 */
export function syntheticHistory(count: number, now: number, seed = 1): HistoryPost[] {
  const rnd = seededRandom(seed);
  const posts: HistoryPost[] = [];
  for (let i = 0; i < count; i++) {
    const platform = pick(rnd, PLATFORMS);
    const kind = rnd() < 0.1 ? (platform === 'x' ? 'reply' : 'comment') : 'post';
    const publishedAt = new Date(now - Math.floor(rnd() * 90 * 86_400_000)).toISOString();
    posts.push({ text: syntheticText(rnd, 120 + Math.floor(rnd() * 160)), platform, kind, publishedAt });
  }
  return posts;
}
