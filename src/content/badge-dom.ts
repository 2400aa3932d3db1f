/**
 * Builds the badge: a `<postlint-badge>` host with an open shadow root holding the button, a
 * live region and the popover; and writes a result's counts into it. The host is PostLint's own
 * element, so its attributes are ours to set; page nodes are never touched.
 */
import type { Kind, Platform } from '../lint/types';
import { badgeLabel, badgeText, badgeTooltip } from './badge-labels';
import { BADGE_STYLE } from './badge-style';
import { OPEN_SHORTCUT } from './constants';
import { describeCounts, type PopoverCounts } from './popover-model';

/** The host's tag. Not registered with `customElements` (content scripts have no registry in Chrome). */
export const BADGE_TAG = 'postlint-badge';

/** The badge's elements. */
export interface BadgeParts {
  host: HTMLElement;
  shadow: ShadowRoot;
  button: HTMLButtonElement;
  count: HTMLSpanElement;
  status: HTMLDivElement;
  popover: HTMLDivElement;
  heading: HTMLHeadingElement;
  subheading: HTMLParagraphElement;
  close: HTMLButtonElement;
  list: HTMLUListElement;
}

/** PostLint's mark (assets/icon.svg, simplified for 14 px): a speech bubble with a check. */
const ICON_PATHS = [
  'M3 3h10a1.5 1.5 0 0 1 1.5 1.5v6A1.5 1.5 0 0 1 13 12H7.5L4.5 14.5V12H3a1.5 1.5 0 0 1-1.5-1.5v-6A1.5 1.5 0 0 1 3 3z',
  'M5 7.5l2 2 4-4',
];

/** Whether the Popover API (top layer: never clipped by the page's overflow or z-index) is here. */
export function popoverApiSupported(): boolean {
  return typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function';
}

/** True while the popover is shown in the top layer (Popover API). */
export function inTopLayer(popover: HTMLElement): boolean {
  try {
    return popoverApiSupported() && popover.matches(':popover-open');
  } catch {
    return false; // an engine that has showPopover but not the pseudo-class
  }
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

function icon(doc: Document): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = doc.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'icon');
  ICON_PATHS.forEach((d, i) => {
    const path = doc.createElementNS(ns, 'path');
    path.setAttribute('d', d);
    path.setAttribute('class', i ? 'mark' : 'bubble');
    svg.append(path);
  });
  return svg;
}

/** Creates the badge for a box of `kind` on `platform`, not yet mounted. */
export function createBadgeParts(doc: Document, platform: Platform, kind: Kind): BadgeParts {
  const host = doc.createElement(BADGE_TAG);
  // Out of the page's flow and immune to its styles; the visible parts are positioned `fixed`.
  host.style.cssText = 'all: initial; display: block; position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible;';
  host.setAttribute('data-postlint-platform', platform);
  host.setAttribute('data-postlint-kind', kind);
  host.setAttribute('data-postlint-count', '0');
  host.setAttribute('data-postlint-severity', 'none');
  host.setAttribute('data-postlint-rules', '');
  host.setAttribute('data-postlint-seq', '0');
  const shadow = host.attachShadow({ mode: 'open' });

  const style = element(doc, 'style');
  style.textContent = BADGE_STYLE;
  const button = element(doc, 'button', {
    type: 'button',
    class: 'postlint-badge',
    'aria-haspopup': 'dialog',
    'aria-expanded': 'false',
    'aria-controls': 'postlint-popover',
    'data-severity': 'none',
  });
  const count = element(doc, 'span', { class: 'count' });
  button.append(icon(doc), count);

  const status = element(doc, 'div', { role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true', class: 'visually-hidden' });

  const popover = element(doc, 'div', {
    role: 'dialog',
    id: 'postlint-popover',
    class: 'postlint-popover',
    'aria-labelledby': 'postlint-heading',
    'aria-describedby': 'postlint-subheading',
    tabindex: '-1',
  });
  popover.hidden = true;
  if (popoverApiSupported()) popover.setAttribute('popover', 'manual');
  const head = element(doc, 'div', { class: 'head' });
  const titles = element(doc, 'div', { class: 'titles' });
  const heading = element(doc, 'h2', { id: 'postlint-heading' });
  const subheading = element(doc, 'p', { id: 'postlint-subheading', class: 'sub' });
  titles.append(heading, subheading);
  const close = element(doc, 'button', { type: 'button', class: 'close', 'aria-label': 'Close PostLint (Escape)', title: 'Close (Escape)' });
  close.textContent = '\u00d7';
  head.append(icon(doc), titles, close);
  const list = element(doc, 'ul', { class: 'list' });
  popover.append(head, list);

  shadow.append(style, button, status, popover);
  return { host, shadow, button, count, status, popover, heading, subheading, close, list };
}

/**
 * Writes a result's counts into the badge: the number, its severity, the accessible name and
 * tooltip, and the popover's header. Returns the summary the live region announces.
 */
/** Said in the badge's name and tooltip while published posts are not saved yet. */
export const UNSAVED_LABEL = 'Published posts are not saved to your PostLint history yet.';

export function showCounts(parts: BadgeParts, counts: PopoverCounts, text: string, rules: string, notice?: string): string {
  const { host, button, count, heading, subheading } = parts;
  const severity = counts.error ? 'error' : counts.warning ? 'warning' : counts.info ? 'info' : 'none';
  const counted = describeCounts(counts);
  host.setAttribute('data-postlint-count', String(counts.total));
  host.setAttribute('data-postlint-severity', severity);
  host.setAttribute('data-postlint-rules', rules);
  button.setAttribute('data-severity', severity);
  // A post not saved yet marks the badge (a ring) and is said in its name; the popover has the words.
  if (notice) host.setAttribute('data-postlint-notice', 'unsaved');
  else host.removeAttribute('data-postlint-notice');
  button.setAttribute('aria-label', badgeLabel(counts.total, counted) + (notice ? ` ${UNSAVED_LABEL}` : ''));
  button.title = badgeTooltip(counted, OPEN_SHORTCUT) + (notice ? `\n${UNSAVED_LABEL}` : '');
  count.textContent = badgeText(counts.total);
  heading.textContent = counts.total ? `PostLint: ${counts.total} to look at` : 'PostLint: all clear';
  subheading.textContent = counts.total ? counted : text.trim() ? 'Nothing to fix in this draft.' : 'Waiting for your draft.';
  return `PostLint: ${counted}${notice ? `. ${UNSAVED_LABEL}` : ''}`;
}
