/** The readable report of the brand set: one line per half per rule, goals, the worst mistakes. */
import type { BinaryFigures, Mistake, Mistakes } from './outcomes';
import type { AudienceFigures, BrandReport, HalfFigures, HalfName, RightOfTotal } from './brand-set';

const pct = (x: number | null) => (x === null ? '   n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);
const share = (n: number, of: number) => `${n}/${of} (${pct(of ? n / of : null).trim()})`;
const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

// The goals of issue 7, judged on the checking half (the half no tuning has seen).
const GOALS = {
  'ad-tone': { precision: 0.95, recall: 0.9 },
  'cold-pitch': { precision: 0.95, recall: 0.85 },
  audience: { caught: 5 / 6, valueFlagged: 0.1 },
  duplicate: 0.9,
};

function binaryLine(f: BinaryFigures, positives: string, negatives: string): string {
  return `precision ${pct(f.precision)}  recall ${pct(f.recall)}  (TP ${f.truePositives}, FP ${f.falsePositives}, ${positives} ${f.positives}, ${negatives} ${f.negatives})`;
}

function audienceLine(a: AudienceFigures): string {
  return (
    `empty caught: audience-value ${a.caught.audienceValue}/${a.empty}, empty-post ${a.caught.emptyPost}/${a.empty}, either ${share(a.caught.either, a.empty)}` +
    `   value flagged: audience-value ${a.valueFlagged.audienceValue}/${a.value}, empty-post ${a.valueFlagged.emptyPost}/${a.value}, either ${share(a.valueFlagged.either, a.value)}`
  );
}

function duplicateLine(d: Record<string, RightOfTotal>): string {
  return Object.entries(d)
    .map(([label, r]) => `${label} ${share(r.right, r.total)}`)
    .join('   ');
}

const rate = (r: RightOfTotal) => (r.total ? r.right / r.total : 0);

function goalLine(rule: string, check: HalfFigures): string {
  if (rule === 'ad-tone' || rule === 'cold-pitch') {
    const f = check[rule];
    const g = GOALS[rule];
    return `goal on check: precision ≥ ${g.precision * 100}%, recall ≥ ${g.recall * 100}%: ${met((f.precision ?? 0) >= g.precision && (f.recall ?? 0) >= g.recall)}`;
  }
  if (rule === 'audience-value') {
    const a = check['audience-value'];
    const ok = a.empty > 0 && a.caught.either / a.empty >= GOALS.audience.caught && a.valueFlagged.either <= a.value * GOALS.audience.valueFlagged;
    return `goal on check: catch ≥ 5 of 6 empty posts, flag ≤ 10% of value posts: ${met(ok)}`;
  }
  const d = check['duplicate-promotion'];
  const ok = [d.repeat, d.paraphrase, d.different].every((r) => rate(r) >= GOALS.duplicate);
  return `goal on check: ≥ 90% right on each of repeat, paraphrase and different: ${met(ok)}`;
}

const HEADINGS: Record<string, string> = {
  'ad-tone': 'ad-tone on posts (positive: promotion; fires: ad-tone at warning or error)',
  'cold-pitch': 'cold-pitch on replies and comments (positive: pitch; fires: cold-pitch at warning or error)',
  'audience-value': 'audience-value on empty vs value posts (fires: audience-value or empty-post at any severity)',
  'duplicate-promotion':
    'duplicate-promotion on earlier/draft pairs (same platform, a day apart; right: warning or error on repeat and paraphrase, silent on different)',
};

function halfLine(rule: string, f: HalfFigures): string {
  if (rule === 'ad-tone') return binaryLine(f['ad-tone'], 'promotions', 'other posts');
  if (rule === 'cold-pitch') return binaryLine(f['cold-pitch'], 'pitches', 'genuine');
  if (rule === 'audience-value') return audienceLine(f['audience-value']);
  return duplicateLine(f['duplicate-promotion']);
}

/** One line of a mistake: id, half, platform, strength, and the text on one line, shortened. */
function mistakeLine(m: Mistake): string {
  const flat = Array.from(m.text.replace(/\s*\n\s*/g, ' ⏎ '));
  const text = flat.length > 170 ? `${flat.slice(0, 169).join('')}…` : flat.join('');
  return `      ${m.id} ${m.split.padEnd(5)} ${m.platform.padEnd(8)} ${String(m.strength).padStart(5)}  ${text}`;
}

function mistakesBlock(rule: string, m: Mistakes, where: string): string[] {
  const strength = rule === 'duplicate-promotion' ? 'Dice of the raw texts' : rule === 'audience-value' ? 'rules that fired' : 'score';
  const lines = [`    worst misses ${where} (column 4: ${strength}):`, ...m.missed.map(mistakeLine)];
  if (m.missed.length === 0) lines.push('      none');
  lines.push(`    worst false alarms ${where}:`, ...m.falseAlarms.map(mistakeLine));
  if (m.falseAlarms.length === 0) lines.push('      none');
  return lines;
}

/** The whole brand-set report as text. */
export function formatBrandReport(report: BrandReport): string {
  const lines = [`brand set (tests/fixtures/brand): ${report.posts} posts and replies, ${report.pairs} repeat pairs`];
  const halves = Object.entries(report.halves) as [HalfName, HalfFigures][];
  const where = halves.length === 1 ? `(${halves[0][0]} half)` : '(tune and check)';
  for (const rule of Object.keys(HEADINGS)) {
    lines.push(`  ${HEADINGS[rule]}`);
    for (const [name, f] of halves) lines.push(`    ${name.padEnd(7)}  ${halfLine(rule, f)}`);
    if (report.halves.check) lines.push(`    ${goalLine(rule, report.halves.check)}`);
    const m = report.mistakes?.[rule as keyof NonNullable<BrandReport['mistakes']>];
    if (m) lines.push(...mistakesBlock(rule, m, where));
  }
  return lines.join('\n');
}
