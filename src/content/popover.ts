/**
 * The popover's list: one line per problem (the quoted words and the rule's name) that expands,
 * through a disclosure button, into each part's message, why, suggestion, details and actions;
 * then one line per undoable trace ("ignored — undo"). Built with `textContent` only: draft text
 * and messages never pass through an HTML parser, so a hostile draft cannot inject markup.
 */
import type { PopoverItem, PopoverPart } from './popover-model';

/** The per-diagnostic actions and the trace actions. */
export type PopoverAction = 'ignore' | 'turnOff' | 'undoIgnore' | 'undoOff' | 'settings';
const ACTIONS = new Set<string>(['ignore', 'turnOff', 'undoIgnore', 'undoOff', 'settings']);

/** The button texts of the two per-diagnostic actions (the second names the rule). */
export const POPOVER_ACTIONS = {
  ignore: 'Ignore for this post',
  turnOff: (name: string) => `Turn this rule off (${name})`,
} as const;

/** A rule the person set aside from this popover, shown as one line with its way back. */
export interface Trace {
  kind: 'ignored' | 'off';
  ruleId: string;
  name: string;
  /** For `off`: whether Undo is still offered (it is for a few seconds). */
  undoable: boolean;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function actionButton(doc: Document, action: PopoverAction, ruleId: string, text: string): HTMLButtonElement {
  const button = el(doc, 'button', `action ${action}`, text);
  button.type = 'button';
  button.dataset.action = action;
  button.dataset.ruleId = ruleId;
  return button;
}

function partSection(doc: Document, part: PopoverPart, showWords: boolean): HTMLElement {
  const { diagnostic: d } = part;
  const section = el(doc, 'section', 'part');
  section.dataset.ruleId = d.ruleId;
  section.dataset.severity = d.severity;
  const title = el(doc, 'p', 'part-name', part.name);
  title.append(' ', el(doc, 'code', 'rule-id', d.ruleId));
  section.append(title, el(doc, 'p', 'message', d.message));
  if (showWords && part.words.length) section.append(el(doc, 'p', 'flagged', `Flagged: ${part.words.join(', ')}`));
  if (d.evidence) section.append(el(doc, 'p', 'evidence', d.evidence));
  if (part.why) section.append(el(doc, 'p', 'why', `Why it matters: ${part.why}`));
  if (d.suggestion) section.append(el(doc, 'p', 'suggestion', `Try this: ${d.suggestion}`));
  if (d.details) section.append(el(doc, 'p', 'details', `Details: ${d.details}`));
  const actions = el(doc, 'div', 'actions');
  actions.append(actionButton(doc, 'ignore', d.ruleId, POPOVER_ACTIONS.ignore), actionButton(doc, 'turnOff', d.ruleId, POPOVER_ACTIONS.turnOff(part.name)));
  section.append(actions);
  return section;
}

function problemItem(doc: Document, item: PopoverItem, index: number, expanded: boolean): HTMLLIElement {
  const li = el(doc, 'li', 'item');
  li.dataset.key = item.key;
  li.dataset.severity = item.severity;
  li.dataset.rules = item.parts.map((p) => p.diagnostic.ruleId).join(' ');
  const detailsId = `postlint-item-${index}`;
  const summary = el(doc, 'button', 'summary');
  summary.type = 'button';
  summary.setAttribute('aria-expanded', String(expanded));
  summary.setAttribute('aria-controls', detailsId);
  const severity = el(doc, 'span', 'severity', item.severity === 'info' ? 'note' : item.severity);
  const words = item.words.length ? `${item.words.join(', ')}: ` : '';
  const parts = item.parts.length > 1 ? ` (${item.parts.length} parts)` : '';
  summary.append(severity, el(doc, 'span', 'line', `${words}${item.name}${parts}`));
  const details = el(doc, 'div', 'more');
  details.id = detailsId;
  details.hidden = !expanded;
  // One part: its words are on the summary line already.
  for (const part of item.parts) details.append(partSection(doc, part, item.parts.length > 1));
  li.append(summary, details);
  return li;
}

function traceItem(doc: Document, trace: Trace): HTMLLIElement {
  const li = el(doc, 'li', 'trace');
  li.dataset.trace = trace.kind;
  li.dataset.traceRule = trace.ruleId;
  const what = trace.kind === 'ignored' ? `${trace.name}: ignored for this post.` : `${trace.name}: turned off everywhere.`;
  li.append(el(doc, 'span', 'trace-text', what));
  if (trace.kind === 'ignored') li.append(actionButton(doc, 'undoIgnore', trace.ruleId, 'Undo'));
  else {
    if (trace.undoable) li.append(actionButton(doc, 'undoOff', trace.ruleId, 'Undo'));
    li.append(actionButton(doc, 'settings', trace.ruleId, 'Rule settings'));
  }
  return li;
}

/** Replaces the list's content: problems, traces, or a short "all clear" line. */
export function renderPopoverList(list: HTMLUListElement, items: readonly PopoverItem[], traces: readonly Trace[], text: string, expanded: ReadonlySet<string>, notice?: string): void {
  const doc = list.ownerDocument;
  // A lone problem of one part opens expanded: there is nothing else to scan.
  const alone = items.length === 1 && items[0].parts.length === 1;
  const nodes = items.map((item, i) => problemItem(doc, item, i, expanded.has(item.key) || alone));
  if (!items.length) nodes.push(el(doc, 'li', 'empty', text.trim() ? 'Nothing to fix in this draft.' : 'Start writing: PostLint checks the draft as you type.'));
  for (const trace of traces) nodes.push(traceItem(doc, trace));
  // Not about the draft, so first: the person should know before publishing more.
  if (notice) nodes.unshift(el(doc, 'li', 'notice', notice));
  list.replaceChildren(...nodes);
}

/** The action and rule id of a click inside the list, if it hit an action button. */
export function actionAt(target: EventTarget | null): { action: PopoverAction; ruleId: string } | null {
  if (!(target instanceof Element)) return null;
  const button = target.closest<HTMLButtonElement>('button[data-action]');
  const action = button?.dataset.action;
  const ruleId = button?.dataset.ruleId;
  if (!ruleId || !action || !ACTIONS.has(action)) return null;
  return { action: action as PopoverAction, ruleId };
}

/** The disclosure button a click hit, if any. */
export function summaryAt(target: EventTarget | null): HTMLButtonElement | null {
  return target instanceof Element ? target.closest<HTMLButtonElement>('button.summary') : null;
}
