/**
 * Import history from a platform's data export (or PostLint's own JSON export). Choosing the file
 * starts it; a progress bar follows the reading and the batches sent to the background; the result
 * says what was added, what was there already, and which entries were skipped and why.
 */
import { useState } from 'react';
import type { ImportProgress, ImportReport, SkippedEntry } from '../../src/importers/types';
import { importIntoHistory, type ImportTotals } from './history-client';
import { readHistoryExport } from './history-file';

/** Reads a file into posts (the importers' `importFile`). */
export type ReadExport = (fileName: string, bytes: Uint8Array, options: { onProgress?: ImportProgress }) => Promise<ImportReport>;

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; fileName: string; done: number }
  | { kind: 'done'; fileName: string; totals: ImportTotals; skipped: SkippedEntry[] }
  | { kind: 'failed'; fileName: string; message: string };

const SHOWN_SKIPS = 100;
/** Reading the file is roughly this share of the work; storing the batches the rest. */
const READ_SHARE = 0.5;

export function HistoryImport({ readExport }: { readExport: ReadExport }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  const run = async (file: File) => {
    const fileName = file.name;
    setPhase({ kind: 'running', fileName, done: 0 });
    const progress = (done: number) => setPhase({ kind: 'running', fileName, done });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const own = /\.json$/i.test(fileName) ? readHistoryExport(new TextDecoder().decode(bytes)) : null;
      const report = own ? { posts: own, skipped: [] } : await readExport(fileName, bytes, { onProgress: (d) => progress(d * READ_SHARE) });
      progress(READ_SHARE);
      const totals = await importIntoHistory(report.posts, (d) => progress(READ_SHARE + d * (1 - READ_SHARE)));
      setPhase({ kind: 'done', fileName, totals, skipped: report.skipped });
    } catch (error) {
      setPhase({ kind: 'failed', fileName, message: error instanceof Error ? error.message : String(error) });
    }
  };

  const running = phase.kind === 'running';
  return (
    <div className="card">
      <h3>Import history</h3>
      <p className="muted">
        So duplicate, frequency and ratio checks know what you posted before PostLint. Download your archive from the platform, then choose the file here:
      </p>
      <ul className="archive-notes">
        <li>
          <strong>X</strong>: Settings → Your account → Download an archive of your data. Choose the <code>.zip</code>, or <code>data/tweets.js</code> from it.
        </li>
        <li>
          <strong>LinkedIn</strong>: Settings → Data privacy → Get a copy of your data (Posts). Choose <code>Shares.csv</code>.
        </li>
        <li>
          <strong>Facebook</strong>: Settings → Your information → Download your information, format JSON (Posts). Choose <code>your_posts_1.json</code>.
        </li>
      </ul>
      <div className="field">
        <label htmlFor="history-import-file">Archive file (.zip, .js, .csv or .json)</label>
        <input
          id="history-import-file"
          type="file"
          accept=".zip,.js,.csv,.json"
          disabled={running}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void run(file);
          }}
        />
      </div>
      {running && (
        <div className="import-progress">
          <progress max={1} value={phase.done} aria-label={`Importing ${phase.fileName}`} />
          <span>{Math.round(phase.done * 100)} %</span>
        </div>
      )}
      <div role="status" className="status">
        {phase.kind === 'done' && <ImportResult phase={phase} />}
      </div>
      {phase.kind === 'failed' && (
        <p role="alert" className="problem">
          {phase.fileName} was not imported: {phase.message}
        </p>
      )}
    </div>
  );
}

function ImportResult({ phase }: { phase: Extract<Phase, { kind: 'done' }> }) {
  const { added, duplicates, notKept } = phase.totals;
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return (
    <div className="import-result">
      <p>
        <strong>{phase.fileName}</strong>: added {plural(added, 'post')}; {plural(duplicates, 'post was', 'posts were')} already there.
        {notKept > 0 && ` ${plural(notKept, 'post was', 'posts were')} not kept: older than your “Keep my posts” setting, or not valid posts.`}
      </p>
      {phase.skipped.length > 0 && (
        <details open={phase.skipped.length <= 10}>
          <summary>{plural(phase.skipped.length, 'entry', 'entries')} skipped</summary>
          <ul className="skipped">
            {phase.skipped.slice(0, SHOWN_SKIPS).map((s, i) => (
              <li key={i}>
                {s.where}: {s.reason}
              </li>
            ))}
            {phase.skipped.length > SHOWN_SKIPS && <li>…and {phase.skipped.length - SHOWN_SKIPS} more</li>}
          </ul>
        </details>
      )}
    </div>
  );
}
