/**
 * Puts the badge's button and popover where `badge-position` says, measuring them first: the DOM
 * side of placement (sizes, the viewport, fixed positioning in or out of the top layer). Split from
 * the badge so placing lives apart from rendering and the keyboard.
 */
import { inTopLayer } from './badge-dom';
import { badgeSpot, placeFixed, popoverSpot, setFixedPosition, type Box, type Point } from './badge-position';

const BADGE_SIZE_FALLBACK = { width: 40, height: 24 };
const POPOVER_WIDTH = 360;

/** Where things are around the editor, for placing the badge and the popover. */
export interface BadgeSurroundings {
  editor: DOMRectReadOnly;
  /** Boxes neither the badge nor the popover may cover: the publish control, the caret, the last line. */
  avoid: Box[];
  /** Boxes only the badge must leave free (the popover may cover the last line, not the caret). */
  badgeOnly: Box[];
  surface: 'light' | 'dark';
}

function viewportOf(doc: Document) {
  const view = doc.defaultView;
  return { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
}

/**
 * Moves the badge's button beside the editor; false (and the button hidden) when it has no place.
 * Returns the fixed-position correction to keep (non-zero when a page ancestor has a transform).
 */
export function placeBadgeButton(doc: Document, button: HTMLElement, around: BadgeSurroundings | null, correction: Point): { placed: boolean; correction: Point } {
  const size = { width: button.offsetWidth || BADGE_SIZE_FALLBACK.width, height: button.offsetHeight || BADGE_SIZE_FALLBACK.height };
  const spot = around ? badgeSpot(around.editor, size, viewportOf(doc), [...around.avoid, ...around.badgeOnly]) : null;
  button.hidden = spot === null;
  if (!spot) return { placed: false, correction };
  return { placed: true, correction: placeFixed(button, spot, correction) };
}

/** Sizes and places the open popover next to the badge's button, off the boxes to avoid. */
export function placePopoverBox(doc: Document, button: HTMLElement, popover: HTMLElement, around: BadgeSurroundings | null, correction: Point): void {
  const viewport = viewportOf(doc);
  // Its natural height at its natural width first, then the room it gets.
  const width = Math.min(POPOVER_WIDTH, viewport.width - 16);
  popover.style.width = `${width}px`;
  popover.style.maxHeight = 'none';
  const size = { width, height: popover.offsetHeight || 200 };
  const spot = popoverSpot(button.getBoundingClientRect(), size, viewport, around?.avoid ?? [], around ? [around.editor] : []);
  popover.style.width = `${Math.floor(spot.width)}px`;
  popover.style.maxHeight = `${Math.floor(spot.maxHeight)}px`;
  popover.toggleAttribute('data-compact', spot.compact);
  // In the top layer the popover is positioned against the viewport; otherwise like the badge.
  setFixedPosition(popover, spot, inTopLayer(popover) ? { left: 0, top: 0 } : correction);
}
