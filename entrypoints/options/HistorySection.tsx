/** The history: search, the list (newest first), delete one, delete all with a confirmation. */
import { useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';
import { clearAllHistory, deleteFromHistory } from './history-client';
import { HistoryList } from './HistoryList';
import { HistoryRetention } from './HistoryRetention';
import { SetAsideRecords } from './SetAsideRecords';
import { WriteStatusBanner } from './WriteStatusBanner';
import { useDebounced, useHistory, useSearch } from './use-history';

export function HistorySection() {
  const records = useHistory();
  const [query, setQuery] = useState('');
  const shown = useSearch(records ?? [], useDebounced(query, 200));
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');

  const act = (work: Promise<number>, done: (n: number) => string) =>
    void work.then(
      (n) => setMessage(done(n)),
      (error: unknown) => setMessage(`Not deleted: ${error instanceof Error ? error.message : String(error)}`),
    );

  return (
    <section id="history" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <div className="card">
        <WriteStatusBanner />
        {records === null ? (
          <p className="muted">Loading your posts…</p>
        ) : records.length === 0 ? (
          <p className="empty">No posts yet. Posts you publish with PostLint on appear here; or import your archive below.</p>
        ) : (
          <>
            <div className="history-tools">
              <div className="field grow">
                <label htmlFor="history-search">Search your posts</label>
                <input id="history-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
              </div>
              <button type="button" className="danger" onClick={() => setConfirming(true)}>
                Delete all history…
              </button>
            </div>
            <p className="muted" aria-live="polite">
              {shown.length === records.length ? `${records.length} ${records.length === 1 ? 'post' : 'posts'}` : `${shown.length} of ${records.length} posts match`}
            </p>
            {shown.length > 0 ? (
              <HistoryList records={shown} onDelete={(r) => act(deleteFromHistory([r.id]), () => 'Post deleted.')} />
            ) : (
              <p className="empty">No post contains "{query}".</p>
            )}
          </>
        )}
        <p role="status" className="status">
          {message}
        </p>
        {records !== null && <HistoryRetention records={records} />}
        <SetAsideRecords />
      </div>
      <ConfirmDialog
        open={confirming}
        title="Delete all history?"
        confirmLabel="Delete all"
        onClose={() => setConfirming(false)}
        onConfirm={() => act(clearAllHistory(), (n) => `Deleted ${n} posts.`)}
      >
        <p>
          This deletes all {records?.length ?? 0} posts PostLint remembers, on this browser. Duplicate, frequency and ratio checks start from nothing. Export the
          history first if you may want it back.
        </p>
      </ConfirmDialog>
    </section>
  );
}
