/**
 * The popover's list of diagnostics. Built with `textContent` only: draft text (quoted words) and
 * messages never pass through an HTML parser, so a hostile draft cannot inject markup.
 */
import type { Diagnostic } from '../lint/types';
import { flaggedWords } from './badge-labels';

/** The two per-diagnostic actions; the button texts are part of the public UI contract. */
export const POPOVER_ACTIONS = {
  ignore: 'Ignore for this post',
  turnOff: 'Turn this rule off',
} as const;
export type PopoverAction = keyof typeof POPOVER_ACTIONS;

function paragraph(doc: Document, className: string, text: string): HTMLParagraphElement {
  const p = doc.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

function actionButton(doc: Document, action: PopoverAction, describedBy: string): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.dataset.action = action;
  button.textContent = POPOVER_ACTIONS[action];
  // The visible text stays exactly the contract's; the message tells screen readers which rule.
  button.setAttribute('aria-describedby', describedBy);
  return button;
}

/** Why a rule matters, in the popover's words (from the background's lint answers). */
export type WhyOf = (ruleId: string) => string | undefined;

function diagnosticItem(doc: Document, diagnostic: Diagnostic, text: string, index: number, whyOf: WhyOf): HTMLLIElement {
  const item = doc.createElement('li');
  item.dataset.ruleId = diagnostic.ruleId;
  item.dataset.severity = diagnostic.severity;
  const messageId = `postlint-message-${index}`;
  const title = doc.createElement('div');
  title.className = 'title';
  const severity = doc.createElement('span');
  severity.className = 'severity';
  severity.textContent = diagnostic.severity;
  const message = paragraph(doc, 'message', diagnostic.message);
  message.id = messageId;
  title.append(severity, message);
  item.append(title);
  const words = flaggedWords(diagnostic, text);
  if (words.length) item.append(paragraph(doc, 'flagged', `Flagged: ${words.join(', ')}`));
  if (diagnostic.evidence) item.append(paragraph(doc, 'evidence', diagnostic.evidence));
  const why = whyOf(diagnostic.ruleId);
  if (why) item.append(paragraph(doc, 'why', `Why it matters: ${why}`));
  if (diagnostic.suggestion) item.append(paragraph(doc, 'suggestion', `Try this: ${diagnostic.suggestion}`));
  const actions = doc.createElement('div');
  actions.className = 'actions';
  actions.append(actionButton(doc, 'ignore', messageId), actionButton(doc, 'turnOff', messageId));
  item.append(actions);
  return item;
}

/** Replaces the list's content with one item per diagnostic, or a quiet "all clear" line. */
export function renderDiagnosticList(list: HTMLUListElement, diagnostics: readonly Diagnostic[], text: string, whyOf: WhyOf = () => undefined): void {
  const doc = list.ownerDocument;
  const items = diagnostics.map((d, i) => diagnosticItem(doc, d, text, i, whyOf));
  if (!items.length) {
    const empty = doc.createElement('li');
    empty.className = 'empty';
    empty.textContent = text.trim() ? 'No problems found in this draft.' : 'Start writing: PostLint checks the draft as you type.';
    items.push(empty);
  }
  list.replaceChildren(...items);
}

/** The action and rule id of a click inside the list, if it hit an action button. */
export function actionAt(target: EventTarget | null): { action: PopoverAction; ruleId: string } | null {
  if (!(target instanceof Element)) return null;
  const button = target.closest<HTMLButtonElement>('button[data-action]');
  const ruleId = button?.closest<HTMLLIElement>('li[data-rule-id]')?.dataset.ruleId;
  const action = button?.dataset.action;
  if (!ruleId || (action !== 'ignore' && action !== 'turnOff')) return null;
  return { action, ruleId };
}
