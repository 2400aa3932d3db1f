/**
 * The brand development set (`tests/fixtures/brand/`) measured rule by rule, on each half and on
 * both together. ad-tone on posts (positive: promotion), cold-pitch on replies and comments
 * (positive: pitch), audience-value with empty-post on empty posts vs value posts, and
 * duplicate-promotion on earlier/draft pairs.
 */
import { compareTwoStrings } from 'string-similarity';
import { promotionOfText, type Diagnostic } from '../../src/lint';
import { BRAND_SPLITS, HOLDOUT_SPLIT, type BrandPost, type BrandSplit, type RepeatPair } from '../../tests/fixtures/brand/records';
import type { EvalSplit } from './args';
import { EVAL_NOW, EVAL_SETTINGS, lintForEval, reports, warns } from './lint-once';
import { binaryFigures, worstMistakes, type BinaryFigures, type Mistakes, type Outcome } from './outcomes';

const DAY = 86_400_000;

/** Empty posts caught, and value posts wrongly flagged, by each rule and by either. */
export interface AudienceFigures {
  empty: number;
  value: number;
  caught: { audienceValue: number; emptyPost: number; either: number };
  valueFlagged: { audienceValue: number; emptyPost: number; either: number };
}

export interface RightOfTotal {
  right: number;
  total: number;
}

/** The figures of one half (or of both). */
export interface HalfFigures {
  'ad-tone': BinaryFigures;
  'cold-pitch': BinaryFigures;
  'audience-value': AudienceFigures;
  'duplicate-promotion': Record<RepeatPair['label'] | 'all', RightOfTotal>;
}

export type HalfName = BrandSplit | 'both';
export const MEASURED_RULES = ['ad-tone', 'cold-pitch', 'audience-value', 'duplicate-promotion'] as const;

export interface BrandReport {
  posts: number;
  pairs: number;
  halves: Partial<Record<HalfName, HalfFigures>>;
  /** The worst mistakes per rule, over the measured halves; only with `--misses`. */
  mistakes?: Record<(typeof MEASURED_RULES)[number], Mistakes>;
}

interface Judged {
  adTone: Outcome[];
  coldPitch: Outcome[];
  audienceValue: Outcome[];
  emptyPost: Outcome[];
  either: Outcome[];
  duplicate: (Outcome & { label: RepeatPair['label'] })[];
}

/** The score in a diagnostic's evidence ("score 3.5 (threshold 4): …"), else 0. */
function evidenceScore(diagnostics: readonly Diagnostic[], ruleId: string): number {
  const d = diagnostics.find((x) => x.ruleId === ruleId);
  const m = d && /score (-?\d+(?:\.\d+)?)/.exec(`${d.evidence ?? ''} ${d.details ?? ''}`);
  return m ? Number(m[1]) : 0;
}

function judge(posts: readonly BrandPost[], pairs: readonly RepeatPair[]): Judged {
  const j: Judged = { adTone: [], coldPitch: [], audienceValue: [], emptyPost: [], either: [], duplicate: [] };
  for (const row of posts) {
    const d = lintForEval({ text: row.text, platform: row.platform, kind: row.kind });
    const base = { id: row.id, split: row.split, platform: row.platform, text: row.text };
    if (row.kind === 'post') {
      j.adTone.push({ ...base, positive: row.label === 'promotion', fired: warns(d, 'ad-tone'), strength: promotionOfText(row.text, EVAL_SETTINGS).score });
    } else {
      j.coldPitch.push({ ...base, positive: row.label === 'pitch', fired: warns(d, 'cold-pitch'), strength: evidenceScore(d, 'cold-pitch') });
    }
    if (row.label !== 'empty' && row.label !== 'value') continue;
    const positive = row.label === 'empty';
    const av = reports(d, 'audience-value');
    const ep = reports(d, 'empty-post');
    j.audienceValue.push({ ...base, positive, fired: av, strength: Number(av) });
    j.emptyPost.push({ ...base, positive, fired: ep, strength: Number(ep) });
    j.either.push({ ...base, positive, fired: av || ep, strength: Number(av) + Number(ep) });
  }
  const publishedAt = new Date(EVAL_NOW - DAY).toISOString();
  for (const pair of pairs) {
    const history = [{ text: pair.earlier, platform: pair.platform, kind: 'post' as const, publishedAt }];
    const d = lintForEval({ text: pair.draft, platform: pair.platform, kind: 'post' }, history);
    j.duplicate.push({
      id: pair.id,
      split: pair.split,
      platform: pair.platform,
      text: `${pair.draft}  ⟵ earlier: ${pair.earlier}`,
      label: pair.label,
      positive: pair.label !== 'different',
      fired: warns(d, 'duplicate-promotion'),
      // Dice on the lower-cased texts: how alike the pair looks before any normalising.
      strength: Math.round(compareTwoStrings(pair.draft.toLowerCase(), pair.earlier.toLowerCase()) * 100) / 100,
    });
  }
  return j;
}

function figuresOf(j: Judged): HalfFigures {
  const av = binaryFigures(j.audienceValue);
  const ep = binaryFigures(j.emptyPost);
  const either = binaryFigures(j.either);
  const rightOf = (cases: Judged['duplicate']): RightOfTotal => ({ right: cases.filter((c) => c.fired === c.positive).length, total: cases.length });
  return {
    'ad-tone': binaryFigures(j.adTone),
    'cold-pitch': binaryFigures(j.coldPitch),
    'audience-value': {
      empty: either.positives,
      value: either.negatives,
      caught: { audienceValue: av.truePositives, emptyPost: ep.truePositives, either: either.truePositives },
      valueFlagged: { audienceValue: av.falsePositives, emptyPost: ep.falsePositives, either: either.falsePositives },
    },
    'duplicate-promotion': {
      repeat: rightOf(j.duplicate.filter((c) => c.label === 'repeat')),
      paraphrase: rightOf(j.duplicate.filter((c) => c.label === 'paraphrase')),
      different: rightOf(j.duplicate.filter((c) => c.label === 'different')),
      all: rightOf(j.duplicate),
    },
  };
}

function only(j: Judged, keep: (o: Outcome) => boolean): Judged {
  return {
    adTone: j.adTone.filter(keep),
    coldPitch: j.coldPitch.filter(keep),
    audienceValue: j.audienceValue.filter(keep),
    emptyPost: j.emptyPost.filter(keep),
    either: j.either.filter(keep),
    duplicate: j.duplicate.filter(keep),
  };
}

/** Lints every case once and sums up each half; with `split`, only that half. */
export function measureBrandSet(posts: readonly BrandPost[], pairs: readonly RepeatPair[], split: EvalSplit | undefined, keep: number): BrandReport {
  const all = judge(posts, pairs);
  const report: BrandReport = { posts: posts.length, pairs: pairs.length, halves: {} };
  for (const half of [...BRAND_SPLITS, HOLDOUT_SPLIT] as const) {
    const rows = only(all, (o) => o.split === half);
    if ((split === undefined || split === half) && rows.adTone.length + rows.duplicate.length > 0) report.halves[half] = figuresOf(rows);
  }
  if (split === undefined) report.halves.both = figuresOf(only(all, (o) => o.split !== HOLDOUT_SPLIT));
  if (keep > 0) {
    const seen = split === undefined ? only(all, (o) => o.split !== HOLDOUT_SPLIT) : only(all, (o) => o.split === split);
    report.mistakes = {
      'ad-tone': worstMistakes(seen.adTone, keep),
      'cold-pitch': worstMistakes(seen.coldPitch, keep),
      'audience-value': worstMistakes(seen.either, keep),
      'duplicate-promotion': worstMistakes(seen.duplicate, keep),
    };
  }
  return report;
}
