/**
 * Folds structural evidence into a phrase-based promotion score. Evidence on words a phrase
 * already counted adds only what it weighs beyond that phrase ("book now" is a cta phrase and a
 * call: counted once, at the higher weight); the hard-sell pairings a call makes with a deadline
 * or an offer are added when the phrase lists had not found them.
 */
import type { PromotionScore, PromotionSignal } from '../promotion';
// The same windowed sum the promotion score uses, so the structural gain is measured alike.
import { windowedScore } from '../promotion/score';
import { WINDOW } from '../promotion/signal';
import type { StructuralSignal } from './signal';

const PAIRING = 1;
const DEADLINE_PAIR = 'a deadline next to a call to action';
const OFFER_PAIR = 'an offer with a way to take it up';
/** The promotion score's own label for its question credit (see `questionSignal`). */
const QUESTION = 'a question to the reader';
/** A price cut this heavy ("half price", "40% off") needs only a soft time frame ("this week") to be a time-limited offer. */
const STRONG_OFFER = 2.5;

/** The score with the evidence added, signals in text order. */
export function withEvidence(base: PromotionScore, evidence: readonly StructuralSignal[]): PromotionScore {
  if (evidence.length === 0) return base;
  // A question before a call to buy ("Still chasing invoices? Book a demo") sets up the pitch; it
  // is no question asked for the reader's sake, so it no longer counts as value.
  const called = evidence.some((e) => e.family === 'call');
  const kept = called ? base.signals.filter((s) => s.label !== QUESTION) : base.signals;
  if (kept.length !== base.signals.length) base = { score: base.score - windowedScore(base.signals) + windowedScore(kept), signals: kept };
  const counted = base.signals.filter((s) => s.weight > 0 && s.kind !== 'pairing');
  const added: PromotionSignal[] = [];
  for (const e of evidence) {
    const under = counted.reduce((sum, s) => (s.start < e.end && e.start < s.end ? sum + s.weight : sum), 0);
    const weight = e.weight > 0 ? Math.max(0, e.weight - under) : e.weight;
    if (Math.abs(weight) >= 0.05) added.push({ kind: e.weight > 0 ? 'phrase' : 'value', label: e.label, weight, start: e.start, end: e.end, text: e.text });
  }
  added.push(...pairings(base.signals, evidence));
  if (added.length === 0) return base;
  const signals = [...base.signals, ...added].sort((a, b) => a.start - b.start || b.weight - a.weight);
  // What the evidence adds to the windowed sum, on top of the phrase score as it was computed.
  const gain = windowedScore(signals) - windowedScore(base.signals);
  return { score: Math.round((base.score + gain) * 100) / 100, signals };
}

function pairings(existing: readonly PromotionSignal[], evidence: readonly StructuralSignal[]): PromotionSignal[] {
  const call = evidence.find((e) => e.family === 'call');
  if (!call) return offerWithDeadline(existing, evidence);
  const has = (label: string) => existing.some((s) => s.kind === 'pairing' && s.label === label);
  const near = (e: StructuralSignal) => e !== call && Math.abs(e.start - call.start) < WINDOW;
  const out: PromotionSignal[] = [];
  const pair = (e: StructuralSignal, label: string) => out.push({ kind: 'pairing', label, weight: PAIRING, start: e.start, end: e.end, text: e.text });
  const deadline = evidence.find((e) => e.family === 'scarcity' && e.weight >= 1.5 && near(e));
  if (deadline && !has(DEADLINE_PAIR)) pair(deadline, DEADLINE_PAIR);
  const offer = evidence.find((e) => e.family === 'offer' && e.weight >= 1.5 && near(e));
  const priced = existing.some((s) => s.kind === 'price' && Math.abs(s.start - call.start) < WINDOW);
  if (!has(OFFER_PAIR) && (offer || priced)) pair(offer ?? call, OFFER_PAIR);
  return out;
}

/** An offer (a price, a cut, an offer wording) next to a deadline or scarcity: the other hard-sell shape. */
function offerWithDeadline(existing: readonly PromotionSignal[], evidence: readonly StructuralSignal[]): PromotionSignal[] {
  if (existing.some((s) => s.kind === 'pairing' && s.label === DEADLINE_PAIR)) return [];
  const strong = existing.some((s) => (s.kind === 'price' || s.kind === 'phrase') && s.weight >= STRONG_OFFER);
  const deadline = evidence.find((e) => e.family === 'scarcity' && e.weight >= (strong ? 0.5 : 1));
  if (!deadline) return [];
  const offer =
    evidence.find((e) => e.family === 'offer' && e.weight >= 1.5) ??
    existing.find((s) => (s.kind === 'price' || (s.kind === 'phrase' && s.weight >= 1.5)) && !(s.start < deadline.end && deadline.start < s.end));
  if (!offer || Math.abs(offer.start - deadline.start) >= WINDOW) return [];
  return [{ kind: 'pairing', label: 'an offer with a deadline', weight: PAIRING, start: deadline.start, end: deadline.end, text: deadline.text }];
}
