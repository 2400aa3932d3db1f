/** Phrase-list signals (`ad`, `cta`, `urgency`, `value`) and the hard-sell pairings built on them. */
import type { PhraseHit } from '../phrases/match';
import type { Span } from '../types';
import { isAllCaps } from './boosters';
import { NEGLIGIBLE, VALUE_CAP, WINDOW, type PromotionSignal, type Tagged } from './signal';

/** Most a list can add however often its phrases occur: a long post is not an ad by length alone. */
const LIST_CAP: Record<string, number> = { ad: 7, cta: 5, urgency: 4 };
/** Occurrences of one phrase that can still count: 3 × 0.5^7 is below NEGLIGIBLE. */
const MAX_REPEATS = 8;
const SCORED_LISTS = new Set(['ad', 'cta', 'urgency', 'value']);


/** Phrase hits, overlaps resolved (the longest phrase wins), repeats halved, each list capped. */
export function phraseSignals(text: string, hits: readonly PhraseHit[], links: readonly Span[], shoutCounts: boolean): Tagged[] {
  // Words inside a URL ("shop.example.com/sale") were not written as prose. Hits come in text order.
  // Past its first few occurrences an entry adds nothing (halving): dropping those early keeps a
  // 1 MB draft full of "free" cheap to rank.
  let link = 0;
  const occurrences = new Map<PhraseHit['entry'], number>();
  const scored = hits.filter((h) => {
    while (link < links.length && links[link].end <= h.start) link++;
    if (!SCORED_LISTS.has(h.list) || (link < links.length && links[link].start <= h.start)) return false;
    const n = (occurrences.get(h.entry) ?? 0) + 1;
    occurrences.set(h.entry, n);
    return n <= MAX_REPEATS;
  });
  if (scored.length === 0) return [];
  // "free shipping" and "free" on the same words must not both count: longest, then heaviest wins.
  const ranked = [...scored].sort((a, b) => b.end - b.start - (a.end - a.start) || Math.abs(b.entry.weight) - Math.abs(a.entry.weight) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const kept: PhraseHit[] = [];
  for (const h of ranked) {
    let free = true;
    for (let i = h.start; i < h.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, h.start, h.end);
    kept.push(h);
  }
  kept.sort((a, b) => a.start - b.start);
  const seen = new Map<PhraseHit['entry'], number>();
  const listTotal = new Map<string, number>();
  const out: Tagged[] = [];
  for (const h of kept) {
    const repeat = seen.get(h.entry) ?? 0;
    seen.set(h.entry, repeat + 1);
    const isValue = h.list === 'value';
    // A sales word in capitals ("FREE", "SALE") is the word shouted: half as much again.
    const shouted = shoutCounts && !isValue && h.entry.weight > 0 && isAllCaps(h.text);
    let weight = h.entry.weight * (shouted ? 1.5 : 1) * 0.5 ** repeat;
    const cap = h.list === 'value' ? VALUE_CAP : LIST_CAP[h.list];
    const total = listTotal.get(h.list) ?? 0;
    weight = Math.min(Math.abs(weight), Math.max(0, cap - total)) * Math.sign(weight);
    if (Math.abs(weight) < NEGLIGIBLE) continue;
    listTotal.set(h.list, total + Math.abs(weight));
    out.push({ kind: isValue ? 'value' : 'phrase', label: shouted ? `${h.entry.note} (in capitals)` : h.entry.note, weight: isValue ? -weight : weight, start: h.start, end: h.end, text: h.text, list: h.list });
  }
  return out;
}

/** How close (in characters) a weak "now" must follow a call to action to count as pressure. */
const NEAR = 30;

/**
 * The hard-sell shapes, each +1: a call to action (or a number to ring or text) with a deadline;
 * more than one call to action; an offer with a way to take it up. A plain "now" counts as a
 * deadline only right after the action ("call 0800 123 4567 NOW"), since "now" alone is everyday
 * speech. Works on counted signals only, which caps and halving keep few even in a 1 MB draft.
 */
export function pairings(phrases: readonly Tagged[], contacts: readonly PromotionSignal[], prices: readonly PromotionSignal[]): Tagged[] {
  const near = (a: Span, b: Span) => Math.abs(a.start - b.start) < WINDOW;
  const ctas = phrases.filter((s) => s.list === 'cta' && s.weight >= 1);
  const actions: Span[] = [...ctas, ...contacts];
  const out: Tagged[] = [];
  const pair = (s: PromotionSignal, label: string) => out.push({ ...s, kind: 'pairing', label, weight: 1 });
  const urgent = phrases.find(
    (u) => u.list === 'urgency' && actions.some((a) => (u.weight >= 1 && near(u, a)) || (u.start >= a.end && u.start - a.end <= NEAR)),
  );
  if (urgent) pair(urgent, 'a deadline next to a call to action');
  const second = ctas.find((c) => c.text.toLowerCase() !== ctas[0].text.toLowerCase() && near(c, ctas[0]));
  if (second) pair(second, 'more than one call to action');
  // A plain "free" is not yet an offer ("are you free now?"); "FREE", "free shipping" or a price is.
  const offer = [...phrases.filter((s) => s.list === 'ad' && s.weight >= 1.5), ...prices].find((o) => actions.some((a) => near(o, a)));
  if (offer) pair(offer, 'an offer with a way to take it up');
  return out;
}
