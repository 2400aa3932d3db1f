/**
 * The public corpora (`../shared/data/*.jsonl`: SMS spam, YouTube comment spam, X posts), one JSON
 * object a line `{id, label, text, platform?}`. ad-tone: promotional (positive) vs organic, linted
 * as posts. cold-pitch: cold_pitch (positive) vs organic, linted as comments.
 */
import { readFileSync } from 'node:fs';
import type { Kind, Platform } from '../../src/lint';
import type { EvalSplit } from './args';
import { lintForEval, warns } from './lint-once';

interface Row {
  id: string;
  label: string;
  text: string;
  platform?: string;
}

/** Figures of one rule on one corpus (the JSON shape `--json` has always printed). */
export interface CorpusMeasure {
  positives: number;
  negatives: number;
  truePositives: number;
  falsePositives: number;
  precision: number | null;
  recall: number | null;
  /** Share of organic texts on which the rule fired. */
  organicFireRate: number | null;
  missed: string[];
  falseAlarms: string[];
}

function measure(rows: readonly Row[], ruleId: string, positive: string, kind: Kind, keep: number): CorpusMeasure {
  const m: CorpusMeasure = { positives: 0, negatives: 0, truePositives: 0, falsePositives: 0, precision: null, recall: null, organicFireRate: null, missed: [], falseAlarms: [] };
  for (const row of rows) {
    if (row.label !== positive && row.label !== 'organic') continue;
    const platform: Platform = row.platform === 'x' ? 'x' : 'facebook';
    const fired = warns(lintForEval({ text: row.text, platform, kind }), ruleId);
    if (row.label === positive) {
      m.positives++;
      if (fired) m.truePositives++;
      else if (m.missed.length < keep) m.missed.push(row.text);
    } else {
      m.negatives++;
      if (fired) {
        m.falsePositives++;
        if (m.falseAlarms.length < keep) m.falseAlarms.push(row.text);
      }
    }
  }
  const flagged = m.truePositives + m.falsePositives;
  m.precision = flagged ? m.truePositives / flagged : null;
  m.recall = m.positives ? m.truePositives / m.positives : null;
  m.organicFireRate = m.negatives ? m.falsePositives / m.negatives : null;
  return m;
}

/** FNV-1a hash of the id: a stable, even split of a corpus into halves. */
function half(id: string): EvalSplit {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 2 === 0 ? 'tune' : 'check';
}

function readRows(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as Row;
      } catch {
        throw new Error(`${file}:${i + 1}: not valid JSON`);
      }
    });
}

/** ad-tone on every corpus, cold-pitch on those that have cold pitches; throws when unreadable. */
export function measureCorpus(file: string, split: EvalSplit | undefined, keep: number): Record<string, CorpusMeasure> {
  const rows = readRows(file).filter((r) => split === undefined || half(String(r.id)) === split);
  const result: Record<string, CorpusMeasure> = { 'ad-tone': measure(rows, 'ad-tone', 'promotional', 'post', keep) };
  if (rows.some((r) => r.label === 'cold_pitch')) result['cold-pitch'] = measure(rows, 'cold-pitch', 'cold_pitch', 'comment', keep);
  return result;
}

const pct = (x: number | null) => (x === null ? '   n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);

/** The readable report of one corpus, as `npm run eval` has always printed it. */
export function formatCorpus(name: string, rules: Record<string, CorpusMeasure>): string {
  const lines = [name];
  for (const [rule, m] of Object.entries(rules)) {
    lines.push(
      `  ${rule.padEnd(11)} precision ${pct(m.precision)}  recall ${pct(m.recall)}  organic fire rate ${pct(m.organicFireRate)}` +
        `  (TP ${m.truePositives}, FP ${m.falsePositives}, positives ${m.positives}, organic ${m.negatives})`,
    );
    for (const t of m.missed) lines.push(`    missed: ${t.slice(0, 140)}`);
    for (const t of m.falseAlarms) lines.push(`    false alarm: ${t.slice(0, 140)}`);
  }
  return lines.join('\n');
}
