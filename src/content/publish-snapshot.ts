/** The record of a post at the instant it is published (the site empties the editor right after). */
import type { PublishedPostInput } from '../history/schema';
import type { SiteAdapter } from '../sites/types';
import type { DraftSession } from './draft-session';
import type { LintInputs } from './lint-inputs';
import { lintDraft } from './lint-draft';

/** What a snapshot needs from a compose box. */
export interface SnapshotSource {
  readonly editor: HTMLElement;
  readonly kind: PublishedPostInput['kind'];
  readonly session: DraftSession;
}

/**
 * Reads and lints the draft now. Null when it is empty (nothing gets published). The diagnostics
 * are those of the final text, including rules ignored for this post: the history describes the
 * post, the `heeded` flag says what the person did about the warnings.
 */
export function snapshotPost(box: SnapshotSource, adapter: SiteAdapter, inputs: LintInputs, now = Date.now()): PublishedPostInput | null {
  const { text } = adapter.readText(box.editor);
  if (!text.trim()) return null;
  const all = lintDraft(text, adapter.platform, box.kind, inputs);
  box.session.noteLint(text, all, box.session.visible(all));
  return {
    text,
    platform: adapter.platform,
    kind: box.kind,
    publishedAt: new Date(now).toISOString(),
    diagnostics: all.map(({ ruleId, severity }) => ({ ruleId, severity })),
    heeded: box.session.heeded(all),
    composingMs: box.session.composingTimeMs,
  };
}
