/** Settings as a file (the one `postlint --config` reads), back from a file, and back to defaults. */
import { useRef, useState } from 'react';
import { replaceStoredSettings } from '../../src/storage/settings';
import { ConfirmDialog } from './ConfirmDialog';
import { downloadText } from './history-file';
import { useSettingsApi } from './settings-context';
import { readSettingsFile, settingsFileText } from './settings-file';

type Outcome = { kind: 'ok'; text: string } | { kind: 'error'; title: string; lines: string[] } | null;

export function SettingsTransfer() {
  const { settings } = useSettingsApi();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [confirmReset, setConfirmReset] = useState(false);

  const store = async (raw: Record<string, unknown>, done: string) => {
    try {
      await replaceStoredSettings(raw);
      setOutcome({ kind: 'ok', text: done });
    } catch (error) {
      setOutcome({ kind: 'error', title: 'Settings not saved', lines: [error instanceof Error ? error.message : String(error)] });
    }
  };

  const importFile = async (file: File) => {
    const result = readSettingsFile(await file.text());
    if (!result.ok) {
      setOutcome({ kind: 'error', title: `${file.name} was not imported: nothing changed. Fix these and try again:`, lines: result.errors });
      return;
    }
    await store(result.settings as unknown as Record<string, unknown>, `Settings imported from ${file.name}.`);
  };

  return (
    <div className="card">
      <h3>Settings</h3>
      <p className="muted">
        The exported file is the one the command line reads: <code>postlint --config postlint-settings.json</code>.
      </p>
      <div className="form-actions">
        <button type="button" onClick={() => downloadText('postlint-settings.json', settingsFileText(settings), 'application/json')}>
          Export settings
        </button>
        <label className="button">
          Import settings…
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
        <button type="button" className="danger" onClick={() => setConfirmReset(true)}>
          Reset to defaults…
        </button>
      </div>
      <div role="status" className="status">
        {outcome?.kind === 'ok' && <p>{outcome.text}</p>}
      </div>
      {outcome?.kind === 'error' && (
        <div role="alert" className="problem">
          <p>{outcome.title}</p>
          <ul>
            {outcome.lines.map((line) => (
              <li key={line}>
                <code>{line}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ConfirmDialog
        open={confirmReset}
        title="Reset all settings?"
        confirmLabel="Reset to defaults"
        onClose={() => setConfirmReset(false)}
        onConfirm={() => void store({}, 'Settings reset to the defaults.')}
      >
        <p>Every rule, site, phrase, goal and week setting goes back to PostLint's default, in every browser you sync. Your history stays.</p>
      </ConfirmDialog>
    </div>
  );
}
