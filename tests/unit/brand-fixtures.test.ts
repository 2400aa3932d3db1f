import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KINDS, PLATFORMS } from '../../src/lint/types';
import {
  BRAND_POSTS_FILE,
  BRAND_REPEATS_FILE,
  BRAND_SPLITS,
  POST_LABELS,
  readBrandPosts,
  readJsonl,
  readRepeatPairs,
  REPEAT_LABELS,
  REPLY_LABELS,
  brandPostSchema,
} from '../fixtures/brand/records';

const posts = readBrandPosts();
const pairs = readRepeatPairs();

const countBy = <T>(rows: readonly T[], key: (r: T) => string) => {
  const counts: Record<string, number> = {};
  for (const r of rows) counts[key(r)] = (counts[key(r)] ?? 0) + 1;
  return counts;
};

describe('brand development set: posts and replies', () => {
  it('has one valid record on every line', () => {
    const lines = readFileSync(BRAND_POSTS_FILE, 'utf8').split('\n').filter((l) => l.trim());
    expect(posts).toHaveLength(lines.length);
  });

  it('has unique ids and no text twice', () => {
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
    expect(new Set(posts.map((p) => p.text)).size).toBe(posts.length);
  });

  it('covers at least 12 industries, every platform and every kind', () => {
    expect(new Set(posts.map((p) => p.industry)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(posts.map((p) => p.platform))).toEqual(new Set(PLATFORMS));
    expect(new Set(posts.map((p) => p.kind))).toEqual(new Set(KINDS));
  });

  it('has at least the planned number of each label', () => {
    const counts = countBy(posts, (p) => p.label);
    expect(posts.length).toBeGreaterThanOrEqual(420);
    expect(counts.promotion).toBeGreaterThanOrEqual(150);
    expect(counts.value).toBeGreaterThanOrEqual(110);
    expect(counts.empty).toBeGreaterThanOrEqual(45);
    expect(counts.pitch).toBeGreaterThanOrEqual(60);
    expect(counts.genuine).toBeGreaterThanOrEqual(60);
  });

  it('gives both halves every label on every platform', () => {
    const counts = countBy(posts, (p) => `${p.split} ${p.label} ${p.platform}`);
    for (const split of BRAND_SPLITS) {
      for (const label of [...POST_LABELS, ...REPLY_LABELS]) {
        for (const platform of PLATFORMS) expect(counts[`${split} ${label} ${platform}`], `${split} ${label} ${platform}`).toBeGreaterThan(0);
      }
    }
  });

  it('rejects a record whose label does not fit its kind, or a reply off X', () => {
    const row = { id: 'b9999', split: 'tune', industry: 'bakery', platform: 'x', kind: 'post', label: 'pitch', text: 'Hi' };
    expect(brandPostSchema.safeParse(row).success).toBe(false);
    expect(brandPostSchema.safeParse({ ...row, kind: 'reply' }).success).toBe(true);
    expect(brandPostSchema.safeParse({ ...row, kind: 'reply', platform: 'linkedin' }).success).toBe(false);
    expect(brandPostSchema.safeParse({ ...row, label: 'promotion', extra: 1 }).success).toBe(false);
  });

  it('names the file, line and field of a bad record', () => {
    expect(() => readJsonl(BRAND_REPEATS_FILE, brandPostSchema)).toThrow(/repeats\.jsonl:1: /);
  });
});

describe('brand development set: repeated promotions', () => {
  it('has at least 120 valid pairs with unique ids', () => {
    const lines = readFileSync(BRAND_REPEATS_FILE, 'utf8').split('\n').filter((l) => l.trim());
    expect(pairs).toHaveLength(lines.length);
    expect(pairs.length).toBeGreaterThanOrEqual(120);
    expect(new Set(pairs.map((p) => p.id)).size).toBe(pairs.length);
  });

  it('has about 40 of each label and every label in both halves', () => {
    const counts = countBy(pairs, (p) => p.label);
    for (const label of REPEAT_LABELS) expect(counts[label]).toBeGreaterThanOrEqual(40);
    const halves = countBy(pairs, (p) => `${p.split} ${p.label}`);
    for (const split of BRAND_SPLITS) for (const label of REPEAT_LABELS) expect(halves[`${split} ${label}`]).toBeGreaterThan(0);
  });

  it('never pairs a draft with itself', () => {
    expect(pairs.filter((p) => p.draft === p.earlier).map((p) => p.id)).toEqual([]);
  });
});
