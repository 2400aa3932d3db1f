/**
 * What the popover lists, as data: the diagnostics grouped into problems a person reads as one
 * (a hard sell is one problem with its parts, not three items), most severe first, with the counts
 * that the badge and the header both show. Pure: no DOM.
 */
import type { RuleInfo } from '../history/messages';
import type { Diagnostic, Severity } from '../lint/types';
import { flaggedWords } from './badge-labels';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Rules that, next to `ad-tone`, describe the same hard sell (loud, only an offer). */
const HARD_SELL_PARTS = new Set(['shouting', 'audience-value', 'empty-post']);
const HARD_SELL_LEAD = 'ad-tone';
/** The group's name when a hard sell has several parts. */
export const HARD_SELL_NAME = 'Hard sell';

/** One diagnostic inside a problem, with the words the popover shows for it. */
export interface PopoverPart {
  diagnostic: Diagnostic;
  /** The rule's human name ("Reads like an ad"), or its id when the background sent no name. */
  name: string;
  why?: string;
  /** The flagged words, each quoted. */
  words: string[];
}

/** One problem: one line in the popover, expanding into its parts. */
export interface PopoverItem {
  /** Stable across re-renders while the same rules make it up (keeps an item expanded). */
  key: string;
  severity: Severity;
  /** The one-line title: the rule's name, or "Hard sell" for a hard sell with parts. */
  name: string;
  /** The quoted words of all parts, without repeats, at most three (the line stays short). */
  words: string[];
  parts: PopoverPart[];
}

/** Counts of problems by their worst severity; `total` is the badge's number and the header's. */
export interface PopoverCounts {
  total: number;
  error: number;
  warning: number;
  info: number;
}

export interface PopoverModel {
  items: PopoverItem[];
  counts: PopoverCounts;
}

const overlaps = (a: Diagnostic, b: Diagnostic) => a.spans.some((s) => b.spans.some((t) => s.start < t.end && t.start < s.end));

function worst(parts: readonly Diagnostic[]): Severity {
  return parts.reduce<Severity>((w, d) => (RANK[d.severity] > RANK[w] ? d.severity : w), 'info');
}

function firstStart(parts: readonly Diagnostic[]): number {
  const starts = parts.flatMap((d) => d.spans.map((s) => s.start));
  return starts.length ? Math.min(...starts) : Number.MAX_SAFE_INTEGER;
}

/** Splits diagnostics into groups: a hard sell together, and any that flag the same words. */
export function groupDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[][] {
  const groups: Diagnostic[][] = [];
  const hasLead = diagnostics.some((d) => d.ruleId === HARD_SELL_LEAD);
  const hardSell: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (hasLead && (d.ruleId === HARD_SELL_LEAD || HARD_SELL_PARTS.has(d.ruleId))) {
      hardSell.push(d);
      continue;
    }
    // Join every group sharing words with `d` (it may bridge two of them).
    const touching = groups.filter((g) => g.some((other) => overlaps(d, other)));
    if (!touching.length) groups.push([d]);
    else {
      const merged = [...touching.flat(), d];
      for (const g of touching) groups.splice(groups.indexOf(g), 1);
      groups.push(merged);
    }
  }
  if (hardSell.length) {
    // Other groups on the hard sell's words belong to it too.
    for (const g of [...groups]) {
      if (g.some((d) => hardSell.some((h) => overlaps(d, h)))) {
        hardSell.push(...g);
        groups.splice(groups.indexOf(g), 1);
      }
    }
    groups.push(hardSell);
  }
  return groups;
}

/** Most severe first; then by where the words are in the draft; then by rule id (stable). */
function compareGroups(a: Diagnostic[], b: Diagnostic[]): number {
  return RANK[worst(b)] - RANK[worst(a)] || firstStart(a) - firstStart(b) || a[0].ruleId.localeCompare(b[0].ruleId);
}

function compareParts(a: Diagnostic, b: Diagnostic): number {
  if (a.ruleId === HARD_SELL_LEAD) return -1;
  if (b.ruleId === HARD_SELL_LEAD) return 1;
  return RANK[b.severity] - RANK[a.severity] || a.ruleId.localeCompare(b.ruleId);
}

/** Quoted words without repeats, dropping any contained in a longer one ("FLASH SALE" in "FLASH SALE!!!"). */
function distinctWords(quoted: readonly string[]): string[] {
  const unique = [...new Set(quoted)];
  const bare = (w: string) => w.slice(1, -1).toLowerCase();
  return unique.filter((w) => !unique.some((other) => other !== w && bare(other).includes(bare(w))));
}

/** Builds the popover's model from the shown diagnostics of `text` and the rules' words. */
export function buildPopoverModel(diagnostics: readonly Diagnostic[], text: string, rules: Readonly<Record<string, RuleInfo | undefined>> = {}): PopoverModel {
  const items = groupDiagnostics(diagnostics)
    .sort(compareGroups)
    .map((group): PopoverItem => {
      const sorted = [...group].sort(compareParts);
      const parts = sorted.map((d) => ({ diagnostic: d, name: rules[d.ruleId]?.name ?? d.ruleId, why: rules[d.ruleId]?.why, words: flaggedWords(d, text) }));
      const isHardSell = sorted[0].ruleId === HARD_SELL_LEAD && sorted.length > 1;
      const words = distinctWords(parts.flatMap((p) => p.words)).slice(0, 3);
      return { key: sorted.map((d) => d.ruleId).sort().join(' '), severity: worst(group), name: isHardSell ? HARD_SELL_NAME : parts[0].name, words, parts };
    });
  const counts: PopoverCounts = { total: items.length, error: 0, warning: 0, info: 0 };
  for (const item of items) counts[item.severity]++;
  return { items, counts };
}

const NOUNS: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['note', 'notes'] };

/** "1 error, 2 warnings, 1 note" (problems by their worst severity), or "no problems". */
export function describeCounts(counts: PopoverCounts): string {
  const parts = (['error', 'warning', 'info'] as const).filter((s) => counts[s]).map((s) => `${counts[s]} ${NOUNS[s][counts[s] === 1 ? 0 : 1]}`);
  return parts.length ? parts.join(', ') : 'no problems';
}
