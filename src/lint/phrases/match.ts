/**
 * A small engine that turns phrase lists (data) into matches with UTF-16 spans.
 *
 * Text is split into word tokens once; phrases are token sequences held in a trie, so matching is
 * linear in the text whatever the number of phrases (a 1 MB draft must not hang).
 *
 * Phrase syntax, one phrase per entry:
 * - words are matched case-insensitively; apostrophes are ignored ("don't" = "dont");
 * - `{n}` matches one number token ("20", "1.50", "3rd"), `{w}` any one word;
 * - a word ending in `*` matches any word with that prefix ("discount*" = "discounts");
 * - `%`, `$`, `£`, `€`, `@`, `#`, `!`, `?` are tokens of their own ("{n} % off", "$ {n}").
 */

import { tokenize, type Token } from '../text/tokenize';

export interface PhraseEntry {
  phrase: string;
  weight: number;
  note: string;
}

export interface PhraseList {
  /** Stable name of the list, e.g. `ad`, `urgency`. */
  list: string;
  description: string;
  entries: PhraseEntry[];
}

export interface PhraseHit {
  list: string;
  entry: PhraseEntry;
  start: number;
  end: number;
  /** The text as written in the draft. */
  text: string;
}

interface TrieNode {
  words: Map<string, TrieNode>;
  prefixes: { prefix: string; node: TrieNode }[];
  number?: TrieNode;
  any?: TrieNode;
  ends: { list: string; entry: PhraseEntry }[];
}

const newNode = (): TrieNode => ({ words: new Map(), prefixes: [], ends: [] });

/** Splits a phrase into pattern tokens using the same tokenizer as the text (keeping `{n}`, `*`). */
export function parsePhrase(phrase: string): string[] {
  return phrase
    .trim()
    .split(/\s+/)
    // "{n}%" and "${n}" hold a placeholder inside a part: split it out first.
    .flatMap((part) => part.split(/(\{[nw]\})/).filter((p) => p !== ''))
    .flatMap((part) => {
      if (part === '{n}' || part === '{w}') return [part];
      const star = part.endsWith('*') && part.length > 1;
      const toks = tokenize(star ? part.slice(0, -1) : part).map((t) => t.norm);
      if (star && toks.length > 0) toks[toks.length - 1] += '*';
      return toks;
    })
    .filter((t) => t.length > 0);
}

/** A compiled set of phrase lists. Build once per settings change, reuse for every keystroke. */
export class PhraseMatcher {
  private readonly root = newNode();

  constructor(lists: readonly PhraseList[]) {
    for (const list of lists) for (const entry of list.entries) this.add(list.list, entry);
  }

  private add(list: string, entry: PhraseEntry): void {
    const parts = parsePhrase(entry.phrase);
    if (parts.length === 0) return;
    let node = this.root;
    for (const part of parts) {
      if (part === '{n}') node = node.number ??= newNode();
      else if (part === '{w}') node = node.any ??= newNode();
      else if (part.endsWith('*')) {
        const prefix = part.slice(0, -1);
        let child = node.prefixes.find((p) => p.prefix === prefix);
        if (!child) node.prefixes.push((child = { prefix, node: newNode() }));
        node = child.node;
      } else {
        let next = node.words.get(part);
        if (!next) node.words.set(part, (next = newNode()));
        node = next;
      }
    }
    node.ends.push({ list, entry });
  }

  /** Every occurrence of every phrase, in text order; overlapping matches are all returned. */
  match(text: string, tokens: readonly Token[] = tokenize(text)): PhraseHit[] {
    const hits: PhraseHit[] = [];
    for (let i = 0; i < tokens.length; i++) this.walk(this.root, tokens, i, i, text, hits);
    return hits;
  }

  private walk(node: TrieNode, tokens: readonly Token[], first: number, i: number, text: string, hits: PhraseHit[]): void {
    if (i >= tokens.length) return;
    const tok = tokens[i];
    const next: TrieNode[] = [];
    const exact = node.words.get(tok.norm);
    if (exact) next.push(exact);
    for (const p of node.prefixes) if (tok.norm.startsWith(p.prefix)) next.push(p.node);
    if (node.number && tok.isNumber) next.push(node.number);
    if (node.any && !/^[%$£€@#!?]$/.test(tok.norm)) next.push(node.any);
    for (const child of next) {
      const start = tokens[first].start;
      const end = tok.end;
      for (const { list, entry } of child.ends) hits.push({ list, entry, start, end, text: text.slice(start, end) });
      this.walk(child, tokens, first, i + 1, text, hits);
    }
  }
}
