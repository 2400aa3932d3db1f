import { afterEach, describe, expect, it, vi } from 'vitest';
import { TurnedOffRules } from '../../../src/content/turned-off-rules';

const undo = { ruleId: 'ad-tone', hadRules: false, existed: false };

afterEach(() => vi.useRealTimers());

describe('turned-off rules (Undo window)', () => {
  it('hides the rule at once and offers Undo for the window, then lets the settings decide', () => {
    vi.useFakeTimers();
    const changed = vi.fn();
    const rules = new TurnedOffRules(changed, 8000);
    rules.add('ad-tone', 'Reads like an ad');
    expect(rules.hides('ad-tone')).toBe(true);
    expect(rules.undoable('ad-tone')).toBe(false); // the background has not answered yet
    rules.offerUndo(undo);
    expect(rules.undoable('ad-tone')).toBe(true);
    vi.advanceTimersByTime(7999);
    expect(rules.undoable('ad-tone')).toBe(true);
    vi.advanceTimersByTime(1);
    expect(changed).toHaveBeenCalledOnce();
    expect(rules.undoable('ad-tone')).toBe(false);
    expect(rules.hides('ad-tone')).toBe(false);
    expect(rules.takeBack('ad-tone')).toBeNull();
    expect(rules.list()).toEqual([{ ruleId: 'ad-tone', name: 'Reads like an ad', undoable: false }]);
  });

  it('Undo within the window returns the way back once and forgets the rule', () => {
    vi.useFakeTimers();
    const changed = vi.fn();
    const rules = new TurnedOffRules(changed, 8000);
    rules.add('ad-tone', 'Reads like an ad');
    rules.offerUndo(undo);
    expect(rules.takeBack('ad-tone')).toEqual(undo);
    expect(rules.has('ad-tone')).toBe(false);
    expect(rules.takeBack('ad-tone')).toBeNull();
    vi.advanceTimersByTime(10_000);
    expect(changed).not.toHaveBeenCalled();
  });
});
