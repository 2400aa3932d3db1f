/**
 * Type guards a content script runs on what the background (or the popup) sends it: plain checks,
 * no zod (content scripts ship without it).
 */
import type { Diagnostic } from '../lint/types';
import type { IgnoreRuleMessage, LintPortRequest, LintResult, OpenPopoverMessage, RuleInfo, RuleUndo } from './messages';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => v !== null && typeof v === 'object' && !Array.isArray(v);
const SEVERITY_NAMES = new Set<unknown>(['info', 'warning', 'error']);
const optionalString = (v: unknown) => v === undefined || typeof v === 'string';

function isSpan(v: unknown): boolean {
  return isObject(v) && typeof v.start === 'number' && typeof v.end === 'number';
}

function isDiagnostic(v: unknown): v is Diagnostic {
  return (
    isObject(v) &&
    typeof v.ruleId === 'string' &&
    SEVERITY_NAMES.has(v.severity) &&
    typeof v.message === 'string' &&
    Array.isArray(v.spans) &&
    v.spans.every(isSpan) &&
    optionalString(v.evidence) &&
    optionalString(v.suggestion) &&
    optionalString(v.details)
  );
}

function isRuleInfoMap(v: unknown): v is Record<string, RuleInfo> {
  return isObject(v) && Object.values(v).every((info) => isObject(info) && typeof info.name === 'string' && typeof info.why === 'string' && typeof info.description === 'string');
}

/** True for a well-formed lint result or paused answer (what a content script renders). */
export function isLintAnswer(v: unknown): v is LintResult | { ok: true; paused: true } {
  if (!isObject(v) || v.ok !== true) return false;
  if (v.paused === true) return true;
  return Array.isArray(v.diagnostics) && v.diagnostics.every(isDiagnostic) && isRuleInfoMap(v.rules) && optionalString(v.notice);
}

/** True for a numbered lint request arriving on the lint port. */
export function isLintPortRequest(v: unknown): v is LintPortRequest {
  return isObject(v) && typeof v.id === 'number' && isObject(v.request) && v.request.type === 'postlint:lint';
}

/** True for a message the background sends a content script (the popup's ignore, the command's open). */
export function isTabMessage(v: unknown): v is IgnoreRuleMessage | OpenPopoverMessage {
  if (!isObject(v)) return false;
  if (v.type === 'postlint:open-popover') return true;
  return v.type === 'postlint:ignore-rule' && typeof v.ruleId === 'string' && typeof v.ignore === 'boolean';
}

/** True for a well-formed `RuleUndo` (it comes back from a content script before it is written). */
export function isRuleUndo(v: unknown): v is RuleUndo {
  return isObject(v) && typeof v.ruleId === 'string' && v.ruleId !== '' && typeof v.hadRules === 'boolean' && typeof v.existed === 'boolean';
}
