/**
 * Records PostLint could not read: never deleted, shown here with the reason, exportable as they
 * were, tried again on request (and at every browser start), deleted only when the person says so.
 */
import { useEffect, useState } from 'react';
import type { SetAsideEntry } from '../../src/history/store/set-aside';
import { readSetAsideEntries, watchHistoryWrites } from '../../src/history/store/read';
import { ConfirmDialog } from './ConfirmDialog';
import { clearSetAsideRecords, retrySetAside } from './history-client';
import { downloadText } from './history-file';

const SHOWN = 50;
const PREVIEW_CHARS = 160;

function preview(raw: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(raw) ?? String(raw);
  } catch {
    text = String(raw);
  }
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}

export function SetAsideRecords() {
  const [entries, setEntries] = useState<SetAsideEntry[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const read = () => void readSetAsideEntries().then(setEntries);
    read();
    return watchHistoryWrites(read);
  }, []);
  if (!entries.length) return message ? <p role="status" className="status">{message}</p> : null;

  const fail = (error: unknown) => setMessage(`Not done: ${error instanceof Error ? error.message : String(error)}`);
  const retry = () =>
    void retrySetAside().then(({ restored }) => setMessage(restored ? `${restored} ${restored === 1 ? 'record is' : 'records are'} back in the history.` : 'Still unreadable by this version.'), fail);
  const exportAll = () => {
    downloadText(`postlint-set-aside-${new Date().toISOString().slice(0, 10)}.json`, `${JSON.stringify({ format: 'postlint-set-aside', entries }, null, 2)}\n`, 'application/json');
    setMessage(`Exported ${entries.length} records.`);
  };

  return (
    <div className="set-aside" role="region" aria-labelledby="set-aside-title">
      <h3 id="set-aside-title">{entries.length === 1 ? '1 record' : `${entries.length} records`} PostLint could not read</h3>
      <p className="muted">
        Kept as they were, not deleted and not used by the checks. A newer version of PostLint may read them: they come back by themselves when it can.
      </p>
      <ul className="set-aside-list">
        {entries.slice(0, SHOWN).map((e, i) => (
          <li key={i}>
            <span className="reason">{e.reason}</span> <span className="muted">({e.from}, {e.at.slice(0, 10)})</span>
            <code>{preview(e.raw)}</code>
          </li>
        ))}
        {entries.length > SHOWN && <li>…and {entries.length - SHOWN} more (all are in the export)</li>}
      </ul>
      <div className="form-actions">
        <button type="button" onClick={exportAll}>
          Export them (JSON)
        </button>
        <button type="button" onClick={retry}>
          Try reading them again
        </button>
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          Delete them…
        </button>
      </div>
      <p role="status" className="status">
        {message}
      </p>
      <ConfirmDialog
        open={confirming}
        title="Delete the unreadable records?"
        confirmLabel="Delete them"
        onClose={() => setConfirming(false)}
        onConfirm={() => void clearSetAsideRecords().then((n) => setMessage(`Deleted ${n} unreadable records.`), fail)}
      >
        <p>They are gone for good once deleted. Export them first if someone may want to look at them.</p>
      </ConfirmDialog>
    </div>
  );
}
