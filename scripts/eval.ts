/**
 * Detection quality on labelled corpora (one JSON object a line: {id, label, text, platform?}).
 *
 *   npm run eval -- ../shared/data/sms.jsonl ../shared/data/youtube-comments.jsonl [--json] [--misses N] [--split dev|test]
 *
 * `--split` keeps one half of each file (by a hash of the row id), so phrase lists can be tuned on
 * `dev` and checked on `test`, texts the tuning never saw.
 *
 * ad-tone: promotional (positive) vs organic, linted as posts. cold-pitch: cold_pitch (positive) vs
 * organic, linted as comments. A rule "fires" when it reports at warning level or above.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { defaultSettings, lint, type Kind, type Platform } from '../src/lint';

interface Row {
  id: string;
  label: string;
  text: string;
  platform?: string;
}

interface Measure {
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

const settings = defaultSettings();
const NOW = Date.parse('2026-11-24T12:00:00Z');

function fires(ruleId: string, text: string, platform: Platform, kind: Kind): boolean {
  return lint({ text, platform, kind }, { now: NOW, history: [] }, settings).some(
    (d) => d.ruleId === ruleId && d.severity !== 'info',
  );
}

function measure(rows: Row[], ruleId: string, positive: string, kind: Kind, keep: number): Measure {
  const m: Measure = { positives: 0, negatives: 0, truePositives: 0, falsePositives: 0, precision: null, recall: null, organicFireRate: null, missed: [], falseAlarms: [] };
  for (const row of rows) {
    if (row.label !== positive && row.label !== 'organic') continue;
    const platform: Platform = row.platform === 'x' ? 'x' : 'facebook';
    const fired = fires(ruleId, row.text, platform, kind);
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

/** FNV-1a hash of the id: a stable, even split into halves. */
function half(id: string): 'dev' | 'test' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 2 === 0 ? 'dev' : 'test';
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

const pct = (x: number | null) => (x === null ? '   n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const mi = argv.indexOf('--misses');
  const keep = mi >= 0 ? Number(argv[mi + 1]) : 0;
  const si = argv.indexOf('--split');
  const split = si >= 0 ? argv[si + 1] : undefined;
  if (split !== undefined && split !== 'dev' && split !== 'test') {
    console.error('eval: --split takes dev or test');
    return 2;
  }
  const files = argv.filter((a, i) => !a.startsWith('--') && !(mi >= 0 && i === mi + 1) && !(si >= 0 && i === si + 1));
  if (files.length === 0) {
    console.error('usage: npm run eval -- FILE.jsonl... [--json] [--misses N]');
    return 2;
  }
  const report: Record<string, Record<string, Measure>> = {};
  for (const file of files) {
    let rows: Row[];
    try {
      rows = readRows(file).filter((r) => split === undefined || half(String(r.id)) === split);
    } catch (e) {
      console.error(`eval: cannot read ${file}: ${(e as Error).message}`);
      return 2;
    }
    const labels = new Set(rows.map((r) => r.label));
    const result: Record<string, Measure> = { 'ad-tone': measure(rows, 'ad-tone', 'promotional', 'post', keep) };
    if (labels.has('cold_pitch')) result['cold-pitch'] = measure(rows, 'cold-pitch', 'cold_pitch', 'comment', keep);
    report[basename(file)] = result;
  }
  if (json) {
    console.log(JSON.stringify(report));
    return 0;
  }
  for (const [file, rules] of Object.entries(report)) {
    console.log(file);
    for (const [rule, m] of Object.entries(rules)) {
      console.log(
        `  ${rule.padEnd(11)} precision ${pct(m.precision)}  recall ${pct(m.recall)}  organic fire rate ${pct(m.organicFireRate)}` +
          `  (TP ${m.truePositives}, FP ${m.falsePositives}, positives ${m.positives}, organic ${m.negatives})`,
      );
      for (const t of m.missed) console.log(`    missed: ${t.slice(0, 140)}`);
      for (const t of m.falseAlarms) console.log(`    false alarm: ${t.slice(0, 140)}`);
    }
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
