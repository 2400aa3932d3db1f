/**
 * How long PostLint keeps posts: forever by default; a shorter choice deletes older posts, so it
 * asks first and says how many. Nothing else ever trims the history.
 */
import { useEffect, useState } from 'react';
import type { HistoryRecord } from '../../src/history/schema';
import { readRetention, RETENTION_CHOICES, retentionCutoff, writeRetention } from '../../src/history/store/retention';
import { ConfirmDialog } from './ConfirmDialog';
import { retrySetAside } from './history-client';

const LABELS: Record<string, string> = { null: 'Forever', 1825: '5 years', 730: '2 years', 365: '1 year', 180: '6 months' };
const label = (days: number | null) => LABELS[String(days)] ?? `${days} days`;

export function HistoryRetention({ records }: { records: readonly HistoryRecord[] }) {
  const [days, setDays] = useState<number | null | undefined>(undefined);
  const [asking, setAsking] = useState<{ days: number | null; doomed: number } | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    void readRetention().then(setDays);
  }, []);

  const apply = async (next: number | null) => {
    try {
      await writeRetention(next);
      setDays(next);
      const { trimmed } = await retrySetAside();
      setMessage(trimmed ? `Kept ${label(next).toLowerCase()}; deleted ${trimmed} older ${trimmed === 1 ? 'post' : 'posts'}.` : `Posts are kept ${next === null ? 'forever' : `for ${label(next).toLowerCase()}`}.`);
    } catch (error) {
      setMessage(`Not changed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const choose = (value: string) => {
    const next = value === 'null' ? null : Number(value);
    const cutoff = retentionCutoff(next, Date.now());
    const doomed = records.filter((r) => Date.parse(r.publishedAt) < cutoff).length;
    if (doomed > 0) setAsking({ days: next, doomed });
    else void apply(next);
  };

  if (days === undefined) return null;
  return (
    <div className="retention">
      <div className="field">
        <label htmlFor="history-retention">Keep my posts</label>
        <select id="history-retention" value={String(days)} onChange={(e) => choose(e.target.value)} aria-describedby="history-retention-note">
          {RETENTION_CHOICES.map((d) => (
            <option key={String(d)} value={String(d)}>
              {label(d)}
            </option>
          ))}
        </select>
      </div>
      <p id="history-retention-note" className="muted">
        PostLint never deletes posts on its own: only this setting, or you, do. The history stays on this computer.
      </p>
      <p role="status" className="status">
        {message}
      </p>
      {/* Rendered only while asking, so the page's other confirmations stay the only dialogs in the section. */}
      {asking && (
        <ConfirmDialog
          open
          title={`Delete ${asking.doomed} older posts?`}
          confirmLabel="Delete older posts"
          onClose={() => setAsking(null)}
          onConfirm={() => void apply(asking.days)}
        >
          <p>
            Keeping posts for {label(asking.days).toLowerCase()} deletes the {asking.doomed} posts published before then, now. Export the history first if you may want them back.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
