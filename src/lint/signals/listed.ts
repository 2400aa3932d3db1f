/** Phrase hits of one signal list turned into signals: longest wording wins, each counted once, capped. */
import type { PhraseHit } from '../phrases/match';
import { signalOf, type SignalFamily, type StructuralSignal } from './signal';

/**
 * Signals from the hits of one list: where hits overlap the longest (then heaviest) wins; a
 * wording counts once however often it recurs; positives together add at most `cap`.
 * `scale` may weaken a hit by its surroundings (0 drops it).
 */
export function listedSignals(
  text: string,
  hits: readonly PhraseHit[],
  list: string,
  family: SignalFamily,
  cap: number,
  scale: (hit: PhraseHit) => number = () => 1,
): StructuralSignal[] {
  const own = hits.filter((h) => h.list === list);
  if (own.length === 0) return [];
  const ranked = [...own].sort((a, b) => b.end - b.start - (a.end - a.start) || Math.abs(b.entry.weight) - Math.abs(a.entry.weight) || a.start - b.start);
  const kept: PhraseHit[] = [];
  for (const h of ranked) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  kept.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const out: StructuralSignal[] = [];
  let total = 0;
  for (const h of kept) {
    if (seen.has(h.entry.phrase)) continue;
    seen.add(h.entry.phrase);
    let weight = h.entry.weight * scale(h);
    if (weight > 0) {
      weight = Math.min(weight, cap - total);
      total += weight;
    }
    if (Math.abs(weight) >= 0.05) out.push(signalOf(text, family, h.entry.note, weight, h.start, h.end));
  }
  return out;
}
