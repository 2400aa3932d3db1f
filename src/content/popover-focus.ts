/**
 * Where keyboard focus goes inside an open popover: Tab and Shift+Tab go round its buttons and
 * never leave it, and a re-rendered list (typing on, an action) keeps focus on the same line.
 * Split from the badge so the focus rules live apart from rendering and placing.
 */

/** The popover's buttons that can take focus now (hidden parts left out). */
function focusableButtons(popover: HTMLElement): HTMLButtonElement[] {
  return [...popover.querySelectorAll<HTMLButtonElement>('button')].filter((b) => b.offsetParent !== null || b.getClientRects().length > 0);
}

/** Moves focus to the next (or, with Shift, the previous) button of `popover`, wrapping round. */
export function cycleFocus(popover: HTMLElement, shadow: ShadowRoot, backwards: boolean): void {
  const focusable = focusableButtons(popover);
  if (!focusable.length) return;
  const at = focusable.indexOf(shadow.activeElement as HTMLButtonElement);
  const next = at === -1 ? (backwards ? focusable.length - 1 : 0) : (at + (backwards ? -1 : 1) + focusable.length) % focusable.length;
  focusable[next].focus({ preventScroll: true });
}

/** Which line of the list had focus before a re-render (null when focus was not in the list). */
export interface FocusedLine {
  /** The problem line's key, when a problem had focus. */
  key?: string;
  /** The rule of the trace line, when a trace had focus. */
  traceRule?: string;
}

/** Remembers the focused line of `list`, if focus is inside it. */
export function focusedLine(shadow: ShadowRoot, list: HTMLElement): FocusedLine | null {
  const focused = shadow.activeElement as HTMLElement | null;
  if (!focused || !list.contains(focused)) return null;
  return { key: focused.closest<HTMLLIElement>('li.item')?.dataset.key, traceRule: focused.closest<HTMLLIElement>('li.trace')?.dataset.traceRule };
}

/** Focus back on the same line after a re-render, else on the first button, else on `fallback`. */
export function refocusLine(list: HTMLElement, line: FocusedLine, fallback: HTMLElement): void {
  const same = line.key
    ? list.querySelector<HTMLButtonElement>(`li[data-key="${CSS.escape(line.key)}"] .summary`)
    : line.traceRule
      ? list.querySelector<HTMLButtonElement>(`li[data-trace-rule="${CSS.escape(line.traceRule)}"] button`)
      : null;
  (same ?? list.querySelector<HTMLButtonElement>('button') ?? fallback).focus({ preventScroll: true });
}

/** Focus on the trace line of `ruleId` (after an action), else the first button, else `fallback`. */
export function focusRuleLine(list: HTMLElement, ruleId: string, fallback: HTMLElement): void {
  const target = list.querySelector<HTMLButtonElement>(`li[data-trace-rule="${CSS.escape(ruleId)}"] button`) ?? list.querySelector<HTMLButtonElement>('button') ?? fallback;
  target.focus({ preventScroll: true });
}
