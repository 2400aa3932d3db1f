/**
 * One compose box's badge: count and worst severity on a focusable button, a polite live region
 * announcing changes, and a popover dialog with the details. Keyboard: Enter/Space opens and moves
 * focus into the popover, Escape closes and returns focus to the badge.
 */
import type { Diagnostic, Kind, Platform } from '../lint/types';
import { badgeLabel, badgeSeverity, ruleIdList, summarizeDiagnostics } from './badge-labels';
import { createBadgeParts, inTopLayer, popoverApiSupported, type BadgeParts } from './badge-dom';
import { badgeCorner, placeFixed, popoverCorner, setFixedPosition, type Point } from './badge-position';
import { actionAt, renderDiagnosticList, type PopoverAction, type WhyOf } from './popover';
import { guard } from './report-error';

/** Keyboard and pointer events that must not reach the page's shortcuts (X closes its modal on Escape). */
const CONTAINED_EVENTS = ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'] as const;

export class Badge {
  private readonly parts: BadgeParts;
  private readonly abort = new AbortController();
  private diagnostics: readonly Diagnostic[] = [];
  private text = '';
  private seq = 0;
  private announced = '';
  /** Offset of the fixed-position containing block (non-zero when a page ancestor has a transform). */
  private correction: Point = { left: 0, top: 0 };

  constructor(
    private readonly doc: Document,
    platform: Platform,
    kind: Kind,
    private readonly onAction: (action: PopoverAction, ruleId: string) => void,
    private readonly whyOf: WhyOf = () => undefined,
  ) {
    this.parts = createBadgeParts(doc, platform, kind);
    const { shadow, button, close, list, host } = this.parts;
    const signal = this.abort.signal;
    // The badge always opens ("open details"): pressing it again must not hide what one asked for.
    button.addEventListener('click', guard('badge click', () => this.open()), { signal });
    close.addEventListener('click', guard('popover close', () => this.close(true)), { signal });
    list.addEventListener('click', guard('popover action', (event: Event) => {
      const hit = actionAt(event.target);
      if (!hit) return;
      this.parts.popover.focus({ preventScroll: true });
      this.onAction(hit.action, hit.ruleId);
    }), { signal });
    shadow.addEventListener('keydown', guard('badge keys', (event: Event) => {
      if ((event as KeyboardEvent).key === 'Escape' && this.isOpen) {
        event.preventDefault();
        this.close(true);
      }
    }), { signal });
    for (const type of CONTAINED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation(), { signal });
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

  /** Shows a lint result: `diagnostics` (already filtered) of the draft `text`. */
  render(diagnostics: readonly Diagnostic[], text: string): void {
    const { host, button, count, status, heading, list } = this.parts;
    this.diagnostics = diagnostics;
    this.text = text;
    const severity = badgeSeverity(diagnostics);
    host.setAttribute('data-postlint-count', String(diagnostics.length));
    host.setAttribute('data-postlint-severity', severity);
    host.setAttribute('data-postlint-rules', ruleIdList(diagnostics));
    button.setAttribute('data-severity', severity);
    button.setAttribute('aria-label', badgeLabel(diagnostics));
    count.textContent = diagnostics.length ? String(diagnostics.length) : '✓';
    heading.textContent = `PostLint: ${summarizeDiagnostics(diagnostics)}`;
    // Announce only when the summary changes, not on every keystroke.
    const summary = diagnostics.length ? `PostLint: ${summarizeDiagnostics(diagnostics)}` : 'PostLint: no problems';
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

  /** Moves the badge to the editor's corner, or hides it when the editor cannot be seen. */
  place(editorRect: DOMRectReadOnly | null): void {
    const { button } = this.parts;
    button.hidden = editorRect === null;
    if (!editorRect) {
      if (this.isOpen) this.close(false);
      return;
    }
    const corner = badgeCorner(editorRect, { width: button.offsetWidth || 22, height: button.offsetHeight || 22 });
    this.correction = placeFixed(button, corner, this.correction);
    if (this.isOpen) this.placePopover();
  }

  /** Opens the popover (or keeps it open) and moves focus into it. */
  open(): void {
    const { popover, button } = this.parts;
    if (!this.isOpen) this.renderList();
    popover.hidden = false;
    if (popoverApiSupported() && popover.isConnected && !inTopLayer(popover)) popover.showPopover();
    button.setAttribute('aria-expanded', 'true');
    this.placePopover();
    popover.focus({ preventScroll: true });
  }

  /** Closes the popover; with `returnFocus`, focus goes back to the badge. */
  close(returnFocus: boolean): void {
    const { popover, button } = this.parts;
    if (inTopLayer(popover)) popover.hidePopover();
    popover.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (returnFocus) button.focus({ preventScroll: true });
  }

  /** Removes the badge and its listeners. */
  destroy(): void {
    this.abort.abort();
    this.parts.host.remove();
  }

  private renderList(): void {
    const { popover, list } = this.parts;
    const hadFocus = list.contains(this.parts.shadow.activeElement);
    renderDiagnosticList(list, this.diagnostics, this.text, this.whyOf);
    if (hadFocus) popover.focus({ preventScroll: true });
  }

  private placePopover(): void {
    const { button, popover } = this.parts;
    const view = this.doc.defaultView;
    const viewport = { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
    const corner = popoverCorner(button.getBoundingClientRect(), { width: popover.offsetWidth || 340, height: popover.offsetHeight || 200 }, viewport);
    // In the top layer the popover is positioned against the viewport; otherwise like the badge.
    setFixedPosition(popover, corner, inTopLayer(popover) ? { left: 0, top: 0 } : this.correction);
  }
}
