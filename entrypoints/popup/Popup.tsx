/** The toolbar popup: the active tab's draft and its diagnostics, this week at a glance, pause, and the way to the pages. */
import { browser } from '#imports';
import type { TabState } from '../../src/history/tab-state';
import type { Platform } from '../../src/lint/types';
import { setSiteEnabled } from '../../src/storage/settings';
import { DraftItems } from './DraftItems';
import { SavingProblem } from './SavingProblem';
import { useTabState } from './use-tab-state';
import { WeekAtAGlance } from './WeekAtAGlance';

const SITE_NAMES: Record<Platform, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' };
const KIND_NAMES = { post: 'post', reply: 'reply', comment: 'comment' } as const;

function DraftResult({ state, tabId }: { state: TabState; tabId: number }) {
  const site = SITE_NAMES[state.platform];
  if (state.paused) return <p className="muted">PostLint is paused on {site}.</p>;
  if (!state.draft) return <p className="muted">No draft yet. Start writing a post on {site} and PostLint checks it as you type.</p>;
  const { diagnostics, kind } = state.draft;
  if (!diagnostics.length) return <p className="ok">Nothing to fix in your {KIND_NAMES[kind]}.</p>;
  return (
    <>
      <p className="summary">
        {diagnostics.length} {diagnostics.length === 1 ? 'thing' : 'things'} to look at in your {KIND_NAMES[kind]}:
      </p>
      <DraftItems tabId={tabId} items={diagnostics} />
    </>
  );
}

export function Popup({ now }: { now?: () => number }) {
  const { loading, tabId, state, settings } = useTabState();
  if (loading) return <main aria-busy="true" />;
  return (
    <main>
      <h1>PostLint</h1>
      <SavingProblem />
      {state && tabId !== null ? (
        <>
          <DraftResult state={state} tabId={tabId} />
          <label className="pause">
            <input
              type="checkbox"
              checked={settings ? !settings.sites[state.platform] : state.paused}
              onChange={(event) => void setSiteEnabled(state.platform, !event.currentTarget.checked)}
            />
            Pause on {SITE_NAMES[state.platform]}
          </label>
        </>
      ) : (
        <p className="muted">No compose box on this page. Open X, Facebook or LinkedIn and start writing a post.</p>
      )}
      {settings && <WeekAtAGlance settings={settings} now={now} />}
      <nav className="links" aria-label="PostLint pages">
        <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/summary.html') })}>
          Weekly summary
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </nav>
    </main>
  );
}
