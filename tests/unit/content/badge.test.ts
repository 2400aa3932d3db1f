import { afterEach, describe, expect, it, vi } from 'vitest';
import { Badge, type BadgeHooks } from '../../../src/content/badge';
import { buildPopoverModel } from '../../../src/content/popover-model';
import type { Trace } from '../../../src/content/popover';
import type { Diagnostic } from '../../../src/lint/types';

const adTone: Diagnostic = {
  ruleId: 'ad-tone',
  severity: 'warning',
  message: "'BUY NOW' reads like an ad",
  spans: [{ start: 0, end: 7 }],
  suggestion: 'Lead with what the reader gets.',
  details: 'ad score 17 (warning from 3.5)',
};
const coldPitch: Diagnostic = { ruleId: 'cold-pitch', severity: 'error', message: 'A cold pitch', spans: [{ start: 12, end: 16 }] };

/** What the background sent about each rule (the content script has no copy of the rules). */
const RULES = {
  'ad-tone': { name: 'Reads like an ad', why: 'Ad-like posts get scrolled past.', description: '' },
  'cold-pitch': { name: 'Cold pitch', why: 'Nobody asked.', description: '' },
};

function mounted() {
  document.body.innerHTML = '<div id="composer"><div id="root"><div id="editor" contenteditable="true"></div></div></div>';
  const hooks = { action: vi.fn(), opening: vi.fn(), returnFocus: vi.fn() } satisfies BadgeHooks;
  const badge = new Badge(document, 'x', 'post', hooks);
  badge.mountBeside(document.getElementById('root')!);
  const shadow = badge.host.shadowRoot!;
  const button = shadow.querySelector<HTMLButtonElement>('button.postlint-badge')!;
  const dialog = shadow.querySelector<HTMLElement>('[role=dialog]')!;
  const show = (diagnostics: Diagnostic[], text: string, traces: Trace[] = []) =>
    badge.render(buildPopoverModel(diagnostics, text, RULES), traces, text, [...new Set(diagnostics.map((d) => d.ruleId))].sort().join(' '));
  return { badge, shadow, button, dialog, hooks, show };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('badge', () => {
  it('marks itself and says first in the popover when published posts are not saved yet, as text', () => {
    const { badge, shadow, button } = mounted();
    const notice = '1 published post is not in your PostLint history yet: the browser refused to save (<b>disk</b>).';
    badge.render(buildPopoverModel([adTone], 'BUY NOW', RULES), [], 'BUY NOW', 'ad-tone', notice);
    expect(badge.host.getAttribute('data-postlint-notice')).toBe('unsaved');
    expect(button.getAttribute('aria-label')).toMatch(/Published posts are not saved to your PostLint history yet\.$/);
    button.click();
    const first = shadow.querySelector('.list > li')!;
    expect(first.className).toBe('notice');
    expect(first.textContent).toBe(notice);
    expect(first.querySelector('b')).toBeNull();
    badge.render(buildPopoverModel([adTone], 'BUY NOW', RULES), [], 'BUY NOW', 'ad-tone');
    expect(badge.host.hasAttribute('data-postlint-notice')).toBe(false);
    expect(shadow.querySelector('.notice')).toBeNull();
  });

  it('is a <postlint-badge> host with an open shadow root, beside the editor root', () => {
    const { badge, button, dialog } = mounted();
    expect(badge.host.localName).toBe('postlint-badge');
    expect(badge.host.previousElementSibling?.id).toBe('root');
    expect(document.getElementById('root')!.contains(badge.host)).toBe(false);
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(dialog.hidden).toBe(true);
  });

  it('shows the number of problems; its name starts with that number and its header counts the same', () => {
    const { button, shadow, show, badge } = mounted();
    show([adTone, coldPitch], 'BUY NOW and more');
    expect(badge.host.getAttribute('data-postlint-count')).toBe('2');
    expect(badge.host.getAttribute('data-postlint-severity')).toBe('error');
    expect(badge.host.getAttribute('data-postlint-rules')).toBe('ad-tone cold-pitch');
    expect(button.querySelector('.count')!.textContent).toBe('2');
    expect(button.getAttribute('aria-label')).toBe('2 PostLint: 1 error, 1 warning. Open details');
    expect(button.title).toBe('PostLint: 1 error, 1 warning. Open details (Alt+Shift+L)');
    expect(shadow.querySelector('h2')!.textContent).toBe('PostLint: 2 to look at');
    show([], 'fine');
    expect(button.querySelector('.count')!.textContent).toBe('\u2713');
    expect(button.getAttribute('aria-label')!.startsWith('\u2713 PostLint: no problems')).toBe(true);
    expect(badge.host.getAttribute('data-postlint-severity')).toBe('none');
  });

  it('announces count changes politely, once per change', () => {
    const { shadow, show } = mounted();
    const status = shadow.querySelector('[role=status]')!;
    show([adTone], 'BUY NOW');
    expect(status.textContent).toBe('PostLint: 1 warning');
    status.textContent = '';
    show([adTone], 'BUY NOW!');
    expect(status.textContent).toBe('');
    show([], 'fine');
    expect(status.textContent).toBe('PostLint: no problems');
  });

  it('opens with focus on the first line, Tab cycles inside, Escape closes and hands focus back', () => {
    const { shadow, button, dialog, hooks, show } = mounted();
    show([adTone, coldPitch], 'BUY NOW and more');
    button.click();
    expect(dialog.hidden).toBe(false);
    expect(hooks.opening).toHaveBeenCalled();
    const summaries = [...shadow.querySelectorAll<HTMLButtonElement>('button.summary')];
    expect(shadow.activeElement).toBe(summaries[0]);
    const tab = (shiftKey = false) => shadow.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, composed: true, cancelable: true }));
    const close = shadow.querySelector('button.close')!;
    // Shift+Tab from the first line goes round to the close button, at the top.
    tab(true);
    expect([close, summaries[1]]).toContain(shadow.activeElement);
    tab();
    expect(dialog.contains(shadow.activeElement)).toBe(true);
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(dialog.hidden).toBe(true);
    expect(hooks.returnFocus).toHaveBeenCalledOnce();
  });

  it('opens scrolled to the top, whatever the scroll when it was closed', () => {
    const { button, shadow, show, badge } = mounted();
    show([adTone, coldPitch], 'BUY NOW and more');
    button.click();
    const list = shadow.querySelector<HTMLElement>('.list')!;
    list.scrollTop = 120;
    badge.close(false);
    button.click();
    expect(list.scrollTop).toBe(0);
    // The header with its close button is outside the scrolling list: it never scrolls away.
    expect(list.contains(shadow.querySelector('button.close'))).toBe(false);
  });

  it('keeps its key presses from the page (X closes its composer on Escape)', () => {
    const { button, dialog, show } = mounted();
    const pageKeys = vi.fn();
    document.body.addEventListener('keydown', pageKeys);
    show([adTone], 'BUY NOW');
    button.click();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(pageKeys).not.toHaveBeenCalled();
  });

  it('lists problems collapsed to one line that expands into why, suggestion, details and named actions', () => {
    const { button, dialog, hooks, show } = mounted();
    show([adTone, coldPitch], 'BUY NOW and more');
    button.click();
    const item = [...dialog.querySelectorAll<HTMLElement>('li.item')].find((li) => li.dataset.rules === 'ad-tone')!;
    const summary = item.querySelector<HTMLButtonElement>('button.summary')!;
    expect(summary.getAttribute('aria-expanded')).toBe('false');
    expect(summary.textContent).toContain('“BUY NOW”: Reads like an ad');
    const more = item.querySelector<HTMLElement>('.more')!;
    expect(more.hidden).toBe(true);
    summary.click();
    expect(summary.getAttribute('aria-expanded')).toBe('true');
    expect(more.hidden).toBe(false);
    expect(item.querySelector('.why')!.textContent).toBe('Why it matters: Ad-like posts get scrolled past.');
    expect(item.querySelector('.suggestion')!.textContent).toBe('Try this: Lead with what the reader gets.');
    expect(item.querySelector('.details')!.textContent).toBe('Details: ad score 17 (warning from 3.5)');
    const actions = [...item.querySelectorAll<HTMLButtonElement>('button.action')];
    expect(actions.map((b) => b.textContent)).toEqual(['Ignore for this post', 'Turn this rule off (Reads like an ad)']);
    actions[1].click();
    expect(hooks.action).toHaveBeenCalledWith('turnOff', 'ad-tone');
    // The most severe problem comes first.
    expect(dialog.querySelector<HTMLElement>('li.item')!.dataset.rules).toBe('cold-pitch');
  });

  it('shows a one-line trace with Undo for a rule set aside', () => {
    const { button, dialog, hooks, show } = mounted();
    show([], 'BUY NOW', [{ kind: 'ignored', ruleId: 'ad-tone', name: 'Reads like an ad', undoable: true }]);
    button.click();
    const trace = dialog.querySelector<HTMLElement>('li.trace')!;
    expect(trace.textContent).toContain('Reads like an ad: ignored for this post.');
    trace.querySelector<HTMLButtonElement>('button[data-action="undoIgnore"]')!.click();
    expect(hooks.action).toHaveBeenCalledWith('undoIgnore', 'ad-tone');
  });

  it('never parses draft text as HTML', () => {
    const { button, dialog, show } = mounted();
    const hostile = '<img src=x onerror=alert(1)>';
    show([{ ...adTone, spans: [{ start: 0, end: hostile.length }], message: hostile }], hostile);
    button.click();
    expect(dialog.querySelector('img')).toBeNull();
    expect(dialog.textContent).toContain(hostile);
  });

  it('closes on a press outside, and hides with its editor', () => {
    const { badge, button, dialog, show } = mounted();
    show([adTone], 'BUY NOW');
    button.click();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(dialog.hidden).toBe(true);
    badge.place(null);
    expect(button.hidden).toBe(true);
    badge.place({ editor: new DOMRect(10, 10, 300, 100), avoid: [], badgeOnly: [], surface: 'dark' });
    expect(button.hidden).toBe(false);
    expect(badge.host.getAttribute('data-surface')).toBe('dark');
  });
});
