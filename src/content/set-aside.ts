/**
 * The rules a person set aside for one draft — ignored for this post, or turned off from this page —
 * as the box hides them and as the popover lists them (one line each, with its way back). Split
 * from the compose box: it is the one place that decides what "set aside" covers.
 */
import type { Diagnostic } from '../lint/types';
import type { Trace } from './popover';
import type { TurnedOffRules } from './turned-off-rules';

/** The rule ids a box leaves out of what it shows. */
export function hiddenRules(ignored: ReadonlySet<string>, turnedOff: TurnedOffRules): Set<string> {
  const hidden = new Set(ignored);
  for (const off of turnedOff.list()) if (turnedOff.hides(off.ruleId)) hidden.add(off.ruleId);
  return hidden;
}

/** The popover's trace lines for a result with diagnostics `all`; `name` gives a rule's human name. */
export function setAsideTraces(all: readonly Diagnostic[], ignored: ReadonlySet<string>, turnedOff: TurnedOffRules, name: (ruleId: string) => string): Trace[] {
  const reported = new Set(all.map((d) => d.ruleId));
  const traces: Trace[] = [...ignored].map((ruleId) => ({ kind: 'ignored', ruleId, name: name(ruleId), undoable: true }));
  for (const off of turnedOff.list()) {
    // Turned back on elsewhere (the options page): its diagnostics speak for themselves.
    if (!off.undoable && reported.has(off.ruleId)) continue;
    traces.push({ kind: 'off', ruleId: off.ruleId, name: off.name, undoable: off.undoable });
  }
  return traces;
}
