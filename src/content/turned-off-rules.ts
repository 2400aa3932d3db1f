/**
 * Rules the person turned off from a popover on this page: hidden at once (before the settings
 * change comes back), each with Undo offered for a few seconds and a trace in the popover
 * afterwards. Page-wide: every box hides the rule, and it outlives a pause of the site.
 */
import type { RuleUndo } from '../history/messages';
import { UNDO_WINDOW_MS } from './constants';

interface Entry {
  name: string;
  undo: RuleUndo | null;
  /** The Undo offer ran out: the stored settings decide from now on. */
  expired: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export class TurnedOffRules {
  private readonly entries = new Map<string, Entry>();

  /** `changed` runs when an Undo offer runs out (the popovers redraw their traces). */
  constructor(
    private readonly changed: () => void,
    private readonly windowMs = UNDO_WINDOW_MS,
  ) {}

  /** The rule was turned off; `undo` (once the background answers) makes Undo possible. */
  add(ruleId: string, name: string): void {
    this.clearTimer(ruleId);
    this.entries.set(ruleId, { name, undo: null, expired: false, timer: undefined });
  }

  /** The background's way back arrived: Undo is offered for the window from now. */
  offerUndo(undo: RuleUndo): void {
    const entry = this.entries.get(undo.ruleId);
    if (!entry) return;
    this.clearTimer(undo.ruleId);
    entry.undo = undo;
    entry.timer = setTimeout(() => {
      entry.undo = null;
      entry.expired = true;
      entry.timer = undefined;
      this.changed();
    }, this.windowMs);
  }

  /** Takes the rule back (Undo): returns how to restore its settings, or null when too late. */
  takeBack(ruleId: string): RuleUndo | null {
    const entry = this.entries.get(ruleId);
    if (!entry?.undo) return null;
    this.clearTimer(ruleId);
    this.entries.delete(ruleId);
    return entry.undo;
  }

  has(ruleId: string): boolean {
    return this.entries.has(ruleId);
  }

  /** Whether boxes hide the rule themselves: until the Undo offer runs out (then settings rule). */
  hides(ruleId: string): boolean {
    const entry = this.entries.get(ruleId);
    return Boolean(entry && !entry.expired);
  }

  /** The turn-off failed: forget it (the rule shows again). */
  drop(ruleId: string): void {
    this.clearTimer(ruleId);
    this.entries.delete(ruleId);
  }

  /** Whether Undo is still offered for `ruleId`. */
  undoable(ruleId: string): boolean {
    return Boolean(this.entries.get(ruleId)?.undo);
  }

  /** The rules turned off here, with their names, in the order they were turned off. */
  list(): { ruleId: string; name: string; undoable: boolean }[] {
    return [...this.entries].map(([ruleId, e]) => ({ ruleId, name: e.name, undoable: Boolean(e.undo) }));
  }

  /** Forgets everything (the content script is going away). */
  clear(): void {
    for (const ruleId of this.entries.keys()) this.clearTimer(ruleId);
    this.entries.clear();
  }

  private clearTimer(ruleId: string): void {
    const entry = this.entries.get(ruleId);
    if (entry?.timer !== undefined) clearTimeout(entry.timer);
  }
}
