/** Import and export: history in from the platforms' archives, history and settings out as files. */
import { HistoryExport } from './HistoryExport';
import { HistoryImport } from './HistoryImport';
import { readExport } from './read-export';
import { SettingsTransfer } from './SettingsTransfer';

export function ImportExportSection() {
  return (
    <section id="import-export" aria-labelledby="import-export-title">
      <h2 id="import-export-title">Import &amp; export</h2>
      <HistoryImport readExport={readExport} />
      <HistoryExport />
      <SettingsTransfer />
    </section>
  );
}
