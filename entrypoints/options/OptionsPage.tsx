/** The options page: every setting in sections with anchors, a navigation, and the history. */
import { GoalsSection } from './GoalsSection';
import { HistorySection } from './HistorySection';
import { ImportExportSection } from './ImportExportSection';
import { PhrasesSection } from './PhrasesSection';
import { RulesSection } from './RulesSection';
import { SaveStatus } from './SaveStatus';
import { SettingsContext, useStoredSettings } from './settings-context';
import { SitesSection } from './SitesSection';
import { useRuleHash } from './use-rule-hash';
import { WeekSection } from './WeekSection';

const SECTIONS = [
  ['rules', 'Rules'],
  ['sites', 'Sites'],
  ['phrases', 'Phrases'],
  ['goals', 'Goals & limits'],
  ['week', 'Week'],
  ['history', 'History'],
  ['import-export', 'Import & export'],
] as const;

export function OptionsPage() {
  const api = useStoredSettings();
  useRuleHash(api !== null);
  return (
    <div className="page">
      <header className="page-head">
        <h1>PostLint options</h1>
        {api && <SaveStatus status={api.status} />}
      </header>
      <nav className="page-nav" aria-label="Sections">
        <ul>
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="page-main">
        {api === null ? (
          <p className="muted">Loading settings…</p>
        ) : (
          <SettingsContext.Provider value={api}>
            <RulesSection />
            <SitesSection />
            <PhrasesSection />
            <GoalsSection />
            <WeekSection />
            <HistorySection />
            <ImportExportSection />
          </SettingsContext.Provider>
        )}
      </main>
    </div>
  );
}
