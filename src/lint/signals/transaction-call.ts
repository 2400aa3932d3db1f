/**
 * An imperative call to a transaction aimed at the writer's own offer: a sentence that opens with
 * "Book", "Request", "Call", "Sign up"… and reaches, before the sentence ends, for something the
 * writer sells or a way to reach them ("Book a viewing", "Request a demo", "Call 0161 555 0142",
 * "Start your free trial"). "Book lovers, rejoice", "Call your mum" and "Join our team" (hiring)
 * are left alone: the verb must open the clause and find an offer, not any noun.
 */
import type { PhraseHit } from '../phrases/match';
import type { Token } from '../text/tokenize';
import { CALL_OBJECTS } from './lists';
import { breakBetween, hitsIn, opensClause, signalOf, tokenAt, tokenEndingAt, type StructuralSignal } from './signal';

/** Tokens after the verb within which the offer must appear. */
const REACH = 6;
/** Nouns that make "join our …" / "apply …" about a job, not a sale. */
const JOB_WORDS = new Set(['team', 'crew', 'role', 'roles', 'position', 'positions', 'job', 'jobs', 'vacancy', 'vacancies', 'hiring', 'staff', 'volunteers', 'family']);
const OWN = new Set(['our', 'my']);
/** "DM us your order number": the reader's own details asked for, so a business serving its customer. */
const CUSTOMER_DETAILS = new Set(['number', 'details', 'email', 'address', 'postcode', 'zip', 'name', 'account', 'reference', 'ref', 'receipt', 'photo', 'photos', 'tracking']);
/** Verbs that in a post about a job ask for an application, not a purchase. */
const JOB_VERBS = new Set(['apply', 'join', 'email', 'message', 'dm', 'contact', 'send']);
/** What a purpose ("…to book") adds to the call before it. */
const PURPOSE = 1;
/** Calls counted at most: the fourth "book now" in a post says nothing new (and a 1 MB paste stays small). */
const MAX_CALLS = 3;

/** The calls in a text, one signal per call, spanning verb to offer. */
export function transactionCalls(text: string, tokens: readonly Token[], hits: readonly PhraseHit[]): StructuralSignal[] {
  const leads = hitsIn(hits, 'call-lead');
  const out: StructuralSignal[] = [];
  const aboutJob = tokens.some((t) => JOB_WORDS.has(t.norm));
  let lastEnd = -1;
  const said = new Set<string>();
  for (const verb of hitsIn(hits, 'call-verb')) {
    if (out.length >= MAX_CALLS) break;
    if (verb.start < lastEnd) continue; // "sign up" and "sign": one call
    if (aboutJob && JOB_VERBS.has(verb.entry.phrase)) continue;
    const first = tokenAt(tokens, verb.start);
    const last = tokenEndingAt(tokens, verb.end);
    if (first < 0 || last < 0) continue;
    // "DM us to book", "Call us to reserve": the purpose makes the call stronger, as one call.
    const previous = out[out.length - 1];
    if (previous && tokens[first - 1]?.norm === 'to' && tokens[first - 2]?.end === previous.end) {
      out[out.length - 1] = signalOf(text, 'call', previous.label, previous.weight + PURPOSE, previous.start, verb.end);
      lastEnd = verb.end;
      continue;
    }
    const joined = tokens[first - 1]?.norm === 'or' || tokens[first - 1]?.norm === 'and';
    // After a comma too ("Booking recommended, message us"): the call must still reach an offer.
    const afterComma = first > 0 && text.slice(tokens[first - 1].end, tokens[first].start).includes(',');
    if (!(opensClause(text, tokens, first) || joined || afterComma || ledIn(text, tokens, leads, first))) continue;
    // A verb phrase that holds its object ("hop on a call", "get in touch") reaches from its last word.
    const holds = last > first && CALL_OBJECTS.get(tokens[last].norm);
    const reach = holds ? { at: last, weight: holds.weight } : reachedOffer(text, tokens, last);
    if (!reach || said.has(verb.entry.phrase)) continue;
    said.add(verb.entry.phrase);
    out.push(signalOf(text, 'call', verb.entry.note, verb.entry.weight + reach.weight, verb.start, tokens[reach.at].end));
    lastEnd = tokens[reach.at].end;
  }
  return out;
}

/** True when a lead-in ("Don't forget to", "You can now") that opens a clause ends right before the verb. */
function ledIn(text: string, tokens: readonly Token[], leads: readonly PhraseHit[], verb: number): boolean {
  const before = tokens[verb - 1];
  if (!before) return false;
  return leads.some((l) => l.end === before.end && opensClause(text, tokens, tokenAt(tokens, l.start)));
}

/**
 * The token that makes the call an offer (the thing sold, a contact) and what it adds: the
 * heaviest object within reach, the first one on a tie. Undefined when there is none, or a job.
 */
function reachedOffer(text: string, tokens: readonly Token[], verbEnd: number): { at: number; weight: number } | undefined {
  let found: { at: number; weight: number } | undefined;
  for (let j = verbEnd + 1; j <= verbEnd + REACH && j < tokens.length; j++) {
    // A comma ends the object too: "Book lovers, this one is for you" reaches nothing.
    if (breakBetween(text, tokens, verbEnd, j) || text.slice(tokens[j - 1].end, tokens[j].start).includes(',')) break;
    const t = tokens[j];
    if (JOB_WORDS.has(t.norm) || (OWN.has(t.norm) && JOB_WORDS.has(tokens[j + 1]?.norm ?? ''))) return undefined;
    if (t.norm === 'your' && customerDetails(tokens, j + 1)) return undefined;
    const object = CALL_OBJECTS.get(t.norm);
    const weight = object ? object.weight : OWN.has(t.norm) || isContact(t) ? 1 : -1;
    if (weight >= 0 && (!found || weight > found.weight)) found = { at: j, weight };
    if (found && found.weight >= 1) break;
  }
  return found;
}

/** A phone number's first group, a web address or an @handle: a way to take the offer up. */
function isContact(t: Token): boolean {
  if (t.norm === '@') return true;
  if (t.isNumber) return /^[+0(]?\d{3,}/.test(t.norm) && !/^(19|20)\d\d$/.test(t.norm);
  const dot = t.norm.lastIndexOf('.');
  return dot > 0 && /^[a-z]{2,6}$/.test(t.norm.slice(dot + 1));
}

/** True when the words from `i` name the reader's own details ("order number", "email address"). */
function customerDetails(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < i + 3 && k < tokens.length; k++) if (CUSTOMER_DETAILS.has(tokens[k].norm)) return true;
  return false;
}
