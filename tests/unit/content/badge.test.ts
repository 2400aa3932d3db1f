import { afterEach, describe, expect, it, vi } from 'vitest';
import { Badge } from '../../../src/content/badge';
import type { Diagnostic } from '../../../src/lint/types';

const adTone: Diagnostic = {
  ruleId: 'ad-tone',
  severity: 'warning',
  message: "'BUY NOW' reads like an ad",
  spans: [{ start: 0, end: 7 }],
  suggestion: 'Lead with what the reader gets.',
};
const shouting: Diagnostic = { ruleId: 'shouting', severity: 'error', message: 'All caps', spans: [] };

/** What the background sent about each rule (the content script has no copy of the rules). */
const WHY: Record<string, string> = { 'ad-tone': 'Ad-like posts get scrolled past.' };

function mounted(onAction = vi.fn()) {
  document.body.innerHTML = '<div id="composer"><div id="root"><div id="editor" contenteditable="true"></div></div></div>';
  const badge = new Badge(document, 'x', 'post', onAction, (ruleId) => WHY[ruleId]);
  badge.mountBeside(document.getElementById('root')!);
  const shadow = badge.host.shadowRoot!;
  const button = shadow.querySelector<HTMLButtonElement>('button.postlint-badge')!;
  const dialog = shadow.querySelector<HTMLElement>('[role=dialog]')!;
  return { badge, shadow, button, dialog, onAction };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('badge', () => {
  it('is a <postlint-badge> host with an open shadow root, beside the editor root', () => {
    const { badge, button, dialog } = mounted();
    expect(badge.host.localName).toBe('postlint-badge');
    expect(badge.host.previousElementSibling?.id).toBe('root');
    expect(document.getElementById('root')!.contains(badge.host)).toBe(false);
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(dialog.hidden).toBe(true);
    expect(badge.host.getAttribute('data-postlint-platform')).toBe('x');
    expect(badge.host.getAttribute('data-postlint-kind')).toBe('post');
  });

  it('renders count, worst severity, sorted rule ids and a sequence number on the host', () => {
    const { badge, button } = mounted();
    badge.render([adTone, shouting], 'BUY NOW');
    expect(badge.host.getAttribute('data-postlint-count')).toBe('2');
    expect(badge.host.getAttribute('data-postlint-severity')).toBe('error');
    expect(badge.host.getAttribute('data-postlint-rules')).toBe('ad-tone shouting');
    expect(badge.host.getAttribute('data-postlint-seq')).toBe('1');
    expect(button.getAttribute('aria-label')).toBe('PostLint: 1 error, 1 warning, open details');
    badge.render([], '');
    expect(badge.host.getAttribute('data-postlint-count')).toBe('0');
    expect(badge.host.getAttribute('data-postlint-severity')).toBe('none');
    expect(badge.host.getAttribute('data-postlint-rules')).toBe('');
    expect(badge.host.getAttribute('data-postlint-seq')).toBe('2');
  });

  it('announces count changes politely, once per change', () => {
    const { badge, shadow } = mounted();
    const status = shadow.querySelector('[role=status]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    badge.render([adTone], 'BUY NOW');
    expect(status.textContent).toBe('PostLint: 1 warning');
    badge.render([adTone, { ...adTone, ruleId: 'cold-pitch' }], 'BUY NOW');
    expect(status.textContent).toBe('PostLint: 2 warnings');
    badge.render([], 'fine');
    expect(status.textContent).toBe('PostLint: no problems');
  });

  it('opens on activation (Enter/Space click a button) with focus in the popover; Escape closes and returns focus', () => {
    const { badge, shadow, button, dialog } = mounted();
    badge.render([adTone], 'BUY NOW today');
    button.focus();
    button.click();
    expect(dialog.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(shadow.activeElement).toBe(dialog);
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(dialog.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(shadow.activeElement).toBe(button);
  });

  it('keeps its key presses from the page (X closes its composer on Escape)', () => {
    const { badge, button, dialog } = mounted();
    const pageKeys = vi.fn();
    document.body.addEventListener('keydown', pageKeys);
    badge.render([adTone], 'BUY NOW');
    button.click();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(pageKeys).not.toHaveBeenCalled();
  });

  it('lists each diagnostic with quoted words, why, suggestion and the two actions', () => {
    const { badge, button, dialog, onAction } = mounted();
    badge.render([adTone], 'BUY NOW and more');
    button.click();
    const item = dialog.querySelector<HTMLElement>('li[data-rule-id="ad-tone"]')!;
    expect(item.textContent).toContain("'BUY NOW' reads like an ad");
    expect(item.querySelector('.flagged')!.textContent).toBe('Flagged: “BUY NOW”');
    expect(item.querySelector('.why')!.textContent).toBe('Why it matters: Ad-like posts get scrolled past.');
    expect(item.querySelector('.suggestion')!.textContent).toBe('Try this: Lead with what the reader gets.');
    const buttons = [...item.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual(['Ignore for this post', 'Turn this rule off']);
    item.querySelectorAll('button')[1].click();
    expect(onAction).toHaveBeenCalledWith('turnOff', 'ad-tone');
  });

  it('never parses draft text as HTML', () => {
    const { badge, button, dialog } = mounted();
    const hostile = '<img src=x onerror=alert(1)>';
    badge.render([{ ...adTone, spans: [{ start: 0, end: hostile.length }], message: hostile }], hostile);
    button.click();
    expect(dialog.querySelector('img')).toBeNull();
    expect(dialog.textContent).toContain(hostile);
  });

  it('closes on a press outside, and hides with its editor', () => {
    const { badge, button, dialog } = mounted();
    badge.render([adTone], 'BUY NOW');
    button.click();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(dialog.hidden).toBe(true);
    badge.place(null);
    expect(button.hidden).toBe(true);
    badge.place(new DOMRect(10, 10, 300, 100));
    expect(button.hidden).toBe(false);
  });
});

describe('badge activation while open', () => {
  it('keeps the popover open and focused when the badge is pressed again', () => {
    const { badge, shadow, button, dialog } = mounted();
    badge.render([adTone], 'BUY NOW');
    button.click();
    button.focus();
    button.click();
    expect(dialog.hidden).toBe(false);
    expect(shadow.activeElement).toBe(dialog);
  });
});
