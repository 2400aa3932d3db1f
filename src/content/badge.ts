/**
 * One compose box's badge: the number of problems on a focusable button, a polite live region
 * announcing changes, and a popover dialog with the details. Keyboard: Enter/Space (or the
 * shortcut) opens it and moves focus in; Tab cycles inside it; Escape closes it and hands focus
 * back to the editor (the box restores the caret). Building and filling in its elements is
 * `badge-dom`'s job, measuring and placing them `badge-placement`'s, focus rules `popover-focus`'s.
 */
import type { Kind, Platform } from '../lint/types';
import { createBadgeParts, inTopLayer, popoverApiSupported, showCounts, type BadgeParts } from './badge-dom';
import { placeBadgeButton, placePopoverBox, type BadgeSurroundings } from './badge-placement';
import type { Point } from './badge-position';
import { actionAt, renderPopoverList, summaryAt, type PopoverAction, type Trace } from './popover';
import { cycleFocus, focusedLine, focusRuleLine, refocusLine } from './popover-focus';
import type { PopoverModel } from './popover-model';
import { guard } from './report-error';

/** Keyboard and pointer events that must not reach the page's shortcuts (X closes its modal on Escape). */
const CONTAINED_EVENTS = ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'] as const;

/** What the badge asks of its compose box. */
export interface BadgeHooks {
  /** A button in the popover was pressed. */
  action(action: PopoverAction, ruleId: string): void;
  /** The popover is about to open: remember where the caret is. */
  opening(): void;
  /** The popover closed by Escape or its × button: focus goes back to the editor. */
  returnFocus(): void;
}

export type { BadgeSurroundings } from './badge-placement';

export class Badge {
  private readonly parts: BadgeParts;
  private readonly abort = new AbortController();
  private model: PopoverModel = { items: [], counts: { total: 0, error: 0, warning: 0, info: 0 } };
  private traces: Trace[] = [];
  private notice: string | undefined;
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
  render(model: PopoverModel, traces: Trace[], text: string, rules: string, notice?: string): void {
    const { host, status } = this.parts;
    this.model = model;
    this.traces = traces;
    this.text = text;
    this.notice = notice;
    const summary = showCounts(this.parts, model.counts, text, rules, notice);
    // Announce only when the summary changes, not on every keystroke.
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
    const { placed, correction } = placeBadgeButton(this.doc, button, around, this.correction);
    if (!placed || !around) {
      if (this.isOpen) this.close(false);
      return;
    }
    this.correction = correction;
    if (host.getAttribute('data-surface') !== around.surface) host.setAttribute('data-surface', around.surface);
    if (this.isOpen) placePopoverBox(this.doc, button, this.parts.popover, around, correction);
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
    focusRuleLine(this.parts.list, ruleId, this.parts.close);
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
    cycleFocus(this.parts.popover, this.parts.shadow, event.shiftKey);
  }

  private renderList(): void {
    const { list, shadow, close } = this.parts;
    const line = focusedLine(shadow, list);
    renderPopoverList(list, this.model.items, this.traces, this.text, this.expanded, this.notice);
    // Typing on (or a settings change) re-renders an open popover: focus stays on the same line,
    // else on the first button, never lost to the page.
    if (line) refocusLine(list, line, close);
  }

  private placePopover(): void {
    placePopoverBox(this.doc, this.parts.button, this.parts.popover, this.around, this.correction);
  }
}
