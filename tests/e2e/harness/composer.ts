/**
 * Working with one compose box of a fixture page and its PostLint badge: typing, reading the
 * editor's text and caret, waiting for the badge, opening its popover by keyboard.
 */
import type { Loc, Tab } from './driver';
import type { Kind, Platform } from './session';

export interface Composer {
  page: Tab;
  /** The contenteditable element. */
  editor: Loc;
  platform: Platform;
  /** What the badge must say in data-postlint-kind. */
  kind: Kind;
  /** Where people read it ("X inline composer"), for messages. */
  label: string;
  /** The site's publish button for this box, when it has one. */
  publishButton?: Loc;
  /** The key that publishes from inside the editor ("Control+Enter"; "Enter" in Facebook comments). */
  publishKey?: string;
  /** The key that makes a new line ("Enter"; "Shift+Enter" where Enter publishes). */
  newlineKey: string;
  /** Resolves once the page shows the post went out (editor emptied, dialog closed, toast...). */
  waitPublished(): Promise<void>;
}

export type BadgeSeverity = 'none' | 'info' | 'warning' | 'error';

export interface BadgeState {
  index: number;
  count: number;
  severity: BadgeSeverity;
  platform: string;
  kind: string;
  seq: number;
  rules: string[];
  visible: boolean;
  openShadow: boolean;
  hasButton: boolean;
  status: string | null;
  statusLive: string | null;
  sinceSeqChangeMs: number;
  duplicates: number;
}

export interface BadgeCondition {
  /** false: no visible badge for this editor. */
  present?: boolean;
  /** Default true: the badge must be visible. */
  visible?: boolean;
  platform?: Platform;
  kind?: Kind;
  rulesInclude?: string[];
  rulesExclude?: string[];
  minSeverity?: 'info' | 'warning' | 'error';
  seqAbove?: number;
  /** The seq has not changed for this long (the lint has caught up with the typing). */
  settledMs?: number;
  /** Also met when the editor has no badge at all (resolves to { absent: true }). */
  allowAbsent?: boolean;
}

/** In-page probe (harness/probe.js), typed for the callbacks below. */
interface Probe {
  badgeState(ed: Element): BadgeState | null;
  allBadges(): BadgeState[];
  check(ed: Element, cond: BadgeCondition): BadgeState | { absent: true } | null;
  caret(ed: Element): { collapsed: boolean; inside: boolean; before: string | null; total: string; active: boolean };
  text(ed: Element): { model: string | null; dom: string };
  intrusions(): string[];
  badgesFor(ed: Element): Element[];
  arm(badge: Element | undefined): void;
  result(timeoutMs: number): Promise<number | null>;
  layout(ed: Element): ProbeLayout;
  hitsCentre(el: Element): { hit: string | null; ok: boolean };
  focus(ed: Element): { where: 'none' | 'editor' | 'popover' | 'badge' | 'page'; label?: string | null; tag?: string };
}

type ProbeRect = { left: number; top: number; right: number; bottom: number; width: number; height: number };
/** Boxes around one editor (see probe.js `layout`). */
export interface ProbeLayout {
  badge: ProbeRect | null;
  dialogOpen: boolean;
  dialog: ProbeRect | null;
  close: ProbeRect | null;
  firstItem: ProbeRect | null;
  lastLine: ProbeRect | null;
  caret: ProbeRect | null;
  viewport: { width: number; height: number };
}
declare global {
  interface Window {
    __postlintProbe: Probe;
  }
}

/** No extra delay between keys: each key is still a real keydown/keypress/input/keyup sequence. */
export const KEY_DELAY_MS = 0;
export const BADGE_TIMEOUT_MS = 5000;

export async function handle(c: Composer): Promise<{ asElement(): unknown }> {
  const h = await c.editor.elementHandle({ timeout: 5000 });
  if (!h) throw new Error(`${c.label}: editor not found`);
  return h;
}

/** Types `text` with the keyboard into the focused editor; "\n" is the site's new-line key. */
export async function typeText(c: Composer, text: string, opts: { click?: boolean } = {}): Promise<void> {
  if (opts.click !== false) await c.editor.click();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) await c.page.keyboard.press(c.newlineKey);
    if (lines[i]) await c.page.keyboard.type(lines[i], { delay: KEY_DELAY_MS });
  }
}

/** Text of the editor: the library's model and the DOM (line breaks normalised, see below). */
export async function editorText(c: Composer): Promise<{ model: string | null; dom: string }> {
  const t = await c.editor.evaluate((ed) => window.__postlintProbe.text(ed));
  return { model: t.model === null ? null : normaliseLines(t.model), dom: normaliseLines(t.dom) };
}

/**
 * Lexical joins paragraphs with a blank line and innerText puts one around <p>; Draft ends an
 * empty block with a <br>. The texts typed in the tests never hold blank lines, so a run of line
 * breaks is one line break and trailing ones go.
 */
export function normaliseLines(s: string): string {
  return s.replace(/\n{2,}/g, '\n').replace(/\n+$/, '');
}

export async function waitForEditorText(c: Composer, expected: string, timeoutMs = 5000): Promise<void> {
  const h = await handle(c);
  await c.page
    .waitForFunction(
      ([ed, want]) => {
        const t = window.__postlintProbe.text(ed).model;
        return t !== null && t.replace(/\n{2,}/g, '\n').replace(/\n+$/, '') === want;
      },
      [h, expected] as const,
      { timeout: timeoutMs, polling: 50 },
    )
    .catch(async () => {
      throw new Error(`${c.label}: editor text never became ${JSON.stringify(expected)}; it is ${JSON.stringify(await editorText(c))}`);
    });
}

export async function caret(c: Composer) {
  return c.editor.evaluate((ed) => window.__postlintProbe.caret(ed));
}

export async function badgeState(c: Composer): Promise<BadgeState | null> {
  return c.editor.evaluate((ed) => window.__postlintProbe.badgeState(ed));
}

export async function allBadges(page: Tab): Promise<BadgeState[]> {
  return page.evaluate(() => window.__postlintProbe.allBadges());
}

/** Waits until the editor's badge meets `cond`; the error says what the badges looked like. */
export async function waitForBadge(c: Composer, cond: BadgeCondition, timeoutMs = BADGE_TIMEOUT_MS): Promise<BadgeState> {
  const h = await handle(c);
  try {
    const r = await c.page.waitForFunction(([ed, k]) => window.__postlintProbe.check(ed, k), [h, cond] as const, { timeout: timeoutMs, polling: 50 });
    return (await r.jsonValue()) as BadgeState;
  } catch (e) {
    if (c.page.isClosed()) throw e;
    const mine = await badgeState(c).catch(() => null);
    const all = await allBadges(c.page).catch(() => []);
    throw new Error(
      `${c.label}: the badge never met ${JSON.stringify(cond)} within ${timeoutMs} ms.\n` +
        `  this editor's badge: ${JSON.stringify(mine)}\n` +
        `  all <postlint-badge> on the page (${all.length}): ${JSON.stringify(all)}\n` +
        `  editor text: ${JSON.stringify(await editorText(c).catch(() => null))}`,
    );
  }
}

/** The badge host of this editor, as a locator (locators pierce its open shadow root). */
export async function badgeLocator(c: Composer): Promise<Loc> {
  const s = await badgeState(c);
  if (!s) throw new Error(`${c.label}: no <postlint-badge> for this editor`);
  return c.page.locator('postlint-badge').nth(s.index);
}

/** Focuses the badge button and presses Enter (or Space); returns the popover once visible. */
export async function openPopoverByKeyboard(c: Composer, key: 'Enter' | 'Space' = 'Enter'): Promise<{ badge: Loc; button: Loc; dialog: Loc }> {
  const badge = await badgeLocator(c);
  const button = badge.locator('button.postlint-badge');
  const dialog = badge.locator('[role="dialog"]');
  // Already open (say after a click inside it): close it first, so Enter is a clean open.
  if (await dialog.isVisible()) await closePopoverByEscape(c, dialog);
  await button.focus();
  const focused = await button.evaluate((b) => (b.getRootNode() as ShadowRoot).activeElement === b);
  if (!focused) throw new Error(`${c.label}: button.postlint-badge does not take focus`);
  await c.page.keyboard.press(key);
  await dialog.waitFor({ state: 'visible', timeout: 3000 }).catch(() => {
    throw new Error(`${c.label}: ${key} on the focused badge button did not show the popover [role=dialog]`);
  });
  return { badge, button, dialog };
}

export async function closePopoverByEscape(c: Composer, dialog: Loc): Promise<void> {
  await c.page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden', timeout: 3000 }).catch(() => {
    throw new Error(`${c.label}: Escape did not close the popover`);
  });
}

/**
 * Diagnostics listed in the popover: one entry per part (section[data-rule-id]) with the text of
 * the problem's line and the part; `item` is the index of its problem (li.item) in the list.
 */
export async function popoverItems(dialog: Loc): Promise<{ ruleId: string; text: string; visible: boolean; item: number }[]> {
  return dialog.evaluate((d) =>
    [...d.querySelectorAll('li.item')].flatMap((li, item) =>
      [...li.querySelectorAll('section.part[data-rule-id]')].map((part) => ({
        ruleId: part.getAttribute('data-rule-id') ?? '',
        text: `${li.querySelector('.summary')?.textContent ?? ''}\n${part.textContent ?? ''}`,
        visible: (li as HTMLElement).getClientRects().length > 0,
        item,
      })),
    ),
  );
}

/** Number of problems (li.item) the popover lists. */
export async function popoverProblemCount(dialog: Loc): Promise<number> {
  return dialog.locator('li.item').count();
}

/** Opens the problem holding `ruleId` (its disclosure button) and returns that part's button named `name`. */
export async function partButton(dialog: Loc, ruleId: string, name: RegExp): Promise<Loc> {
  const item = dialog.locator(`li.item:has(section.part[data-rule-id="${ruleId}"])`);
  const summary = item.locator('button.summary');
  if ((await summary.getAttribute('aria-expanded')) !== 'true') await summary.click();
  return item.locator(`section.part[data-rule-id="${ruleId}"] button`, { hasText: name });
}

/** Extension nodes found inside editor roots (should be none). */
export async function intrusions(page: Tab): Promise<string[]> {
  if (page.isClosed()) return [];
  return page.evaluate(() => window.__postlintProbe.intrusions()).catch(() => []);
}
