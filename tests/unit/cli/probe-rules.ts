/**
 * Stand-in rules for CLI tests, so they check what the CLI hands the core (text, platform, kind,
 * now, history, settings) without depending on the real rules, which are tuned separately.
 * Installed with `vi.mock('../../../src/lint/registry', ...)`.
 */
import { z } from 'zod';
import type { Finding, Rule } from '../../../src/lint/rule';

/** A finding per occurrence of `word`, spanning it. */
const flagWord =
  (word: string, message: string) =>
  ({ draft }: { draft: { text: string } }): Finding[] =>
    [...draft.text.matchAll(new RegExp(word, 'g'))].map((m) => ({ message, spans: [{ start: m.index, end: m.index + word.length }] }));

const rule = (id: string, defaultSeverity: Rule['defaultSeverity'], check: Rule['check']): Rule => ({
  id,
  description: `test rule ${id}`,
  name: 'Test probe',
  why: 'tests',
  defaultSeverity,
  options: z.object({}),
  check,
});

export const PROBE_RULES: readonly Rule[] = [
  // Echoes the context as a whole-post info: "x/post len=5 at 2026-11-24T09:00:00.000Z history=[a; b]".
  rule('probe-context', 'info', ({ draft, now, history }) => [
    {
      message: `${draft.platform}/${draft.kind} len=${draft.text.length} at ${new Date(now).toISOString()} history=[${history.map((h) => h.text).join('; ')}]`,
    },
  ]),
  rule('probe-warn', 'warning', flagWord('WARN', 'WARN is risky')),
  // Reads the whole draft, like length-limit, so positions far past the analysed part are reported.
  { ...rule('probe-error', 'error', flagWord('ERROR', 'ERROR must go')), readsWholeText: true },
  rule('probe-throw', 'error', ({ draft }) => {
    if (draft.text.includes('THROW')) throw new Error('a rule bug');
    return [];
  }),
];
