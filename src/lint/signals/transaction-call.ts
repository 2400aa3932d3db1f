/**
 * An imperative call to a transaction aimed at the writer's own offer: a sentence that opens with
 * "Book", "Request", "Call", "Sign up"… and reaches, before the sentence ends, for something the
 * writer sells or a way to reach them ("Book a viewing", "Request a demo", "Call 0161 555 0142",
 * "Start your free trial"). "Book lovers, rejoice", "Call your mum" and "Join our team" (hiring)
 * are left alone: the verb must open the clause and find an offer, not any noun.
 */
import type { PhraseHit, Token } from '../phrases/match';
import { CALL_OBJECTS } from './lists';
import { breakBetween, hitsIn, opensClause, signalOf, tokenAt, tokenEndingAt, type StructuralSignal } from './signal';

/** Tokens after the verb within which the offer must appear. */
const REACH = 5;
/** Nouns that make "join our …" / "apply …" about a job, not a sale. */
const JOB_WORDS = new Set(['team', 'crew', 'role', 'roles', 'position', 'positions', 'job', 'jobs', 'vacancy', 'vacancies', 'hiring', 'staff', 'volunteers', 'family']);
const OWN = new Set(['our', 'my']);

/** The calls in a text, one signal per call, spanning verb to offer. */
export function transactionCalls(text: string, tokens: readonly Token[], hits: readonly PhraseHit[]): StructuralSignal[] {
  const leads = hitsIn(hits, 'call-lead');
  const out: StructuralSignal[] = [];
  let lastEnd = -1;
  for (const verb of hitsIn(hits, 'call-verb')) {
    if (verb.start < lastEnd) continue; // "sign up" and "sign": one call
    const first = tokenAt(tokens, verb.start);
    const last = tokenEndingAt(tokens, verb.end);
    if (first < 0 || last < 0 || !(opensClause(text, tokens, first) || ledIn(text, tokens, leads, first))) continue;
    const reach = reachedOffer(text, tokens, last);
    if (reach < 0) continue;
    out.push(signalOf(text, 'call', verb.entry.note, verb.entry.weight, verb.start, tokens[reach].end));
    lastEnd = tokens[reach].end;
  }
  return out;
}

/** True when a lead-in ("Don't forget to", "You can now") that opens a clause ends right before the verb. */
function ledIn(text: string, tokens: readonly Token[], leads: readonly PhraseHit[], verb: number): boolean {
  const before = tokens[verb - 1];
  if (!before) return false;
  return leads.some((l) => l.end === before.end && opensClause(text, tokens, tokenAt(tokens, l.start)));
}

/** Index of the token that makes the call an offer (the thing sold, a contact), or -1. */
function reachedOffer(text: string, tokens: readonly Token[], verbEnd: number): number {
  for (let j = verbEnd + 1; j <= verbEnd + REACH && j < tokens.length; j++) {
    if (breakBetween(text, tokens, verbEnd, j)) return -1;
    const t = tokens[j];
    if (JOB_WORDS.has(t.norm)) return -1;
    if (OWN.has(t.norm)) return JOB_WORDS.has(tokens[j + 1]?.norm ?? '') ? -1 : j;
    if (CALL_OBJECTS.get(t.norm)) return j;
    if (isContact(t)) return j;
  }
  return -1;
}

/** A phone number's first group, a web address or an @handle: a way to take the offer up. */
function isContact(t: Token): boolean {
  if (t.norm === '@') return true;
  if (t.isNumber) return /^[+0(]?\d{3,}/.test(t.norm) && !/^(19|20)\d\d$/.test(t.norm);
  const dot = t.norm.lastIndexOf('.');
  return dot > 0 && /^[a-z]{2,6}$/.test(t.norm.slice(dot + 1));
}
