/** One labelled case after linting, and the figures that sum such cases up. */
import type { BrandSplit } from '../../tests/fixtures/brand/records';

/** A case of the brand set, judged against one rule. */
export interface Outcome {
  id: string;
  split: BrandSplit;
  platform: string;
  text: string;
  /** The label says the rule should fire. */
  positive: boolean;
  fired: boolean;
  /** How strongly the rule leaned to firing (its score, a similarity): ranks the worst mistakes. */
  strength: number;
}

/** Precision and recall of one rule on one half. */
export interface BinaryFigures {
  positives: number;
  negatives: number;
  truePositives: number;
  falsePositives: number;
  precision: number | null;
  recall: number | null;
}

export function binaryFigures(outcomes: readonly Outcome[]): BinaryFigures {
  let positives = 0;
  let truePositives = 0;
  let falsePositives = 0;
  for (const o of outcomes) {
    if (o.positive) positives++;
    if (o.fired && o.positive) truePositives++;
    if (o.fired && !o.positive) falsePositives++;
  }
  const flagged = truePositives + falsePositives;
  return {
    positives,
    negatives: outcomes.length - positives,
    truePositives,
    falsePositives,
    precision: flagged ? truePositives / flagged : null,
    recall: positives ? truePositives / positives : null,
  };
}

/** A mistake worth reading: which case, where, and how far the rule was from the right answer. */
export interface Mistake {
  id: string;
  split: BrandSplit;
  platform: string;
  strength: number;
  text: string;
}

export interface Mistakes {
  /** Should have fired, did not; weakest first (furthest from firing). */
  missed: Mistake[];
  /** Fired, should not have; strongest first. */
  falseAlarms: Mistake[];
}

const asMistake = ({ id, split, platform, strength, text }: Outcome): Mistake => ({ id, split, platform, strength, text });

/** The `keep` worst misses and false alarms; ties keep the set's order, so the output is stable. */
export function worstMistakes(outcomes: readonly Outcome[], keep: number): Mistakes {
  const missed = outcomes.filter((o) => o.positive && !o.fired).sort((a, b) => a.strength - b.strength);
  const falseAlarms = outcomes.filter((o) => !o.positive && o.fired).sort((a, b) => b.strength - a.strength);
  return { missed: missed.slice(0, keep).map(asMistake), falseAlarms: falseAlarms.slice(0, keep).map(asMistake) };
}
