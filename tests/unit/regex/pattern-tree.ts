/**
 * A small reader of regular-expression sources: enough structure (alternatives, groups,
 * quantifiers, atoms) to know what each repeated part accepts, so the worst-case test can build
 * long runs of it. Atoms keep their source text and are judged by the real engine, so classes,
 * escapes and `\p{…}` never need to be understood here.
 */

/** One atom with how often it may repeat. */
export interface Term {
  atom: Atom;
  min: number;
  max: number;
}
/** Alternatives, each a sequence of terms. */
export type Alternation = Term[][];
export type Atom =
  | { kind: 'unit'; raw: string }
  | { kind: 'group'; body: Alternation; lookaround: boolean }
  | { kind: 'assertion' };

/** Parses a regex source (as written in a literal or given to `new RegExp`). */
export function parsePattern(source: string): Alternation {
  let i = 0;
  const alternation = (): Alternation => {
    const alternatives: Term[][] = [[]];
    while (i < source.length && source[i] !== ')') {
      if (source[i] === '|') {
        i++;
        alternatives.push([]);
        continue;
      }
      const a = atom();
      alternatives[alternatives.length - 1].push({ atom: a, ...quantifier() });
    }
    return alternatives;
  };
  const atom = (): Atom => {
    const c = source[i];
    if (c === '(') {
      const head = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)?|^\(/.exec(source.slice(i))![0];
      i += head.length;
      const body = alternation();
      i++; // the closing ")"
      return { kind: 'group', body, lookaround: /^\(\?(=|!|<=|<!)/.test(head) };
    }
    if (c === '^' || c === '$') {
      i++;
      return { kind: 'assertion' };
    }
    if (c === '[') return { kind: 'unit', raw: bracket() };
    if (c === '\\') {
      const esc = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]+>|[1-9]\d*|[\s\S])/.exec(source.slice(i))![0];
      i += esc.length;
      if (esc === '\\b' || esc === '\\B' || /^\\([1-9]|k<)/.test(esc)) return { kind: 'assertion' };
      return { kind: 'unit', raw: esc };
    }
    const cp = source.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    i += ch.length;
    return { kind: 'unit', raw: ch };
  };
  const bracket = (): string => {
    const start = i;
    let depth = 0;
    for (; i < source.length; i++) {
      if (source[i] === '\\') i++;
      else if (source[i] === '[') depth++;
      else if (source[i] === ']' && --depth === 0) break;
    }
    i++;
    return source.slice(start, i);
  };
  const quantifier = (): { min: number; max: number } => {
    const q = /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??/.exec(source.slice(i));
    if (!q) return { min: 1, max: 1 };
    i += q[0].length;
    if (q[0][0] === '*') return { min: 0, max: Infinity };
    if (q[0][0] === '+') return { min: 1, max: Infinity };
    if (q[0][0] === '?') return { min: 0, max: 1 };
    const min = Number(q[1]);
    return { min, max: q[2] === undefined ? min : q[3] ? Number(q[3]) : Infinity };
  };
  return alternation();
}
