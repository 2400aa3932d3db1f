/** The history as a file: PostLint's JSON (imports back exactly) or CSV for a spreadsheet. */
import { useState } from 'react';
import { readHistoryNewestFirst } from './history-client';
import { downloadText, historyCsvText, historyJsonText } from './history-file';

export function HistoryExport() {
  const [message, setMessage] = useState('');
  const download = async (format: 'json' | 'csv') => {
    const records = await readHistoryNewestFirst();
    const day = new Date().toISOString().slice(0, 10);
    if (format === 'json') downloadText(`postlint-history-${day}.json`, historyJsonText(records), 'application/json');
    else downloadText(`postlint-history-${day}.csv`, historyCsvText(records), 'text/csv');
    setMessage(`Exported ${records.length} posts as ${format.toUpperCase()}.`);
  };
  return (
    <div className="card">
      <h3>Export history</h3>
      <p className="muted">JSON imports back into PostLint exactly (on another browser, say); CSV opens in a spreadsheet.</p>
      <div className="form-actions">
        <button type="button" onClick={() => void download('json')}>
          Export history as JSON
        </button>
        <button type="button" onClick={() => void download('csv')}>
          Export history as CSV
        </button>
      </div>
      <p role="status" className="status">
        {message}
      </p>
    </div>
  );
}
