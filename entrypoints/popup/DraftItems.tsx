/**
 * The active draft's diagnostics, each with its rule's name, why it matters, what to do, and the
 * two actions. An ignored item leaves a one-line trace with Undo; turning a rule off offers Undo
 * for a few seconds and a link to where it can be turned back on later.
 */
import { useEffect, useRef, useState } from 'react';
import type { TabState } from '../../src/history/tab-state';
import { ruleById } from '../../src/lint/index';
import { ignoreRuleInTab, openInTab, optionsUrl, turnRuleOffUndoably } from './rule-actions';

/** How long "Undo" stays after turning a rule off. */
export const UNDO_MS = 8000;

type Item = NonNullable<TabState['draft']>['diagnostics'][number];
const nameOf = (ruleId: string) => ruleById(ruleId)?.name ?? ruleId;

function RuleLink({ ruleId, children }: { ruleId: string; children: string }) {
  const url = optionsUrl(`rule-${ruleId}`);
  return (
    <a href={url} onClick={(e) => (e.preventDefault(), openInTab(url))}>
      {children}
    </a>
  );
}

export function DraftItems({ tabId, items }: { tabId: number; items: readonly Item[] }) {
  const [ignored, setIgnored] = useState<string[]>([]);
  const [turnedOff, setTurnedOff] = useState<{ ruleId: string; undo: () => Promise<void> } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const ignore = (ruleId: string, on: boolean) => {
    setError(null);
    ignoreRuleInTab(tabId, ruleId, on).then(
      () => setIgnored((list) => (on ? [...list, ruleId] : list.filter((id) => id !== ruleId))),
      () => setError('The page did not answer: reload the tab and try again.'),
    );
  };
  const turnOff = async (ruleId: string) => {
    const undo = await turnRuleOffUndoably(ruleId);
    setTurnedOff({ ruleId, undo });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setTurnedOff(null), UNDO_MS);
  };
  const undoTurnOff = async () => {
    if (!turnedOff) return;
    clearTimeout(timer.current);
    await turnedOff.undo();
    setTurnedOff(null);
  };

  const visible = items.filter((d) => !ignored.includes(d.ruleId));
  return (
    <>
      {turnedOff && (
        <p className="notice" role="status">
          “{nameOf(turnedOff.ruleId)}” is off everywhere.{' '}
          <button type="button" className="link-button" onClick={() => void undoTurnOff()}>
            Undo
          </button>{' '}
          · <RuleLink ruleId={turnedOff.ruleId}>Turn it back on later in the options</RuleLink>
        </p>
      )}
      {error && <p className="notice error" role="alert">{error}</p>}
      <ul className="diagnostics">
        {visible.map((d, i) => {
          const rule = ruleById(d.ruleId);
          return (
            <li key={`${d.ruleId}-${i}`} data-rule-id={d.ruleId} data-severity={d.severity}>
              <p className="item-head">
                <span className="severity">{d.severity === 'info' ? 'note' : d.severity}</span> <strong>{nameOf(d.ruleId)}</strong>{' '}
                <code className="rule-id">{d.ruleId}</code>
              </p>
              <p className="message">{d.message}</p>
              {rule?.why && <p className="why"><span className="label">Why: </span>{rule.why}</p>}
              {d.suggestion && <p className="suggestion"><span className="label">Try: </span>{d.suggestion}</p>}
              <p className="actions">
                <button type="button" onClick={() => ignore(d.ruleId, true)}>
                  Ignore for this post
                </button>
                <button type="button" onClick={() => void turnOff(d.ruleId)} aria-label={`Turn this rule off: “${nameOf(d.ruleId)}” (${d.ruleId}), everywhere`}>
                  Turn this rule off
                </button>
              </p>
            </li>
          );
        })}
        {ignored.map((ruleId) => (
          <li key={`ignored-${ruleId}`} className="ignored" data-ignored-rule-id={ruleId}>
            “{nameOf(ruleId)}” ignored for this post.{' '}
            <button type="button" className="link-button" onClick={() => ignore(ruleId, false)} aria-label={`Undo ignoring “${nameOf(ruleId)}”`}>
              Undo
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
