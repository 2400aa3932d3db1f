/** The toolbar popup: the active tab's current draft and its diagnostics, and a pause switch. */
import type { TabState } from '../../src/history/tab-state';
import type { Platform } from '../../src/lint/types';
import { setSiteEnabled } from '../../src/storage/settings';
import { useTabState } from './use-tab-state';

const SITE_NAMES: Record<Platform, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' };
const KIND_NAMES = { post: 'post', reply: 'reply', comment: 'comment' } as const;

function DraftResult({ state }: { state: TabState }) {
  const site = SITE_NAMES[state.platform];
  if (state.paused) return <p className="muted">PostLint is paused on {site}.</p>;
  if (!state.draft) return <p className="muted">No draft yet. Start writing a post on {site}.</p>;
  const { diagnostics, kind } = state.draft;
  if (!diagnostics.length) return <p className="ok">No problems found in your {KIND_NAMES[kind]}.</p>;
  return (
    <>
      <p className="summary">
        {diagnostics.length} {diagnostics.length === 1 ? 'thing' : 'things'} to look at in your {KIND_NAMES[kind]}:
      </p>
      <ul className="diagnostics">
        {diagnostics.map((d, i) => (
          <li key={`${d.ruleId}-${i}`} data-rule-id={d.ruleId} data-severity={d.severity}>
            <span className="severity">{d.severity}</span> {d.message}
          </li>
        ))}
      </ul>
    </>
  );
}

export function Popup() {
  const { loading, state, settings } = useTabState();
  if (loading) return <main aria-busy="true" />;
  return (
    <main>
      <h1>PostLint</h1>
      {state ? (
        <>
          <DraftResult state={state} />
          <label className="pause">
            <input
              type="checkbox"
              checked={settings ? !settings.sites[state.platform] : state.paused}
              onChange={(event) => void setSiteEnabled(state.platform, !event.currentTarget.checked)}
            />
            Pause on this site
          </label>
        </>
      ) : (
        <p className="muted">Start writing a post on X, Facebook or LinkedIn.</p>
      )}
    </main>
  );
}
