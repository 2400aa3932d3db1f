/**
 * One compose box's badge: the number of problems on a focusable button, a polite live region
 * announcing changes, and a popover dialog with the details. Keyboard: Enter/Space (or the
 * shortcut) opens it and moves focus in; Tab cycles inside it; Escape closes it and hands focus
 * back to the editor (the box restores the caret).
 */
import type { Kind, Platform } from '../lint/types';
import { badgeLabel, badgeText, badgeTooltip } from './badge-labels';
import { createBadgeParts, inTopLayer, popoverApiSupported, type BadgeParts } from './badge-dom';
import { badgeSpot, placeFixed, popoverSpot, setFixedPosition, type Box, type Point } from './badge-position';
import { OPEN_SHORTCUT } from './constants';
import { actionAt, renderPopoverList, summaryAt, type PopoverAction, type Trace } from './popover';
import { describeCounts, type PopoverModel } from './popover-model';
import { guard } from './report-error';

/** Keyboard and pointer events that must not reach the page's shortcuts (X closes its modal on Escape). */
const CONTAINED_EVENTS = ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'] as const;
const BADGE_SIZE_FALLBACK = { width: 40, height: 24 };
const POPOVER_WIDTH = 360;

/** What the badge asks of its compose box. */
export interface BadgeHooks {
  /** A button in the popover was pressed. */
  action(action: PopoverAction, ruleId: string): void;
  /** The popover is about to open: remember where the caret is. */
  opening(): void;
  /** The popover closed by Escape or its × button: focus goes back to the editor. */
  returnFocus(): void;
}

/** Where things are around the editor, for placing the badge and the popover. */
export interface BadgeSurroundings {
  editor: DOMRectReadOnly;
  /** Boxes neither the badge nor the popover may cover: the publish control, the caret, the last line. */
  avoid: Box[];
  /** Boxes only the badge must leave free (the popover may cover the last line, not the caret). */
  badgeOnly: Box[];
  surface: 'light' | 'dark';
}

export class Badge {
  private readonly parts: BadgeParts;
  private readonly abort = new AbortController();
  private model: PopoverModel = { items: [], counts: { total: 0, error: 0, warning: 0, info: 0 } };
  private traces: Trace[] = [];
  private text = '';
  private seq = 0;
  private announced = '';
  private readonly expanded = new Set<string>();
  private around: BadgeSurroundings | null = null;
  /** Offset of the fixed-position containing block (non-zero when a page ancestor has a transform). */
  private correction: Point = { left: 0, top: 0 };

  constructor(
    private readonly doc: Document,
    platform: Platform,
    kind: Kind,
    private readonly hooks: BadgeHooks,
  ) {
    this.parts = createBadgeParts(doc, platform, kind);
    const { shadow, button, close, list, host } = this.parts;
    const signal = this.abort.signal;
    // Before the press moves focus or the selection: the caret is still where the person left it.
    button.addEventListener('pointerdown', guard('badge press', () => this.hooks.opening()), { signal });
    button.addEventListener('focus', guard('badge focus', () => this.hooks.opening()), { signal });
    // The badge always opens ("open details"): pressing it again must not hide what one asked for.
    button.addEventListener('click', guard('badge click', () => this.open()), { signal });
    close.addEventListener('click', guard('popover close', () => this.close(true)), { signal });
    list.addEventListener('click', guard('popover action', (event: Event) => this.onListClick(event)), { signal });
    shadow.addEventListener('keydown', guard('badge keys', (event: Event) => this.onKey(event as KeyboardEvent)), { signal });
    for (const type of CONTAINED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation(), { signal });
    // Escape still closes when focus fell out of the popover onto nothing (the page's body).
    doc.addEventListener('keydown', guard('popover escape', (event: KeyboardEvent) => {
      if (event.key === 'Escape' && this.isOpen && (!doc.activeElement || doc.activeElement === doc.body)) this.close(true);
    }), { capture: true, signal });
    // A press anywhere else closes the popover, as menus do; focus stays where the person put it.
    doc.addEventListener('pointerdown', guard('popover outside press', (event: Event) => {
      if (this.isOpen && !event.composedPath().includes(host)) this.close(false);
    }), { capture: true, signal });
  }

  /** The `<postlint-badge>` element. */
  get host(): HTMLElement {
    return this.parts.host;
  }

  get isOpen(): boolean {
    return !this.parts.popover.hidden;
  }

  /** Updates the box kind shown in `data-postlint-kind` (a reply composer can become a post one). */
  setKind(kind: Kind): void {
    if (this.parts.host.getAttribute('data-postlint-kind') !== kind) this.parts.host.setAttribute('data-postlint-kind', kind);
  }

  /** Shows a result: the popover's model of the draft `text`, and the rules set aside. */
  render(model: PopoverModel, traces: Trace[], text: string, rules: string): void {
    const { host, button, count, status, heading, subheading } = this.parts;
    this.model = model;
    this.traces = traces;
    this.text = text;
    const { counts } = model;
    const severity = counts.error ? 'error' : counts.warning ? 'warning' : counts.info ? 'info' : 'none';
    const counted = describeCounts(counts);
    host.setAttribute('data-postlint-count', String(counts.total));
    host.setAttribute('data-postlint-severity', severity);
    host.setAttribute('data-postlint-rules', rules);
    button.setAttribute('data-severity', severity);
    button.setAttribute('aria-label', badgeLabel(counts.total, counted));
    button.title = badgeTooltip(counted, OPEN_SHORTCUT);
    count.textContent = badgeText(counts.total);
    heading.textContent = counts.total ? `PostLint: ${counts.total} to look at` : 'PostLint: all clear';
    subheading.textContent = counts.total ? counted : text.trim() ? 'Nothing to fix in this draft.' : 'Waiting for your draft.';
    // Announce only when the summary changes, not on every keystroke.
    const summary = `PostLint: ${counted}`;
    if (summary !== this.announced) status.textContent = this.announced = summary;
    if (this.isOpen) this.renderList();
    host.setAttribute('data-postlint-seq', String(++this.seq));
  }

  /** Inserts the host right after the editor's root (outside the editor) if it is not in the page. */
  mountBeside(editorRoot: HTMLElement): void {
    const { host } = this.parts;
    // Only when it is gone: moving it whenever the page inserts a sibling would fight the page.
    if (host.isConnected && host.parentNode === editorRoot.parentNode) return;
    if (editorRoot.parentNode) editorRoot.after(host);
  }

  /** Moves the badge beside the editor, or hides it when the editor cannot be seen. */
  place(around: BadgeSurroundings | null): void {
    const { button, host } = this.parts;
    this.around = around;
    const view = this.doc.defaultView;
    const viewport = { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
    const size = { width: button.offsetWidth || BADGE_SIZE_FALLBACK.width, height: button.offsetHeight || BADGE_SIZE_FALLBACK.height };
    const spot = around ? badgeSpot(around.editor, size, viewport, [...around.avoid, ...around.badgeOnly]) : null;
    button.hidden = spot === null;
    if (!spot || !around) {
      if (this.isOpen) this.close(false);
      return;
    }
    if (host.getAttribute('data-surface') !== around.surface) host.setAttribute('data-surface', around.surface);
    this.correction = placeFixed(button, spot, this.correction);
    if (this.isOpen) this.placePopover();
  }

  /** Opens the popover (or keeps it open), scrolled to the top, and moves focus into it. */
  open(): void {
    const { popover, button, list, close } = this.parts;
    const wasOpen = this.isOpen;
    if (!wasOpen) this.hooks.opening();
    this.renderList();
    popover.hidden = false;
    if (popoverApiSupported() && popover.isConnected && !inTopLayer(popover)) popover.showPopover();
    button.setAttribute('aria-expanded', 'true');
    this.placePopover();
    if (!wasOpen) list.scrollTop = 0;
    // The first problem's line, or the close button when there is none.
    const first = list.querySelector<HTMLButtonElement>('button') ?? close;
    first.focus({ preventScroll: true });
  }

  /** Closes the popover; with `returnFocus`, focus goes back to the editor (through the box). */
  close(returnFocus: boolean): void {
    const { popover, button } = this.parts;
    if (inTopLayer(popover)) popover.hidePopover();
    popover.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (returnFocus) this.hooks.returnFocus();
  }

  /** Removes the badge and its listeners. */
  destroy(): void {
    this.abort.abort();
    this.parts.host.remove();
  }

  private onListClick(event: Event): void {
    const summary = summaryAt(event.target);
    if (summary) {
      const li = summary.closest<HTMLLIElement>('li');
      const open = summary.getAttribute('aria-expanded') !== 'true';
      summary.setAttribute('aria-expanded', String(open));
      const more = li?.querySelector<HTMLElement>('.more');
      if (more) more.hidden = !open;
      const key = li?.dataset.key;
      if (key && open) this.expanded.add(key);
      else if (key) this.expanded.delete(key);
      this.placePopover();
      return;
    }
    const hit = actionAt(event.target);
    if (hit) this.hooks.action(hit.action, hit.ruleId);
  }

  /** Moves focus after an action re-rendered the list: to the rule's trace, else the first button. */
  focusAfterAction(ruleId: string): void {
    if (!this.isOpen) return;
    const { list, close } = this.parts;
    const target =
      list.querySelector<HTMLButtonElement>(`li[data-trace-rule="${CSS.escape(ruleId)}"] button`) ?? list.querySelector<HTMLButtonElement>('button') ?? close;
    target.focus({ preventScroll: true });
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.isOpen) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close(true);
      return;
    }
    if (event.key !== 'Tab') return;
    const path = event.composedPath();
    if (!path.includes(this.parts.popover)) return;
    // Focus stays inside the open popover: Tab and Shift+Tab go round its buttons.
    event.preventDefault();
    const focusable = [...this.parts.popover.querySelectorAll<HTMLButtonElement>('button')].filter((b) => b.offsetParent !== null || b.getClientRects().length > 0);
    if (!focusable.length) return;
    const at = focusable.indexOf(this.parts.shadow.activeElement as HTMLButtonElement);
    const next = at === -1 ? (event.shiftKey ? focusable.length - 1 : 0) : (at + (event.shiftKey ? -1 : 1) + focusable.length) % focusable.length;
    focusable[next].focus({ preventScroll: true });
  }

  private renderList(): void {
    const { list, shadow, close } = this.parts;
    const focused = shadow.activeElement as HTMLElement | null;
    const hadFocus = !!focused && list.contains(focused);
    const focusedKey = focused?.closest<HTMLLIElement>('li.item')?.dataset.key;
    const focusedTrace = focused?.closest<HTMLLIElement>('li.trace')?.dataset.traceRule;
    renderPopoverList(list, this.model.items, this.traces, this.text, this.expanded);
    if (!hadFocus) return;
    // Typing on (or a settings change) re-renders an open popover: focus stays on the same line,
    // else on the first button, never lost to the page.
    const same = focusedKey
      ? list.querySelector<HTMLButtonElement>(`li[data-key="${CSS.escape(focusedKey)}"] .summary`)
      : focusedTrace
        ? list.querySelector<HTMLButtonElement>(`li[data-trace-rule="${CSS.escape(focusedTrace)}"] button`)
        : null;
    (same ?? list.querySelector<HTMLButtonElement>('button') ?? close).focus({ preventScroll: true });
  }

  private placePopover(): void {
    const { button, popover } = this.parts;
    const view = this.doc.defaultView;
    const viewport = { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
    // Its natural height at its natural width first, then the room it gets.
    const width = Math.min(POPOVER_WIDTH, viewport.width - 16);
    popover.style.width = `${width}px`;
    popover.style.maxHeight = 'none';
    const size = { width, height: popover.offsetHeight || 200 };
    const around = this.around;
    const spot = popoverSpot(button.getBoundingClientRect(), size, viewport, around?.avoid ?? [], around ? [around.editor] : []);
    popover.style.width = `${Math.floor(spot.width)}px`;
    popover.style.maxHeight = `${Math.floor(spot.maxHeight)}px`;
    popover.toggleAttribute('data-compact', spot.compact);
    // In the top layer the popover is positioned against the viewport; otherwise like the badge.
    setFixedPosition(popover, spot, inTopLayer(popover) ? { left: 0, top: 0 } : this.correction);
  }
}
