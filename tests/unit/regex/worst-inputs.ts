/**
 * Worst-case inputs for one regular expression: for every part that repeats, a ~100 KB run of what
 * it accepts, reached through the shortest text that leads up to it, then a tail it rejects; plus
 * generic adversarial runs. A backtracking engine goes quadratic (or worse) exactly on such runs:
 * each start position or each way of splitting the run is tried before the tail fails the match.
 */
import { parsePattern, type Alternation, type Atom, type Term } from './pattern-tree';

/** How long each run is, in UTF-16 units. */
export const RUN_LENGTH = 100_000;
/** A tenth of a run: a pattern already slow here would take minutes at full length. */
export const SHORT_RUN_LENGTH = 10_000;

/** Characters tried against each atom, besides the pattern's own literals. */
const ALPHABET = [
  ...Array.from({ length: 0x7f }, (_, c) => String.fromCharCode(c + 1)),
  ...'\0éÉßẞñçİıǅﬃжЖдαλ中日本語アカ한ไاب٣אש१１\u00a0\u2028\u3000\u3002\uff0e\uff61\uff20\uff03\u2013—’‘“€£¥©®™',
  '\u0301', '\u0300', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202e', '\u2066', '\ufeff', '\ufe0f', '\u20e3',
  '\ud800', '\udfff', '\ufffe', '😀', '👩', '🏽', '🇺', '🏴', '\u{e0067}', '\u{e007f}', '💯', '✨', '❤', '𝐀', '\u{10ffff}',
];

const cache = new Map<string, string[]>();

/** The alphabet characters one atom accepts on its own. */
function accepted(raw: string, flags: string): string[] {
  const key = `${flags}/${raw}`;
  let found = cache.get(key);
  if (!found) {
    const re = new RegExp(`^(?:${raw})$`, flags.replace(/[gy]/g, ''));
    found = [...new Set([literal(raw, flags), ...ALPHABET])].filter((c) => c !== '' && re.test(c));
    cache.set(key, found);
  }
  return found;
}

/** The character a literal atom stands for ("\\u2013", "\\.", "a"), or '' when it is none. */
function literal(raw: string, flags: string): string {
  if (!raw.startsWith('\\')) return raw.startsWith('[') || raw === '.' ? '' : raw;
  const hex = /^\\(?:u\{([0-9a-f]+)\}|u([0-9a-f]{4})|x([0-9a-f]{2}))$/i.exec(raw);
  if (hex && (flags.includes('u') || !raw.includes('{'))) return String.fromCodePoint(parseInt(hex[1] ?? hex[2] ?? hex[3], 16));
  return /^\\[^a-zA-Z0-9]$/.test(raw) ? raw[1] : '';
}

/** The shortest text the atom matches (a guess: the first character each unit accepts). */
function shortest(atom: Atom, flags: string): string {
  if (atom.kind === 'unit') return accepted(atom.raw, flags)[0] ?? '';
  if (atom.kind === 'assertion' || atom.lookaround) return '';
  return sequence(atom.body[0], flags);
}

function sequence(terms: Term[], flags: string): string {
  return terms.map((t) => shortest(t.atom, flags).repeat(t.min)).join('');
}

/** A few different things one repetition of the atom may be: each alternative, several characters. */
function pieces(atom: Atom, flags: string): string[] {
  if (atom.kind === 'unit') {
    const chars = accepted(atom.raw, flags);
    return [...new Set([chars[0], chars[chars.length >> 1], chars[chars.length - 1], chars.slice(0, 8).join('')])].filter(Boolean);
  }
  if (atom.kind === 'assertion') return [];
  return atom.body.slice(0, 4).flatMap((alt) => {
    const rest = sequence(alt, flags);
    if (rest) return [rest];
    const first = alt.find((t) => t.max > 0 && t.atom.kind !== 'assertion');
    return first ? pieces(first.atom, flags) : [];
  });
}

/** A worst-case input and what it exercises. */
export interface WorstInput {
  label: string;
  text: string;
}

const repeatTo = (piece: string, length: number) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
const TAILS = ['\0', '!'];
const show = (s: string) => JSON.stringify(s.length > 12 ? `${s.slice(0, 12)}…` : s);

/** The inputs for one pattern: one per repeated part and piece, plus the generic ones. */
export function worstInputs(source: string, flags: string, length = RUN_LENGTH): WorstInput[] {
  const run = (piece: string) => repeatTo(piece, length);
  const inputs: WorstInput[] = [];
  const walk = (alternation: Alternation, lead: string) => {
    // Long alternations (the TLDs) repeat nothing: a few alternatives show their structure.
    for (const alt of alternation.slice(0, 8)) {
      let before = lead;
      for (const term of alt) {
        if (term.max > 1) {
          for (const piece of pieces(term.atom, flags)) {
            for (const tail of TAILS) inputs.push({ label: `a run of ${show(piece)} after ${show(before)}`, text: before + run(piece) + tail });
          }
        }
        if (term.atom.kind === 'group') walk(term.atom.body, before);
        before += shortest(term.atom, flags).repeat(Math.max(term.min, term.max > 0 ? 1 : 0));
      }
    }
  };
  walk(parsePattern(source), '');
  const seen = new Set<string>();
  return [...inputs, ...generic(run)].filter((input) => !seen.has(input.text) && seen.add(input.text));
}

/** Runs every pattern meets in hostile drafts, whatever its structure. */
const generic = (run: (piece: string) => string): WorstInput[] => [
  'a', 'A', '0', '.', 'a.', 'a-', ' ', '\n', 'a ', '!', '(', '/', 'é', 'e\u0301', '中', '\u200f', '👩\u200d', '🇺', '\ud800',
].map((piece) => ({ label: `a generic run of ${show(piece)}`, text: run(piece) + '\0' }))
  .concat(['a', 'a.', '中'].flatMap((piece) => [
    { label: `"xn--" then a generic run of ${show(piece)}`, text: 'xn--' + run(piece) + '\0' },
    { label: `"https://a." then a generic run of ${show(piece)}`, text: 'https://a.' + run(piece) + '\0' },
  ]));
